"""Swimlane flow chart of a procedure: a lane per role, a box per step, arrows for `next`.

`layout()` computes the geometry (testable on its own); `render_svg()` turns it into inline SVG
that needs no JavaScript, loads nothing and prints like the rest of the page.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..catalog.loader import Catalog
from ..catalog.model import Procedure
from .templating import svg_env
from .text import UNASSIGNED, Wording, period_text

LANE_HEADER = 112   # width of the column holding lane names
BOX_W = 150
COL_GAP = 84
LANE_PAD = 14
BOX_GAP = 12
LINE_H = 16
FORM_LINE_H = 14
BOX_PAD = 9
NAME_UNITS = 9.0    # CJK characters per line of a step name at 13px in BOX_W
FORM_UNITS = 11.0   # at 11px
LANE_UNITS = 6.0    # lane names at 13px in LANE_HEADER


def text_units(text: str) -> float:
    """Width of text in CJK character widths (ASCII is about half)."""
    return sum(0.55 if ord(ch) < 0x2E80 else 1.0 for ch in text)


def wrap(text: str, units: float) -> list[str]:
    """Break text into lines of at most `units` character widths (Chinese has no spaces to break at)."""
    lines, line, width = [], "", 0.0
    for ch in text:
        w = text_units(ch)
        if line and width + w > units:
            lines.append(line)
            line, width = "", 0.0
        line += ch
        width += w
    if line:
        lines.append(line)
    return lines or [""]


@dataclass
class Lane:
    key: str                # role id, or "" for steps without a role
    name: str
    y: float = 0
    height: float = 0


@dataclass
class Box:
    step: str
    lane: str
    col: int
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
class Edge:
    source: str
    target: str
    kind: str                            # "next" or "deadline" (a period with no next arrow to carry it)
    path: str = ""
    labels: list[tuple[str, str]] = field(default_factory=list)  # (short label, full title)
    label_x: float = 0
    label_y: float = 0


@dataclass
class Flow:
    lanes: list[Lane]
    boxes: dict[str, Box]
    edges: list[Edge]
    width: float
    height: float
    top: float = 0   # arcs may rise above the first lane: the drawing starts here (<= 0)


def _ranks(procedure: Procedure) -> dict[str, int]:
    """Column of each step: longest path from the starts, ignoring the edges that close a cycle."""
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
            lanes[key] = Lane(key, words.role(step.role) if step.role else UNASSIGNED)

    boxes: dict[str, Box] = {}
    for step in procedure.steps:
        forms = [f"《{catalog.forms[f].title if f in catalog.forms else f}》" for f in step.forms]
        form_lines = [line for title in forms for line in wrap(title, FORM_UNITS)]
        boxes[step.id] = Box(step.id, step.role or "", rank[step.id], wrap(step.name, NAME_UNITS), form_lines)
        b = boxes[step.id]
        b.h = 2 * BOX_PAD + LINE_H * len(b.name_lines) + FORM_LINE_H * len(b.form_lines)

    # Stack the boxes sharing a lane and a column; a lane is as tall as its tallest stack.
    y = 0.0
    for lane in lanes.values():
        cells: dict[int, list[Box]] = {}
        for b in boxes.values():
            if b.lane == lane.key:
                cells.setdefault(b.col, []).append(b)
        tallest = 0.0
        for col, stack in cells.items():
            top = y + LANE_PAD
            for b in stack:
                b.x = LANE_HEADER + COL_GAP / 2 + col * (BOX_W + COL_GAP)
                b.y = top
                top += b.h + BOX_GAP
            tallest = max(tallest, top - BOX_GAP - (y + LANE_PAD))
        name_h = LINE_H * len(wrap(lane.name, LANE_UNITS))
        lane.y, lane.height = y, max(tallest, name_h) + 2 * LANE_PAD
        # Centre short stacks vertically in their lane.
        for stack in cells.values():
            used = sum(b.h for b in stack) + BOX_GAP * (len(stack) - 1)
            shift = (lane.height - 2 * LANE_PAD - used) / 2
            for b in stack:
                b.y += shift
        y += lane.height

    columns = max((b.col for b in boxes.values()), default=0) + 1
    width = LANE_HEADER + columns * (BOX_W + COL_GAP)

    edges: dict[tuple[str, str], Edge] = {}
    for step in procedure.steps:
        for nxt in step.next:
            if nxt in boxes:
                edges[(step.id, nxt)] = Edge(step.id, nxt, "next")
    for d in procedure.deadlines:
        if d.start in boxes and d.end in boxes and d.period is not None:
            edge = edges.setdefault((d.start, d.end), Edge(d.start, d.end, "deadline"))
            edge.labels.append((period_text(d.period), d.title))
    top, bottom = 0.0, y
    for edge in edges.values():
        high, low = _route(edge, boxes[edge.source], boxes[edge.target])
        top, bottom = min(top, high - 12), max(bottom, low + 4)
    return Flow(list(lanes.values()), boxes, list(edges.values()), width, bottom - top, top)


def _route(edge: Edge, a: Box, b: Box) -> tuple[float, float]:
    """Set the edge's path and label point; return the highest and lowest y it reaches."""
    skips = b.col - a.col > 1 and (edge.kind == "deadline" or a.lane == b.lane)
    if skips:                # arc over the boxes in between, so it never runs through them
        p0, p3 = (a.cx, a.y), (b.cx - 12, b.y)
        top = min(a.y, b.y) - 30
        p1, p2 = (p0[0] + 20, top), (p3[0] - 20, top)
    elif b.col > a.col:      # forward: right side to left side
        p0, p3 = (a.x + a.w, a.cy), (b.x, b.cy)
        dx = (p3[0] - p0[0]) / 2
        p1, p2 = (p0[0] + dx, p0[1]), (p3[0] - dx, p3[1])
    elif b.col == a.col:     # same column: bottom to top (or top to bottom)
        down = b.y > a.y
        p0 = (a.cx, a.y + a.h) if down else (a.cx, a.y)
        p3 = (b.cx, b.y) if down else (b.cx, b.y + b.h)
        bend = BOX_W * 0.35
        p1, p2 = (p0[0] + bend, p0[1]), (p3[0] + bend, p3[1])
    else:                    # backward: loop below both boxes
        p0, p3 = (a.cx, a.y + a.h), (b.cx, b.y + b.h)
        low = max(p0[1], p3[1]) + 34
        p1, p2 = (p0[0], low), (p3[0], low)
    edge.path = "M{:.1f},{:.1f} C{:.1f},{:.1f} {:.1f},{:.1f} {:.1f},{:.1f}".format(*p0, *p1, *p2, *p3)
    edge.label_x = (p0[0] + 3 * p1[0] + 3 * p2[0] + p3[0]) / 8
    edge.label_y = (p0[1] + 3 * p1[1] + 3 * p2[1] + p3[1]) / 8
    if not skips and b.col > a.col and abs(p3[1] - p0[1]) < 1:
        edge.label_y -= 12  # above a straight arrow, not on it
    ys = (p0[1], p1[1], p2[1], p3[1])
    return min(ys), max(ys)


def render_svg(catalog: Catalog, procedure: Procedure, step_href=lambda step_id: f"#step-{step_id}") -> str:
    flow = layout(catalog, procedure)
    lane_lines = {lane.key: wrap(lane.name, LANE_UNITS) for lane in flow.lanes}
    return svg_env().get_template("flow.svg.j2").render(
        flow=flow, procedure=procedure, lane_lines=lane_lines, step_href=step_href,
        steps={s.id: s for s in procedure.steps},
        LANE_HEADER=LANE_HEADER, LINE_H=LINE_H, FORM_LINE_H=FORM_LINE_H, BOX_PAD=BOX_PAD,
        text_width=lambda text: text_units(text) * 11 + 14,
    )
