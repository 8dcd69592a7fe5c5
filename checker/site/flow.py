"""Swimlane flow chart of a procedure: a column per role, a box per step, arrows for `next`.

Steps flow downward, a row per rank, so the chart reads top to bottom and its width depends only on the
number of roles (lanes), never on the number of steps. `layout()` computes the geometry (testable on its
own); `render_svg()` writes it as inline SVG that needs no JavaScript and loads nothing, in a table:

- the lane names in its head, which stays in view (sticky) while the rows scroll under it, and which print
  repeats at the top of every page;
- a row per rank, each an SVG window onto the same drawing: the windows stack seamlessly on screen, and a
  printed page breaks between them, never through a box.

Narrower than MIN_SCALE of its width, a chart scrolls in its own box instead of shrinking further; it prints
portrait, or landscape when portrait would shrink it below PRINT_MIN_SCALE (labels under 7 pt).
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, field

from ..catalog.loader import Catalog
from ..catalog.model import Procedure
from .templating import svg_env
from .text import UNASSIGNED, Wording, period_text

LANE_W = 118          # a lane's column: a box and a gutter on each side for arrows that skip rows
BOX_W = 100
GUTTER = (LANE_W - BOX_W) / 2
BOX_PAD = 8
NAME_SIZE, LINE_H = 13, 16        # step and lane names
SMALL_SIZE, SMALL_LINE_H = 12, 15  # form names and deadline labels
NAME_UNITS = 7.0      # CJK characters per line of a step name inside BOX_W
FORM_UNITS = 7.5
LANE_UNITS = 8.0      # lane names (bold) in LANE_W
HEAD_PAD = 8
ROW_GAP = 52          # between rows: arrows and deadline labels live here
EDGE_LABEL_DY = 18    # a short arrow's label, below the upper row
RUN_DY = 38           # where long arrows run across a gap, and their labels
TOP = 12
BOX_GAP = 10          # boxes of one lane in one row, stacked
LABEL_H = 18

MIN_SCALE = 0.85          # on screen: shrink to fit down to this, then scroll
PRINT_MIN_SCALE = 0.8     # on paper: 12px labels stay above 7pt (9.33px)
PRINT_PORTRAIT_PX = 580   # width of the printed content column on A4 portrait (Material's 25 mm margins)

# Chinese line breaking: no closing punctuation at the start of a line, no opening one at its end.
NO_START = set("，。、；：？！）》」』】〕’”…%,.;:!?)]}")
NO_END = set("（《「『【〔‘“([{")


def text_units(text: str) -> float:
    """Width of text in CJK character widths (ASCII is about half)."""
    return sum(0.55 if ord(ch) < 0x2E80 else 1.0 for ch in text)


def _greedy(text: str, units: float) -> list[str]:
    lines, line = [], ""
    for ch in text:
        if line and text_units(line + ch) > units:
            cut = len(line)
            if ch in NO_START and cut > 1:
                cut -= 1                        # carry a character down with the punctuation
            while cut > 1 and line[cut - 1] in NO_END:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
        line += ch
    return lines + [line] if line else lines or [""]


def wrap(text: str, units: float) -> list[str]:
    """Break text into lines of at most `units` character widths (Chinese has no spaces to break at).

    Lines are balanced: as many as needed, each as short as that allows, so no line holds one lone
    character ("处\\n理") or a lone bracket."""
    lines = _greedy(text, units)
    limit = text_units(text) / len(lines)
    while limit < units:
        trial = _greedy(text, limit)
        if len(trial) <= len(lines):
            return trial
        limit += 0.5
    return lines


@dataclass
class Lane:
    key: str                # role id, or "" for steps without a role
    name: str
    lines: list[str]
    x: float = 0
    w: float = LANE_W


@dataclass
class Box:
    step: str
    lane: str
    rank: int
    name_lines: list[str]
    form_lines: list[str]
    x: float = 0
    y: float = 0
    w: float = BOX_W
    h: float = 0

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2


@dataclass
class Label:
    text: str
    title: str
    x: float
    y: float
    w: float


@dataclass
class Edge:
    source: str
    target: str
    kind: str                            # "next" or "deadline" (a period with no next arrow to carry it)
    path: str = ""
    labels: list[tuple[str, str]] = field(default_factory=list)  # (short label, full title)
    label: Label | None = None
    top: float = 0                       # vertical extent, for the bands it is drawn in
    bottom: float = 0


@dataclass
class Band:
    top: float
    bottom: float
    edges: list[Edge]

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass
class Flow:
    lanes: list[Lane]
    boxes: dict[str, Box]
    edges: list[Edge]
    rows: list[tuple[float, float]]      # top and bottom of each rank's boxes
    width: float
    height: float
    head_height: float
    bands: list[Band] = field(default_factory=list)

    @property
    def min_width(self) -> int:
        """Narrowest readable width on screen; narrower columns scroll."""
        return round(self.width * MIN_SCALE)

    @property
    def print_orientation(self) -> str:
        return "landscape" if self.width * PRINT_MIN_SCALE > PRINT_PORTRAIT_PX else "portrait"


def _ranks(procedure: Procedure) -> dict[str, int]:
    """Row of each step: longest path from the starts, ignoring the edges that close a cycle."""
    ids = [s.id for s in procedure.steps]
    succ = {s.id: [n for n in s.next if n in ids] for s in procedure.steps}
    indegree = {i: 0 for i in ids}
    for targets in succ.values():
        for t in targets:
            indegree[t] += 1
    # Depth-first search from the starts (then from anything left) to find back edges.
    back: set[tuple[str, str]] = set()
    state: dict[str, int] = {}
    order: list[str] = []

    def visit(root: str) -> None:
        stack = [(root, iter(succ[root]))]
        state[root] = 1
        while stack:
            node, it = stack[-1]
            nxt = next(it, None)
            if nxt is None:
                state[node] = 2
                order.append(node)
                stack.pop()
            elif state.get(nxt) == 1:
                back.add((node, nxt))
            elif nxt not in state:
                state[nxt] = 1
                stack.append((nxt, iter(succ[nxt])))

    for i in [i for i in ids if indegree[i] == 0] + ids:
        if i not in state:
            visit(i)
    rank = dict.fromkeys(ids, 0)
    for node in reversed(order):  # reverse post-order is a topological order of the forward edges
        for t in succ[node]:
            if (node, t) not in back:
                rank[t] = max(rank[t], rank[node] + 1)
    return rank


def layout(catalog: Catalog, procedure: Procedure) -> Flow:
    words = Wording(catalog, procedure)
    rank = _ranks(procedure)

    lanes: dict[str, Lane] = {}
    for step in procedure.steps:  # lanes in the order roles first act
        key = step.role or ""
        if key not in lanes:
            name = words.role(step.role) if step.role else UNASSIGNED
            lanes[key] = Lane(key, name, wrap(name, LANE_UNITS), x=len(lanes) * LANE_W)

    boxes: dict[str, Box] = {}
    for step in procedure.steps:
        forms = [f"《{catalog.forms[f].title if f in catalog.forms else f}》" for f in step.forms]
        b = Box(step.id, step.role or "", rank[step.id], wrap(step.name, NAME_UNITS),
                [line for title in forms for line in wrap(title, FORM_UNITS)])
        b.x = lanes[b.lane].x + GUTTER
        b.h = 2 * BOX_PAD + LINE_H * len(b.name_lines) + SMALL_LINE_H * len(b.form_lines)
        boxes[step.id] = b

    rows, ends, height = _place_rows(boxes)

    edges: dict[tuple[str, str], Edge] = {}
    for step in procedure.steps:
        for nxt in step.next:
            if nxt in boxes:
                edges[(step.id, nxt)] = Edge(step.id, nxt, "next")
    for d in procedure.deadlines:
        if d.start in boxes and d.end in boxes and d.period is not None:
            edge = edges.setdefault((d.start, d.end), Edge(d.start, d.end, "deadline"))
            edge.labels.append((period_text(d.period), d.title))

    width = len(lanes) * LANE_W
    runs: dict[float, int] = {}   # arrows already running down each gutter: offset the next one
    for edge in edges.values():
        _route(edge, boxes[edge.source], boxes[edge.target], rows, lanes, ends, runs, width)
    _place_labels([e.label for e in edges.values() if e.label], width)

    head_lines = max((len(lane.lines) for lane in lanes.values()), default=1)
    flow = Flow(list(lanes.values()), boxes, list(edges.values()), rows, width, height,
                head_height=head_lines * LINE_H + 2 * HEAD_PAD)
    flow.bands = _bands(flow)
    return flow


def _place_rows(boxes: dict[str, Box]):
    """A row per rank, as tall as its tallest stack of boxes (one lane's boxes of that rank), stacks centred.

    Returns each row's top and bottom, whether each box is the top and the bottom of its stack (arrows can
    enter it from above and leave it below without crossing a box), and the chart's height."""
    rows: list[tuple[float, float]] = []
    ends: dict[str, tuple[bool, bool]] = {}
    y = TOP
    for r in range(max((b.rank for b in boxes.values()), default=-1) + 1):
        stacks: dict[str, list[Box]] = {}
        for b in boxes.values():
            if b.rank == r:
                stacks.setdefault(b.lane, []).append(b)
        heights = {k: sum(b.h for b in s) + BOX_GAP * (len(s) - 1) for k, s in stacks.items()}
        row_h = max(heights.values(), default=0)
        for k, stack in stacks.items():
            top = y + (row_h - heights[k]) / 2
            for i, b in enumerate(stack):
                b.y = top
                top += b.h + BOX_GAP
                ends[b.step] = (i == 0, i == len(stack) - 1)
        rows.append((y, y + row_h))
        y += row_h + ROW_GAP
    return rows, ends, y - ROW_GAP + TOP


