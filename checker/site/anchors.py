"""Headings and anchors of a procedure page, and the items that can be linked to.

Rule and step anchors come from `urls.py` (the contract with checker findings); section headings get
the same readable, Chinese-preserving slugs as the toc extension gives them (see mkdocs.yml).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from pymdownx.slugs import slugify

from ..catalog.model import Procedure
from .. import urls

_slug = slugify(case="lower")

# Section key -> heading on a procedure page (the keys are the ones `document.filing` uses).
SECTIONS = {
    "document": "文件信息",
    "purpose": "目的",
    "scope": "适用范围",
    "definitions": "术语和定义",
    "principles": "原则",
    "classifications": "分类",
    "roles": "职责",
    "flow": "流程图",
    "steps": "流程步骤",
    "raci": "RACI 矩阵",
    "routing": "分派规则",
    "deadlines": "时限",
    "eligibility": "受理条件",
    "escalation": "升级规则",
    "numbering": "编号规则",
    "requirements": "记录要求",
    "forms": "使用的表单",
    "fields": "案件字段",
}

RULE_SECTIONS = ("routing", "deadlines", "eligibility", "escalation", "numbering", "requirements")


def heading_anchor(title: str) -> str:
    return _slug(title, "-")


def section_anchor(key: str) -> str:
    return heading_anchor(SECTIONS[key])


def definition_anchor(definition_id: str) -> str:
    return f"def-{definition_id}"


@dataclass(frozen=True)
class Item:
    anchor: str
    label: str      # what the link says, e.g. "时限：品质部2小时内开始核实"
    text: str       # all the item's words, for finding terms


def items(procedure: Procedure) -> Iterator[Item]:
    """Linkable items, most specific first: definitions, rules, steps, then whole sections."""
    for d in procedure.definitions:
        yield Item(definition_anchor(d.id), f"定义：{d.term}", f"{d.term} {d.text} {d.source.quote}")
    for key in RULE_SECTIONS:
        for rule in getattr(procedure, key):
            yield Item(urls.rule_anchor(rule.id), f"{SECTIONS[key]}：{rule.title}",
                       f"{rule.title} {getattr(rule, 'note', '') or ''} {rule.source.quote}")
    for step in procedure.steps:
        yield Item(urls.step_anchor(step.id), f"环节：{step.name}",
                   f"{step.name} {step.description or ''} {step.source.quote}")
    for key in ("purpose", "scope", "principles"):
        for t in getattr(procedure, key):
            yield Item(section_anchor(key), SECTIONS[key], f"{t.text} {t.source.quote}")
    for scheme in procedure.classifications:
        for c in scheme.classes:
            words = " ".join(f"{x.text} {x.source.quote}" for x in c.criteria)
            yield Item(section_anchor("classifications"), f"分类：{c.label}", f"{scheme.title} {c.label} {words}")
    for role in procedure.roles:
        for duty in role.duties:
            yield Item(section_anchor("roles"), f"职责：{role.name}", f"{duty.text} {duty.source.quote}")
