"""The finding kinds: a fixed vocabulary, each defined once.

The CLI (`rules`), every report format and the site's page per kind are generated from `KINDS`,
so they cannot drift apart. Messages are Chinese: auditors read them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    slug: str          # stable machine name, e.g. "missed-deadline"
    code: str          # short code for filters and CI, e.g. "CK104"
    title: str         # Chinese title
    severity: str      # "error" or "warning"
    explanation: str   # what it tests and why it matters (Chinese)
    message: str       # str.format template over the finding's fields (Chinese)

    def render(self, **values) -> str:
        return self.message.format_map(_Blank(values))


class _Blank(dict):
    def __missing__(self, key):
        return ""


KINDS: dict[str, Kind] = {
    k.slug: k
    for k in (
        Kind(
            "missing-field", "CK101", "缺少必填信息", "error",
            "制度要求记录的信息为空，包括只在特定状态下才必须填写的信息（如已结案的案件须有处理结果）。",
            "{label}为空：{rule_title}",
        ),
        Kind(
            "invalid-value", "CK102", "取值无效", "error",
            "取值不在制度规定的选项之内，或应为日期时间的字段无法识别为日期。",
            "{label}的取值“{actual}”无效，应为：{expected}",
        ),
        Kind(
            "wrong-routing", "CK103", "处理部门不符", "error",
            "处理案件的部门或岗位不是分派规则指定的部门或岗位。",
            "应由{expected}处理，实际为{actual}：{rule_title}",
        ),
        Kind(
            "missed-deadline", "CK104", "超过时限", "error",
            "结束事件晚于时限，或尚未发生而时限已过（以 --as-of 为准）。发现附有时限的计算过程。",
            "{rule_title}：时限 {expected}，实际 {actual}",
        ),
        Kind(
            "ineligible", "CK105", "不应受理而受理", "warning",
            "案件符合制度列明的不予受理情形，却已受理。",
            "符合不予受理情形：{rule_title}",
        ),
        Kind(
            "out-of-order", "CK106", "环节顺序颠倒", "warning",
            "后一环节的时间早于制度规定在它之前的环节。",
            "{actual}早于{expected}",
        ),
        Kind(
            "duplicate-case", "CK107", "案件编号重复", "error",
            "同一案件编号在导出数据中出现多次。",
            "案件编号 {actual} 重复出现（第 {expected} 行）",
        ),
        Kind(
            "bad-case-number", "CK108", "案件编号不合规则", "warning",
            "案件编号不符合制度规定的编号规则。",
            "案件编号 {actual} 不符合规则：{expected}",
        ),
    )
}


def kind_by_code_or_slug(key: str) -> Kind | None:
    key = key.strip()
    return KINDS.get(key) or next((k for k in KINDS.values() if k.code.lower() == key.lower()), None)