def _label_for(edge: Edge, x: float, y: float) -> None:
    if edge.labels:
        text = " / ".join(dict.fromkeys(short for short, _ in edge.labels))   # each period once
        edge.label = Label(text, "；".join(title for _, title in edge.labels), x, y,
                           text_units(text) * SMALL_SIZE + 14)


def _bezier_x_at(p0, p1, p2, p3, y: float) -> float:
    """x of a cubic Bézier that runs downward, where it crosses height y (by bisection on t)."""
    def point(t: float) -> tuple[float, float]:
        u = 1 - t
        return tuple(u**3 * a + 3 * u * u * t * b + 3 * u * t * t * c + t**3 * d
                     for a, b, c, d in zip(p0, p1, p2, p3))
    lo, hi = 0.0, 1.0
    for _ in range(30):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if point(mid)[1] < y else (lo, mid)
    return point(lo)[0]


def _rounded(points: list[tuple[float, float]], r: float = 6) -> str:
    """SVG path through the points with rounded corners (an orthogonal route)."""
    fmt = "{:.1f},{:.1f}".format
    d = [f"M{fmt(*points[0])}"]
    for prev, corner, nxt in zip(points, points[1:], points[2:]):
        def toward(p, length):
            dx, dy = p[0] - corner[0], p[1] - corner[1]
            dist = max(abs(dx) + abs(dy), 1e-9)
            k = min(length, dist / 2) / dist
            return corner[0] + dx * k, corner[1] + dy * k
        d.append(f"L{fmt(*toward(prev, r))} Q{fmt(*corner)} {fmt(*toward(nxt, r))}")
    d.append(f"L{fmt(*points[-1])}")
    return " ".join(d)


