"""How figures read in the HTML and XLSX reports (Chinese, with 环比 changes)."""

from __future__ import annotations

from pathlib import PurePath

MISSING = "—"

# The summary table, in report order: key, label, kind ("count" or "rate").
SUMMARY_ROWS = [
    ("received", "投诉件数", "count"),
    ("handled", "已处理（截至月末已办结）", "count"),
    ("pending", "待处理", "count"),
    ("closure_rate", "办结率", "rate"),
    ("first", "初次投诉", "count"),
    ("recurrent", "再现投诉", "count"),
]
DEADLINE_ROWS = [
    ("applicable", "适用件数（期间内起算）", "count"),
    ("on_time", "按期完成", "count"),
    ("late", "超期（含过期未完成）", "count"),
    ("pending", "截至月末未完成、未到期", "count"),
    ("no_due", "日历不覆盖、无法计算到期", "count"),
    ("on_time_rate", "按期率", "rate"),
    ("due", "已到期应回复", "count"),
    ("replied", "已回复", "count"),
    ("reply_rate", "回复率", "rate"),
]


def pct(rate) -> str:
    return MISSING if rate is None else f"{rate * 100:.1f}%"


def count(value) -> str:
    return MISSING if value is None else str(value)


def change(current, previous, kind: str = "count") -> str:
    """环比: the change against the previous month; rates change in percentage points."""
    if current is None or previous is None:
        return MISSING
    diff = (current - previous) * (100 if kind == "rate" else 1)
    if kind == "rate":
        return "持平" if abs(diff) < 0.05 else f"{diff:+.1f}个百分点"
    return "持平" if diff == 0 else f"{diff:+d}"


def row_label(row: dict) -> str:
    """A breakdown row: catalog label with its id, or the export's own value."""
    if row["known"] and row["value"] is not None and row["value"] != row["label"]:
        return f"{row['label']}（{row['value']}）"
    return row["label"]


def masking_note(stats: dict) -> str:
    if stats["settings"]["personal_data_masked"]:
        return ("导出中的个人信息已遮盖（姓名、地址不出现在报告中，手机号、固定电话、身份证号、电子邮箱部分遮盖）；"
                "客户标识只用于判断初次/再现，不出现在报告中")
    return "注意：本报告显示导出中的个人信息原文（--show-personal-data），请妥善保管，勿外传"


def file_name(path: str) -> str:
    return PurePath(path).name
