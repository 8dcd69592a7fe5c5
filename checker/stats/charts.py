"""Inline SVG charts for the printable report: no script, no external assets, every text escaped."""

from __future__ import annotations

from markupsafe import Markup, escape

COLOURS = ["#1f6feb", "#d1242f", "#1a7f37", "#9a6700", "#8250df", "#0a7ea4", "#bc4c00"]
DASHES = ["", "6 3", "2 3", "8 3 2 3", "4 4", "1 2", "10 4"]   # tell series apart in black-and-white print
WIDTH, HEIGHT = 680, 230
LEFT, RIGHT, TOP, BOTTOM = 44, 12, 16, 40


def _svg(body: str, title: str, height: int = HEIGHT) -> Markup:
    return Markup(
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'aria-label="{escape(title)}"><title>{escape(title)}</title>{body}</svg>')


def _x_axis(labels: list[str], x_of) -> str:
    parts = [f'<line x1="{LEFT}" y1="{HEIGHT - BOTTOM}" x2="{WIDTH - RIGHT}" y2="{HEIGHT - BOTTOM}" class="axis"/>']
    for i, label in enumerate(labels):
        parts.append(f'<text x="{x_of(i):.1f}" y="{HEIGHT - BOTTOM + 16}" text-anchor="middle" class="tick">'
                     f'{escape(label)}</text>')
    return "".join(parts)


def _y_grid(top_value: float, fmt) -> str:
    parts = []
    for k in range(5):
        value = top_value * k / 4
        y = HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * k / 4
        parts.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}" class="grid"/>'
                     f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" class="tick">{escape(fmt(value))}</text>')
    return "".join(parts)


def _nice_top(values: list[float]) -> int:
    """Top of the value axis: four grid steps of 1, 2 or 5 × 10^k that hold the largest value."""
    top = max([v for v in values if v is not None] + [1])
    magnitude = 1
    while True:
        for m in (1, 2, 5):
            if 4 * m * magnitude >= top:
                return 4 * m * magnitude
        magnitude *= 10


def bar_chart(labels: list[str], values: list[int], title: str) -> Markup:
    """Counts per month; each bar carries its number so the chart reads without the grid."""
    n = max(len(values), 1)
    top = _nice_top(values)
    slot = (WIDTH - LEFT - RIGHT) / n
    plot_h = HEIGHT - TOP - BOTTOM

    def x_of(i):
        return LEFT + slot * (i + 0.5)

    parts = [_y_grid(top, lambda v: f"{v:g}")]
    for i, value in enumerate(values):
        h = plot_h * value / top
        y = HEIGHT - BOTTOM - h
        parts.append(f'<rect x="{x_of(i) - slot * 0.3:.1f}" y="{y:.1f}" width="{slot * 0.6:.1f}" height="{h:.1f}" '
                     f'fill="{COLOURS[0]}"/>'
                     f'<text x="{x_of(i):.1f}" y="{y - 3:.1f}" text-anchor="middle" class="value">{value}</text>')
    parts.append(_x_axis(labels, x_of))
    return _svg("".join(parts), title)


def _percent(v: float) -> str:
    return f"{v * 100:.0f}%"


def line_chart(labels: list[str], series: list[tuple[str, list[float | None]]], title: str,
               top: float = 1.0, fmt=_percent) -> Markup:
    """Values per month on a 0–`top` axis (rates by default); a month without a value breaks the line."""
    n = max(len(labels), 1)
    slot = (WIDTH - LEFT - RIGHT) / n
    plot_h = HEIGHT - TOP - BOTTOM

    def x_of(i):
        return LEFT + slot * (i + 0.5)

    def y_of(v):
        return HEIGHT - BOTTOM - plot_h * min(max(v, 0), top) / top

    parts = [_y_grid(top, fmt)]
    legend_y = HEIGHT + 4
    for k, (name, values) in enumerate(series):
        colour, dash = COLOURS[k % len(COLOURS)], DASHES[k % len(DASHES)]
        runs, run = [], []
        for i, v in enumerate(values):
            if v is None:
                if run:
                    runs.append(run)
                run = []
            else:
                run.append((x_of(i), y_of(v)))
        if run:
            runs.append(run)
        for r in runs:
            points = " ".join(f"{x:.1f},{y:.1f}" for x, y in r)
            parts.append(f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2" '
                         f'stroke-dasharray="{dash}"/>')
            parts += [f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.8" fill="{colour}"/>' for x, y in r]
        lx, ly = LEFT, legend_y + k * 16      # one legend line per series: rule titles are long
        parts.append(f'<line x1="{lx}" y1="{ly}" x2="{lx + 22}" y2="{ly}" stroke="{colour}" stroke-width="2" '
                     f'stroke-dasharray="{dash}"/><text x="{lx + 28}" y="{ly + 4}" class="legend">{escape(name)}</text>')
    parts.append(_x_axis(labels, x_of))
    height = HEIGHT + 12 + 16 * len(series)
    return _svg("".join(parts), title, height)


def sparkline(values: list[int], title: str) -> Markup:
    """A row's 12 months as small bars, for breakdown tables."""
    w, h, n = 96, 20, max(len(values), 1)
    top = max(values + [1])
    slot = w / n
    bars = "".join(
        f'<rect x="{i * slot + 0.5:.1f}" y="{h - h * v / top:.1f}" width="{slot - 1:.1f}" height="{h * v / top:.1f}"/>'
        for i, v in enumerate(values) if v)
    return Markup(f'<svg class="spark" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" '
                  f'height="{h}" role="img" aria-label="{escape(title)}"><title>{escape(title)}</title>'
                  f'<line x1="0" y1="{h - 0.5}" x2="{w}" y2="{h - 0.5}" class="axis"/>{bars}</svg>')
