"""S20 顾客满意度统计表: D = D1 + D2 + D3, computed only for months whose inputs are given.

The source (seed 002, locator 顾客满意度统计表), as written:
  权重: 调查得分D1 20, 客观数据D2 60, 顾客审核D3 20.
  "D1=实际得分/总分数*100*20%,当月没有开展满意度调查不扣分"
  "D2=60-" … "(NI+N2+N3+N4)×60%"   (the formula is split across two places in the source)
  客户投诉次数(N1): "顾客投诉每次扣2分,扣完15分为止"
  PPM(N2): "每次超标扣5分"
  造成顾客生产中断(N3): "出现一次此项得0分"
  按期交付率(N4): "未准时交付每次扣3分,扣完15分为止"
  "D3=审核得分*20%,如顾客不打分只评级A、B、C,则A级按85;B按75,C按60计算,没有评定结论经与客户沟通后可以不扣分"
  "顾客综合满意度为D=D1+D2+D3;每月分析顾客满意度趋势,顾客满意度综合得分低于80分必须重点分析制定相应的措施"

N1 is the month's complaint count from the export; everything else comes from an input file, because the
export does not hold survey scores, PPM, production stoppages, deliveries or customer audits:

    customer: 甲公司            # optional: N1 counts only this customer's complaints (export needs a 客户 column)
    months:
      2025-02:
        survey: {score: 86, total: 100}   # D1; `survey: none` = 当月没有开展满意度调查
        ppm_exceedances: 0                # N2: PPM 超标次数
        production_stops: 0               # N3: 造成顾客生产中断次数
        late_deliveries: 1                # N4: 未准时交付次数
        audit: 88                         # D3: 审核得分, or A / B / C, or none (没有评定结论，经与客户沟通不扣分)
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..catalog.yamlsafe import SIDE_FILE_BYTES, CatalogFileError, load_yaml
from .columns import StatsInputError
from .period import Month

WEIGHTS = {"d1": 20, "d2": 60, "d3": 20}
GRADE_SCORES = {"A": 85, "B": 75, "C": 60}     # "A级按85;B按75,C按60计算"
THRESHOLD = 80                                   # "综合得分低于80分必须重点分析制定相应的措施"
N3_READING = "原文“出现一次此项得0分”写在客观数据D2之下：按当月客观数据D2得0分计算"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Survey(_Strict):
    score: float = Field(ge=0)
    total: float = Field(gt=0)


class MonthInput(_Strict):
    survey: Survey | None                 # None (`none` in the file): 当月没有开展满意度调查
    ppm_exceedances: int = Field(ge=0)
    production_stops: int = Field(ge=0)
    late_deliveries: int = Field(ge=0)
    audit: float | str | None             # 审核得分, a grade A/B/C, or None: 没有评定结论

    @field_validator("survey", mode="before")
    @classmethod
    def _no_survey(cls, value):
        return None if value == "none" else value

    @field_validator("audit", mode="before")
    @classmethod
    def _audit(cls, value):
        if value is None or value == "none":
            return None
        if isinstance(value, str) and value.strip().upper() in GRADE_SCORES:
            return value.strip().upper()
        if isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0:
            return float(value)
        raise ValueError("应为审核得分（数字）、评级 A/B/C，或 none（没有评定结论）")


class SatisfactionInput(_Strict):
    customer: str | None = None
    months: dict[str, MonthInput]

    def month(self, month: Month) -> MonthInput | None:
        for key, value in self.months.items():
            if Month.parse(key) == month:
                return value
        return None


def load_satisfaction(path) -> SatisfactionInput:
    try:
        loaded = load_yaml(path, max_bytes=SIDE_FILE_BYTES)
    except CatalogFileError as err:
        raise StatsInputError(str(err)) from None
    except OSError as err:
        raise StatsInputError(f"{path}: 无法读取满意度输入文件：{err.strerror}") from None
    data = loaded.data or {}
    if isinstance(data, dict) and isinstance(data.get("months"), dict):
        # YAML reads 2025-02 as text, but a key like 2025-02-01 would become a date: keep keys as text.
        data = {**data, "months": {str(k): v for k, v in data["months"].items()}}
    try:
        result = SatisfactionInput.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        loc = tuple(first["loc"])
        raise StatsInputError(f"{path}:{loaded.line_of(loc)}: [{'.'.join(map(str, loc))}] {first['msg']}") from None
    for key in result.months:
        try:
            Month.parse(key)
        except ValueError as err:
            raise StatsInputError(f"{path}:{loaded.line_of(('months', key))}: {err}") from None
    return result


def score(entry: MonthInput, complaints: int) -> dict:
    """D1, N1–N4, D2, D3 and D of one month, each with how it was obtained."""
    notes = []
    if entry.survey is None:
        d1 = WEIGHTS["d1"]
        notes.append("当月没有开展满意度调查，D1不扣分")
    else:
        d1 = entry.survey.score / entry.survey.total * 100 * 20 / 100    # 实际得分/总分数*100*20%

    n1 = min(2 * complaints, 15)                     # 每次扣2分，扣完15分为止
    n2 = 5 * entry.ppm_exceedances                   # 每次超标扣5分
    n4 = min(3 * entry.late_deliveries, 15)          # 每次扣3分，扣完15分为止
    if entry.production_stops > 0:
        n3, d2 = None, 0.0
        notes.append(N3_READING)
    else:
        n3 = 0
        d2 = WEIGHTS["d2"] - (n1 + n2 + n3 + n4) * 60 / 100   # D2=60-(N1+N2+N3+N4)×60%

    if entry.audit is None:
        d3 = WEIGHTS["d3"]
        notes.append("没有评定结论，经与客户沟通D3不扣分")
    else:
        audit_score = GRADE_SCORES[entry.audit] if isinstance(entry.audit, str) else entry.audit
        d3 = audit_score * 20 / 100                  # 审核得分*20%
    d = d1 + d2 + d3
    return {
        "d1": round(d1, 2), "complaints": complaints, "n1": n1,
        "ppm_exceedances": entry.ppm_exceedances, "n2": n2,
        "production_stops": entry.production_stops, "n3": n3,
        "late_deliveries": entry.late_deliveries, "n4": n4,
        "d2": round(d2, 2), "audit": entry.audit, "d3": round(d3, 2), "d": round(d, 2),
        "below_threshold": d < THRESHOLD, "notes": notes,
    }