def _route(edge: Edge, a: Box, b: Box, rows, lanes: dict[str, Lane], ends: dict[str, tuple[bool, bool]],
           runs: dict[float, int], width: float) -> None:
    """Set the edge's path, its label and its vertical extent (`ends`: see _place_rows)."""
    fmt = "{:.1f},{:.1f}".format
    a_bottom, b_top = ends[a.step][1], ends[b.step][0]
    if b.rank == a.rank + 1 and a_bottom and b_top:
        # Next row: straight down out of the source's row, an S-curve across the gap (where no box is),
        # straight down into the target.
        p0, p3 = (a.cx, rows[a.rank][1]), (b.cx, rows[b.rank][0])
        dy = (p3[1] - p0[1]) / 2
        p1, p2 = (p0[0], p0[1] + dy), (p3[0], p3[1] - dy)
        edge.path = (f"M{fmt(a.cx, a.y + a.h)} L{fmt(*p0)} C{fmt(*p1)} {fmt(*p2)} {fmt(*p3)}"
                     + (f" L{fmt(b.cx, b.y)}" if b.y > p3[1] + 0.5 else ""))  # no zero-length end: it turns the arrowhead
        y = rows[a.rank][1] + EDGE_LABEL_DY
        _label_for(edge, _bezier_x_at(p0, p1, p2, p3, y), y)
        edge.top, edge.bottom = a.y + a.h, b.y
        return
    # Anything else (rows skipped, a box in the way, the same row, a cycle) runs down a gutter beside
    # the boxes, so it never crosses one: between the two lanes, or on the right of a single lane.
    la, lb = lanes[a.lane], lanes[b.lane]
    down = b.rank > a.rank
    if la is lb:
        base = la.x + la.w if down or b.rank == a.rank else la.x     # cycles loop up the left side
    elif not down or not b_top:
        base = lb.x + lb.w if la.x > lb.x else lb.x                   # enters the side: the target's gutter
    else:
        base = la.x + la.w if lb.x > la.x else la.x
    if base >= width - 1:
        base = lb.x if la is lb else base    # the chart's right edge: use the lane's left side instead
    k = runs.get(base, 0)
    runs[base] = k + 1
    gx = min(max(base + (k % 3 - 1) * 4, 3), width - 3)             # several arrows in one gutter: side by side
    towards = 1 if gx > a.cx else -1
    if down and a_bottom:
        y1 = rows[a.rank][1] + RUN_DY
        start = [(a.cx + 14 * towards, a.y + a.h), (a.cx + 14 * towards, y1), (gx, y1)]
    else:
        start = [(a.x + a.w if towards > 0 else a.x, a.cy), (gx, a.cy)]
    back = 1 if gx > b.cx else -1
    if down and b_top:
        y2 = rows[b.rank][0] - (ROW_GAP - RUN_DY)
        end = [(gx, y2), (b.cx + 14 * back, y2), (b.cx + 14 * back, b.y)]
    else:
        end = [(gx, b.cy), (b.x + b.w if back > 0 else b.x, b.cy)]
    points = start + end
    edge.path = _rounded([p for i, p in enumerate(points) if i == 0 or p != points[i - 1]])
    if len(start) == 3:          # the label sits on a run across a gap, never on a box
        _label_for(edge, (start[1][0] + gx) / 2, start[1][1])
    elif len(end) == 3:
        _label_for(edge, (end[1][0] + gx) / 2, end[0][1])
    else:
        _label_for(edge, gx, (a.cy + b.cy) / 2)
    ys = [y for _, y in points]
    edge.top, edge.bottom = min(ys), max(ys)


