"""The printable HTML report: one section per table, SVG charts inline, A4 print styles, no script."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from jinja2 import Environment, FileSystemLoader

from . import charts
from .text import DEADLINE_ROWS, SUMMARY_ROWS, change, count, file_name, masking_note, pct, row_label

TEMPLATES = Path(__file__).parent / "templates"


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(pct=pct, count=count)
    env.globals.update(change=change, sparkline=charts.sparkline, row_label=row_label, file_name=file_name,
                       summary_rows=SUMMARY_ROWS, deadline_rows=DEADLINE_ROWS)
    return env


def write(stream: TextIO, stats: dict) -> None:
    trend = stats["trend"]
    labels = trend["labels"]
    figures = trend["figures"]
    rate_series = []
    if stats["settings"]["closed"]["column"]:
        rate_series.append(("办结率", [f["closure_rate"] for f in figures]))
    for k, rule in enumerate(stats["deadlines"]):   # reply rates are in the table: one line per rule stays legible
        rate_series.append((f"按期率：{rule['title']}", [f["deadlines"][k]["on_time_rate"] for f in figures]))
    chart_received = charts.bar_chart(labels, [f["received"] for f in figures], "近12个月投诉件数")
    chart_rates = charts.line_chart(labels, rate_series, "近12个月办结率与按期率") if rate_series else None
    chart_satisfaction = None
    if stats["satisfaction"]:
        scores = [m["score"]["d"] if m["score"] else None for m in stats["satisfaction"]["months"]]
        chart_satisfaction = charts.line_chart(labels, [("顾客综合满意度D", scores)], "近12个月顾客综合满意度",
                                               top=100, fmt=lambda v: f"{v:g}分")
    css = (TEMPLATES / "stats.css").read_text(encoding="utf-8")
    template = _environment().get_template("stats.html.j2")
    for chunk in template.generate(s=stats, css=css, chart_received=chart_received, chart_rates=chart_rates,
                                   chart_satisfaction=chart_satisfaction, masking_note=masking_note(stats)):
        stream.write(chunk)
