"""A starter procedure from a source document: the draft an author completes, never a finished reading.

`python -m checker new-procedure SOURCE --id ID` writes `procedures/ID.yaml` for a company's own document:
document control filled from what the command is told and the text's first line, and — commented out, so that
nothing is claimed that a person has not read — every sentence of the source that states a duty (应/须/必须/
负责/不得) or a period (2小时, 3天, 15个工作日), with its clause and its words quoted verbatim, as the list the
author turns into rules or `unchecked` items. The draft lints as it is (one quote from inside the document, as
its scope), so the author can lint, preview and fill it in step by step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

# clause numbers as documents write them at the start of a clause: 第八条, 4.2.3, （三）, 3、
CLAUSE = re.compile(r"(第[一二三四五六七八九十百零〇两]+条|\d+(?:\.\d+)+|[（(][一二三四五六七八九十]+[）)]|\d+[、.](?!\d))")
DUTY = re.compile(r"应当|必须|须|负责|不得|应|要求")
PERIOD = re.compile(r"\d+\s*(?:个)?\s*(?:小时|分钟|工作日|日|天|周|个月|月)|当天|当日|当月|立即")
SENTENCE = re.compile(r"[^。；;！!？?\n]+[。；;！!？?]?")


@dataclass(frozen=True)
class Sentence:
    clause: str | None
    text: str
    period: bool


def read_source(path: Path) -> str:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValueError(f"{path}: 既不是 UTF-8 也不是 GBK 编码的文本")


def obligations(text: str) -> list[Sentence]:
    """The sentences that state a duty or a period, each with the last clause number before it."""
    found, clause = [], None
    for match in SENTENCE.finditer(text):
        sentence = match.group().strip()
        numbers = CLAUSE.findall(sentence)
        if numbers:
            clause = numbers[-1] if not sentence.startswith(numbers[0]) else numbers[0]
        body = CLAUSE.sub("", sentence, count=1).strip(" ：:，,") if sentence.startswith(tuple(numbers)) else sentence
        if len(body) >= 6 and (DUTY.search(body) or PERIOD.search(body)):
            found.append(Sentence(clause, body, bool(PERIOD.search(body))))
    return found


def _scope(text: str) -> str | None:
    """The sentence that says what the document applies to (适用于…), else the first one that mentions 适用."""
    sentences = [m.group().strip() for m in SENTENCE.finditer(text)]
    for word in ("适用于", "适用"):
        for sentence in sentences:
            if word in sentence and len(sentence) >= 8:
                return CLAUSE.sub("", sentence, count=1).strip(" ：:，,") if CLAUSE.match(sentence) else sentence
    return None


def starter_procedure(source: Path, procedure_id: str, inventory_id: str, sector: str,
                      organisation: str | None = None, title: str | None = None) -> str:
    """The YAML text of a starter procedure for `source` (a text file beside the others `lint --sources` reads)."""
    text = read_source(source)
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    title = title or first[:60]
    document = {"title": title, "inventory_id": inventory_id, "seed": source.name, "locator": first[:30],
                "organisation": organisation, "sector": sector, "authority": "internal"}
    data = {"id": procedure_id, "summary": None, "document": {k: v for k, v in document.items() if v}}
    scope = _scope(text)
    if scope:
        data["scope"] = [{"text": scope, "source": {"quote": scope}}]
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)
    found = obligations(text)
    lines = [
        f"# 新制度草稿（python -m checker new-procedure 生成自 {source.name}）：逐项照原文填写，见编写指南。",
        f"# 校验：python -m checker lint --root 制度目录 --sources {source.parent}",
        body.rstrip(),
        "# summary：写一句话概要，写好后去掉 null。",
        "# roles / fields / steps / routing / deadlines / requirements：按原文填写，格式见编写指南和“规则写法示例”。",
        f"# 下面是原文中写有义务（应、须、必须、负责、不得）或期限的 {len(found)} 句，已逐字引用；条款号是按句前最近的编号推测的，请核对。",
        "# 每一句都要落到一条规则中（能从导出文件检查的），或写入 unchecked 并说明原因（不能检查的）；",
        "# 标有“期限”的多半是 deadlines。不是义务的句子删去即可。",
        "# unchecked:",
    ]
    for n, s in enumerate(found, 1):
        lines += [f"#   - id: obligation_{n}" + ("    # 期限" if s.period else ""),
                  f"#     title: {s.text[:40]}",
                  "#     reason: 请选择       # periodic / judgement / not_recorded / not_about_cases",
                  f"#     source: {{clause: {_flow(s.clause)}, quote: {_flow(s.text)}}}"]
    return "\n".join(lines) + "\n"


def _flow(value: str | None) -> str:
    """A value as YAML flow text on one line (quoted where needed)."""
    return yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=10_000).strip().removesuffix("...").strip()