def _place_labels(labels: list[Label], width: float) -> None:
    """Move labels sideways so that labels at the same height do not cover each other."""
    by_row: dict[float, list[Label]] = {}
    for lab in labels:
        by_row.setdefault(round(lab.y), []).append(lab)
    for row in by_row.values():
        row.sort(key=lambda lab: lab.x)
        for prev, lab in zip(row, row[1:]):
            lab.x = max(lab.x, prev.x + (prev.w + lab.w) / 2 + 4)
        overflow = row[-1].x + row[-1].w / 2 - width
        for lab in row:                       # keep the row inside the chart
            lab.x -= max(overflow, 0)
            lab.x = max(lab.x, lab.w / 2)


def _bands(flow: Flow) -> list[Band]:
    """A band per row, cut just above each row's boxes; each band lists the arrows that pass through it."""
    cuts = [0] + [math.floor(top - 3) for top, _ in flow.rows[1:]] + [math.ceil(flow.height)]
    bands = [Band(t, b, []) for t, b in zip(cuts, cuts[1:])] or [Band(0, flow.height, [])]
    for e in flow.edges:
        first = max(bisect.bisect_right(cuts, e.top) - 1, 0)
        for band in bands[first:]:
            if band.top > e.bottom + 12:     # arrowheads reach a little past the path's end
                break
            band.edges.append(e)
    return bands


def render_svg(catalog: Catalog, procedure: Procedure, step_href=lambda step_id: f"#step-{step_id}") -> str:
    """The chart as HTML: a table whose head holds the lane names and whose rows are windows onto the drawing."""
    flow = layout(catalog, procedure)
    return svg_env().get_template("flow.svg.j2").render(
        flow=flow, procedure=procedure, step_href=step_href, steps={s.id: s for s in procedure.steps},
        LINE_H=LINE_H, SMALL_LINE_H=SMALL_LINE_H, BOX_PAD=BOX_PAD, LABEL_H=LABEL_H,
        NAME_SIZE=NAME_SIZE, SMALL_SIZE=SMALL_SIZE,
    )
