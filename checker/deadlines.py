"""Deadline arithmetic: when a period that starts at an event ends, and why.

Counting follows 民法典 第二百零一条–第二百零四条 unless the clause says otherwise:
- minutes and hours run from the start event's exact time (第二百零一条第二款);
- days, weeks and months are counted from the day after the start (第二百零一条第一款) and end at
  24:00 of the last day (第二百零三条第二款); a month ends on the corresponding day, or on the last
  day of the month when there is none (第二百零二条);
- working days skip weekends and statutory holidays and count make-up workdays (调休);
- 当天 ends at 24:00 of the start day, 当月 at the end of the start month;
- the extension of 第二百零三条 (a last day that is a rest day or holiday moves to the next working
  day) applies only to counted periods set by a law or regulation — never to an internal rule
  (第二百零四条 lets an organisation set its own counting) and never where the clause counts
  non-working days (含非工作日).

Every due time is an exclusive end instant: an event is late iff it happens at or after `due`.
"""

from __future__ import annotations

import calendar as _gregorian
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cache
from pathlib import Path
from typing import Iterable

import chinese_calendar
from pydantic import BaseModel, ConfigDict, Field as PydField, ValidationError, model_validator

from .catalog.model import Authority, Period, Unit
from .catalog.yamlsafe import SIDE_FILE_BYTES, CatalogFileError, load_yaml

ANNOUNCED = Path(__file__).parent / "calendars" / "announced"


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def extends_203(unit: Unit, authority: Authority, includes_non_working_days: bool | None) -> bool:
    """Whether 第二百零三条's extension applies: counted day/week/month periods of a law or regulation."""
    return (
        unit in (Unit.calendar_days, Unit.weeks, Unit.months)
        and authority in (Authority.law, Authority.regulation)
        and not includes_non_working_days
    )


EXTENSION_203 = "期间最后一日是法定休假日的，以休假日结束的次日为期间的最后一日（民法典第二百零三条）"


def describe_counting(
    period: Period,
    authority: Authority,
    includes_non_working_days: bool | None,
    start_label: str = "受理",
) -> str:
    """The counting rule of a period in Chinese words, for the site and for reports."""
    unit, n = period.unit, period.amount
    authority = Authority(authority)
    if unit is Unit.same_day:
        return f"{start_label}当天24:00前"
    if unit is Unit.same_month:
        return f"{start_label}当月内（当月最后一日24:00前）"
    if unit in (Unit.minutes, Unit.hours):
        if unit is Unit.hours and not float(n).is_integer():
            amount = f"{_num(n)}小时（{_num(n * 60)}分钟）"
        else:
            amount = f"{_num(n)}{'分钟' if unit is Unit.minutes else '小时'}"
        return f"{amount}，自{start_label}时刻起连续计算，非工作时间不扣除"
    if unit is Unit.working_days:
        return (
            f"自{start_label}次日起算{_num(n)}个工作日，周末和法定节假日不计，调休上班日计入，"
            f"至第{_num(n)}个工作日24:00止"
        )
    if unit is Unit.calendar_days:
        text = f"自{start_label}次日起算{_num(n)}天，至第{_num(n)}天24:00止"
    elif unit is Unit.weeks:
        text = f"自{start_label}次日起算{_num(n)}周（{_num(n * 7)}天），至第{_num(n * 7)}天24:00止"
    else:  # months
        text = (
            f"自{start_label}次日起算{_num(n)}个月，至到期月与{start_label}日相对应之日24:00止，"
            "没有对应日的为月末日（民法典第二百零二条）"
        )
    if includes_non_working_days:
        return f"{text}，含非工作日，最后一日是休息日或节假日的不顺延"
    if extends_203(unit, authority, includes_non_working_days):
        return f"{text}；{EXTENSION_203}"
    return f"{text}；内部制度规定的期间，最后一日是休息日或节假日的不顺延（民法典第二百零四条）"


# ---------------------------------------------------------------------------------------------
# Calendar


class DeadlineError(ValueError):
    """A period that cannot be computed (bad amount, contradictory settings); message in Chinese."""


class CalendarError(DeadlineError):
    """The calendar cannot say whether a day is a working day: we refuse rather than guess."""

    def __init__(self, message: str, year: int | None = None):
        self.year = year
        super().__init__(message)


WEEKDAYS = "一二三四五六日"

# chinese-calendar names its holidays in English; auditors read Chinese.
_HOLIDAY_NAMES = {
    chinese_calendar.Holiday.new_years_day.value: "元旦",
    chinese_calendar.Holiday.spring_festival.value: "春节",
    chinese_calendar.Holiday.tomb_sweeping_day.value: "清明节",
    chinese_calendar.Holiday.labour_day.value: "劳动节",
    chinese_calendar.Holiday.dragon_boat_festival.value: "端午节",
    chinese_calendar.Holiday.national_day.value: "国庆节",
    chinese_calendar.Holiday.mid_autumn_festival.value: "中秋节",
    chinese_calendar.Holiday.anti_fascist_70th_day.value: "抗战胜利70周年纪念日",
}
MAKE_UP = "调休"


class WorkCalendar:
    """Which days are working days: weekends, statutory holidays, 调休 and an organisation's own days.

    `holidays` maps a rest day to its name; `workdays` maps a weekend day that is worked to its label.
    Only `years` are known; asking about any other year raises `CalendarError`.
    """

    def __init__(self, holidays: dict[date, str], workdays: dict[date, str], years: range, name: str,
                 closes_at: time | None = None):
        self.holidays, self.workdays, self.years, self.name = holidays, workdays, years, name
        self.closes_at = closes_at   # the end of business hours, where the organisation has them: a day ends there
        self._ordinals: list[int] | None = None

    @classmethod
    @cache
    def statutory(cls, announced: Path = ANNOUNCED) -> WorkCalendar:
        """The State Council's holidays and make-up workdays: the chinese-calendar package, then, for the years
        after its last one, the announced schedules shipped in `calendars/announced/` (one file a year, with the
        notice it is copied from). The package wins: a shipped year that an installed release already knows is
        skipped, so a newer chinese-calendar takes over without a code change."""
        from chinese_calendar import constants

        holidays = {d: _HOLIDAY_NAMES.get(n, n) for d, n in constants.holidays.items()}
        workdays = {d: MAKE_UP for d in constants.workdays}
        years = range(min(holidays).year, max(holidays).year + 1)
        calendar = cls(holidays, workdays, years, f"chinese-calendar {_package_version()} 法定节假日数据")
        for path in sorted(announced.glob("*.yaml")):
            spec, where = _read_calendar_file(path, "法定节假日安排")
            if spec.source is None:
                raise CalendarError(f"{where(('source',))}：法定安排须在 source 中照录所依据的国务院办公厅通知")
            if not set(spec.complete_years) <= set(calendar.years):
                calendar = calendar.with_days(spec, where, name=f"{calendar.name}、{spec.name}")
        return calendar

    @classmethod
    def from_yaml(cls, path: Path | str) -> WorkCalendar:
        """The statutory calendar plus an organisation's own holidays and workdays (see calendars/example.yaml)."""
        spec, where = _read_calendar_file(Path(path), "单位日历")
        return cls.statutory().with_days(spec, where)

    def with_days(self, spec: _CalendarFile, where=lambda loc: "单位日历", name: str | None = None) -> WorkCalendar:
        """A copy with an organisation's days laid over this calendar (the organisation's days win)."""
        years = self.years
        for year in sorted(set(spec.complete_years) - set(years)):
            if year == years.stop:
                years = range(years.start, year + 1)
            elif year == years.start - 1:
                years = range(year, years.stop)
            else:
                raise CalendarError(
                    f"{where(('complete_years',))}：{year}年与已覆盖的{_span(years)}不相连，"
                    "日历中间不能留有空缺年份",
                    year,
                )
        holidays, workdays = dict(self.holidays), dict(self.workdays)
        seen: dict[date, str] = {}
        for kind, entries, mine, other in (
            ("holidays", spec.holidays, holidays, workdays),
            ("workdays", spec.workdays, workdays, holidays),
        ):
            for index, entry in enumerate(entries):
                for day in entry.days():
                    here = where((kind, index))
                    if day.year not in years:
                        raise CalendarError(
                            f"{here}：{day.isoformat()} 所在的{day.year}年不在日历数据范围内（{_span(years)}）；"
                            f"如本文件已列出{day.year}年全部法定节假日和调休，请在 complete_years 中写明",
                            day.year,
                        )
                    if day in seen and seen[day] != kind:
                        raise CalendarError(f"{here}：{day.isoformat()} 同时列为休息日和工作日")
                    seen[day] = kind
                    other.pop(day, None)
                    mine[day] = entry.name
        return WorkCalendar(holidays, workdays, years, name or spec.name, spec.close_of_business or self.closes_at)

    # -- questions about one day

    def check(self, day: date) -> None:
        if day.year not in self.years:
            raise CalendarError(
                f"{day.year}年的节假日和调休安排不在日历数据范围内（{self.name}覆盖{_span(self.years)}），"
                "无法计算期限；请升级 chinese-calendar，或在单位日历 YAML 的 complete_years 中补充该年的完整安排",
                day.year,
            )

    def is_workday(self, day: date) -> bool:
        self.check(day)
        if day in self.workdays:
            return True
        return day not in self.holidays and day.weekday() < 5

    def holiday_name(self, day: date) -> str | None:
        """Name of the holiday on `day` (statutory or the organisation's); None for a working day or plain weekend."""
        self.check(day)
        return self.holidays.get(day)

    # -- counting (via a sorted list of working-day ordinals: each question is one bisect)

    def _workday_ordinals(self) -> list[int]:
        if self._ordinals is None:
            first, last = date(self.years.start, 1, 1), date(self.years.stop - 1, 12, 31)
            self._ordinals = [
                o for o in range(first.toordinal(), last.toordinal() + 1) if self.is_workday(date.fromordinal(o))
            ]
        return self._ordinals

    def nth_workday_after(self, day: date, n: int) -> date:
        """The n-th working day after `day` (n = 1: the next working day)."""
        ordinals = self._workday_ordinals()
        self.check(day + timedelta(days=1))
        index = bisect_right(ordinals, day.toordinal()) + n - 1
        if index >= len(ordinals):
            self.check(date(self.years.stop, 1, 1))
        return date.fromordinal(ordinals[index])

    def workdays_in(self, first: date, last: date) -> int:
        """How many working days lie in first…last, both included."""
        if last < first:
            return 0
        self.check(first)
        self.check(last)
        ordinals = self._workday_ordinals()
        return bisect_right(ordinals, last.toordinal()) - bisect_right(ordinals, first.toordinal() - 1)


def _read_calendar_file(path: Path, label: str):
    """A calendar file, validated, and a function naming the line of a key path in it (for errors)."""
    try:
        loaded = load_yaml(path, max_bytes=SIDE_FILE_BYTES)
        spec = _CalendarFile.model_validate(loaded.data)
    except CatalogFileError as err:
        raise CalendarError(f"{label} {err.path} 第{err.line or 1}行：{err.message}") from None
    except OSError as err:
        raise CalendarError(f"{label} {path} 无法读取：{err.strerror or err}") from None
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise CalendarError(f"{label} {path} 第{loaded.line_of(first['loc'])}行（{where}）：{_chinese(first)}") from None
    return spec, lambda loc: f"{label} {path} 第{loaded.line_of(loc)}行"


def _package_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("chinese-calendar")
    except PackageNotFoundError:
        return ""


def horizon_warning(calendar: WorkCalendar, today: date) -> str | None:
    """A warning when the calendar's last known year is this year and next year's schedule is due (the State
    Council announces it in November or December), or when the calendar has already run out."""
    last = calendar.years.stop - 1
    if today.year < last or (today.year == last and today.month < 11):
        return None
    return (f"警告：节假日数据只到{last}年（{calendar.name}），{last + 1}年起的工作日期限将无法计算。"
            f"国务院办公厅公布{last + 1}年放假安排后：升级 chinese-calendar（pip install -U chinese-calendar）；"
            f"或在 --calendar 单位日历中写 complete_years: [{last + 1}]，照通知原文列出该年全部放假日和调休上班日"
            "（格式见 checker/calendars/example.yaml）。")


def _span(years: range) -> str:
    return f" {years.start}–{years.stop - 1} 年"


class _Entry(BaseModel):
    """One day (`date`) or a run of days (`from` … `to`, both included) with its name."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    on: date | None = PydField(None, alias="date")
    from_: date | None = PydField(None, alias="from")
    to: date | None = None
    name: str = PydField(min_length=1)

    @model_validator(mode="after")
    def _one_form(self):
        if (self.on is None) == (self.from_ is None or self.to is None):
            raise ValueError("需写 date，或同时写 from 与 to")
        if self.on is None and self.to < self.from_:
            raise ValueError("to 早于 from")
        return self

    def days(self) -> list[date]:
        if self.on is not None:
            return [self.on]
        return [self.from_ + timedelta(days=i) for i in range((self.to - self.from_).days + 1)]


class _CalendarFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = PydField(min_length=1)
    description: str | None = None
    source: str | None = None                 # the notice an announced schedule is copied from, verbatim
    complete_years: list[int] = []
    holidays: list[_Entry] = []
    workdays: list[_Entry] = []
    close_of_business: time | None = None     # 有业务时间的，停止业务活动的时间为截止时间 (第二百零三条第二款)


_PYDANTIC_MESSAGES = {
    "missing": "缺少此项",
    "extra_forbidden": "不认识的键",
    "date_from_datetime_parsing": "不是 YYYY-MM-DD 格式的日期",
    "date_parsing": "不是 YYYY-MM-DD 格式的日期",
    "date_type": "不是 YYYY-MM-DD 格式的日期",
    "int_parsing": "应为年份（整数）",
    "string_too_short": "不能为空",
    "list_type": "应为列表",
    "model_type": "应为键值映射",
}


def _chinese(error: dict) -> str:
    if error["type"] == "value_error":
        return str(error["ctx"]["error"])
    return _PYDANTIC_MESSAGES.get(error["type"], error["msg"])


# ---------------------------------------------------------------------------------------------
# Arithmetic

_DAY_UNITS = (Unit.calendar_days, Unit.working_days, Unit.weeks, Unit.months, Unit.same_day, Unit.same_month)


@dataclass
class Due:
    """A computed deadline: `due` is exclusive (late iff the event happens at or after it)."""

    due: datetime
    trace: list[str]
    start: datetime | date | None = None
    period: Period | None = None   # None: an agreed instant; lateness is then told in hours and minutes
    calendar: WorkCalendar | None = field(default=None, repr=False)
    last_day: date | None = None   # the period's last day, for day-based units

    def text(self) -> str:
        return " → ".join(self.trace)


def compute_due(
    start: datetime,
    period: Period,
    *,
    authority: Authority | str,
    includes_non_working_days: bool | None,
    calendar: WorkCalendar,
    start_label: str = "受理",
) -> Due:
    """When `period` after the event at `start` ends, with the steps of the arithmetic in Chinese."""
    unit = period.unit
    if unit in (Unit.minutes, Unit.hours):
        if not isinstance(start, datetime):
            raise DeadlineError(f"按{_UNIT_WORDS[unit]}计算的期限需要{start_label}的具体时刻，只有日期 {start} 无法计算")
        amount = _amount(period, integral=False)
        due = start + (timedelta(minutes=amount) if unit is Unit.minutes else timedelta(hours=amount))
        trace = [
            f"{start_label} {_full(start)} {start:%H:%M}",
            f"自{start_label}时刻起连续计算{_num(amount)}{_UNIT_WORDS[unit]}",
            f"截至 {_short(due.date(), start)} {due:%H:%M}",
        ]
        return Due(due, trace, start, period, calendar)
    day = start.date() if isinstance(start, datetime) else start
    last, steps = _last_day(day, period, Authority(authority), includes_non_working_days, calendar, explain=True)
    if calendar.closes_at is not None:
        steps[-1] = (steps[-1].replace(" 24:00", f" {calendar.closes_at:%H:%M}", 1)
                     + f"（有业务时间的，停止业务活动的时间为截止时间：民法典第二百零三条第二款）")
    trace = [f"{start_label} {_full(day)}", *steps]
    return Due(_end_of(last, start, calendar.closes_at), trace, start, period, calendar, last)


def agreed_due(
    agreed: datetime | date,
    tolerance: Period | None = None,
    *,
    authority: Authority | str = Authority.internal,
    includes_non_working_days: bool | None = None,
    calendar: WorkCalendar | None = None,
    label: str = "约定时间",
) -> Due:
    """The due instant of an agreed or promised time (a case field), optionally plus a tolerance.

    A date without a time means by 24:00 of that day; a tolerance is counted like any period after
    the agreed time (so "+30分钟" runs from the exact time, "+1天" to 24:00 of the next day).
    """
    if tolerance is not None:
        return compute_due(
            agreed, tolerance, authority=authority, includes_non_working_days=includes_non_working_days,
            calendar=calendar or WorkCalendar.statutory(), start_label=label,
        )
    if isinstance(agreed, datetime):
        return Due(agreed, [f"{label} {_full(agreed)} {agreed:%H:%M}"], agreed, None, calendar)
    trace = [f"{label} {_full(agreed)}", f"当天 {_short(agreed, agreed)} 24:00"]
    return Due(_end_of(agreed, agreed), trace, agreed, Period(unit=Unit.same_day), calendar, agreed)


def due_by_date(
    dates: Iterable[date],
    period: Period,
    *,
    authority: Authority | str,
    includes_non_working_days: bool | None,
    calendar: WorkCalendar,
    errors: dict[date, str] | None = None,
) -> dict[date, datetime]:
    """Due instants (naive, 00:00 after the last day) for each distinct start date of a day-based period.

    Day-based periods depend only on the start date, so an audit computes them once per distinct
    date. With `errors` given, dates that cannot be computed (uncovered years) are recorded there
    with the reason instead of raising.
    """
    if period.unit not in _DAY_UNITS:
        raise DeadlineError(f"按{_UNIT_WORDS[period.unit]}计算的期限取决于起算时刻，不能只按日期计算")
    authority = Authority(authority)
    result: dict[date, datetime] = {}
    for day in set(dates):
        if isinstance(day, datetime):
            day = day.date()
        try:
            last, _ = _last_day(day, period, authority, includes_non_working_days, calendar, explain=False)
        except CalendarError as err:
            if errors is None:
                raise
            errors[day] = str(err)
            continue
        result[day] = _end_of(last, day, calendar.closes_at)
    return result


_UNIT_WORDS = {
    Unit.minutes: "分钟", Unit.hours: "小时", Unit.calendar_days: "天", Unit.working_days: "个工作日",
    Unit.weeks: "周", Unit.months: "个月", Unit.same_day: "当天", Unit.same_month: "当月",
}


def period_words(period: Period) -> str:
    """'30天', '15个工作日', '当天'."""
    amount = "" if period.amount is None else _num(period.amount)
    return f"{amount}{_UNIT_WORDS[period.unit]}"


def _amount(period: Period, integral: bool) -> float:
    n = period.amount
    if n is None or n <= 0 or (integral and not float(n).is_integer()):
        kind = "正整数" if integral else "正数"
        raise DeadlineError(f"期限“{_num(n) if n is not None else '（无）'}{_UNIT_WORDS[period.unit]}”的数量应为{kind}")
    return int(n) if integral else n


def _last_day(
    day: date,
    period: Period,
    authority: Authority,
    includes_non_working_days: bool | None,
    calendar: WorkCalendar,
    explain: bool,
) -> tuple[date, list[str]]:
    """The last day of a day-based period started on `day`, and (when `explain`) the steps that found it."""
    unit = period.unit
    if unit is Unit.same_day:
        return day, [f"当天 {_short(day, day)} 24:00"] if explain else []
    if unit is Unit.same_month:
        last = day.replace(day=_gregorian.monthrange(day.year, day.month)[1])
        return last, [f"当月最后一日 {_short(last, day)} 24:00"] if explain else []
    n = _amount(period, integral=True)
    if unit is Unit.working_days:
        if includes_non_working_days:
            raise DeadlineError("“工作日”期限不能同时“含非工作日”：请在目录中改用自然日（calendar_days）")
        last = calendar.nth_workday_after(day, n)
        if not explain:
            return last, []
        skipped = _skipped(day, last, calendar)
        return last, ["次日起算", *([skipped] if skipped else []), f"第{n}个工作日 {_short(last, day)} 24:00"]

    if unit is Unit.months:
        last, label = _add_months(day, n)
        steps = [f"次日起算{n}个月"]
    else:
        days = n * 7 if unit is Unit.weeks else n
        last = day + timedelta(days=days)
        steps = [f"次日起算{n}周（{days}天）" if unit is Unit.weeks else "次日起算"]
        label = f"第{days}天"
    if not extends_203(unit, authority, includes_non_working_days):
        why = "含非工作日" if includes_non_working_days else "内部制度"
        return last, [*steps, f"{label} {_short(last, day, weekday=True)} 24:00（{why}，不顺延）"] if explain else []
    if calendar.is_workday(last):
        return last, [*steps, f"{label} {_short(last, day, weekday=True)} 24:00"] if explain else []
    moved = calendar.nth_workday_after(last, 1)
    if not explain:
        return moved, []
    name = calendar.holiday_name(last)
    rest = f"{name}假期" if name else "周末"
    return moved, [
        *steps,
        f"{label} {_short(last, day, weekday=True)} 为{rest}",
        f"依民法典第二百零三条顺延至 {_short(moved, day, weekday=True)} 24:00",
    ]


def _add_months(day: date, n: int) -> tuple[date, str]:
    """第二百零二条: the corresponding day of the month n months on, else that month's last day."""
    y, m = divmod(day.month - 1 + n, 12)
    year, month = day.year + y, m + 1
    month_end = _gregorian.monthrange(year, month)[1]
    if day.day <= month_end:
        return date(year, month, day.day), "到期月对应日"
    return date(year, month, month_end), f"{year}年{month}月无{day.day}日，取月末日"


def _skipped(day: date, last: date, calendar: WorkCalendar) -> str:
    """'跳过春节 01-28…02-04，计入调休 01-26、02-08' for the holidays and make-up days in day+1 … last."""
    runs: list[list] = []   # [names, first, last]
    made_up: dict[str, list[date]] = {}
    d = day + timedelta(days=1)
    one = timedelta(days=1)
    while d <= last:
        name = calendar.holidays.get(d)
        if name is not None:
            if runs and runs[-1][2] == d - one:
                runs[-1][2] = d
                if name not in runs[-1][0]:
                    runs[-1][0].append(name)
            else:
                runs.append([[name], d, d])
        elif d in calendar.workdays:
            made_up.setdefault(calendar.workdays[d], []).append(d)
        d += one
    parts = [
        f"跳过{'、'.join(names)} {_short(a, day)}" + (f"…{_short(b, day)}" if b != a else "")
        for names, a, b in runs
    ]
    parts += [f"计入{label} {'、'.join(_short(x, day) for x in days)}" for label, days in made_up.items()]
    return "，".join(parts)


def _end_of(last: date, start: datetime | date, closes_at: time | None = None) -> datetime:
    """24:00 of `last`, i.e. 00:00 of the next day, or the close of business that day where there is one, in the
    start's time zone (if any)."""
    zone = getattr(start, "tzinfo", None)
    if closes_at is not None:
        return datetime.combine(last, closes_at, tzinfo=zone)
    return datetime.combine(last + timedelta(days=1), time(), tzinfo=zone)


def _full(d: date) -> str:
    d = d.date() if isinstance(d, datetime) else d
    return f"{d.isoformat()}({WEEKDAYS[d.weekday()]})"


def _short(d: date, ref: date, weekday: bool = False) -> str:
    """MM-DD within the start's year, YYYY-MM-DD across years."""
    d = d.date() if isinstance(d, datetime) else d
    ref = ref.date() if isinstance(ref, datetime) else ref
    text = f"{d:%m-%d}" if d.year == ref.year else d.isoformat()
    return f"{text}({WEEKDAYS[d.weekday()]})" if weekday else text


# ---------------------------------------------------------------------------------------------
# Lateness


def lateness(due: datetime | Due, actual: datetime, period: Period | None, calendar: WorkCalendar | None) -> str:
    """How late `actual` is against the exclusive `due`, in the period's own unit ("未逾期" if in time).

    Without a period (an agreed instant) and for minutes and hours, lateness is told in days, hours and minutes.
    """
    if isinstance(due, Due):
        due = due.due
    if actual < due:
        return "未逾期"
    if period is None or period.unit in (Unit.minutes, Unit.hours):
        minutes = int((actual - due).total_seconds() // 60)
        if minutes == 0:
            return "逾期不足1分钟"
        days, rest = divmod(minutes, 24 * 60)
        hours, minutes = divmod(rest, 60)
        if not days and not hours:
            return f"逾期{minutes}分钟"
        parts = [f"{days}天" if days else "", f"{hours}小时" if hours else "", f"{minutes}分" if minutes else ""]
        return "逾期" + "".join(parts)
    first, last = due.date(), actual.date()   # due is 00:00 of the first late day
    if period.unit is Unit.working_days:
        count = (calendar or WorkCalendar.statutory()).workdays_in(first, last)
        return f"逾期{count}个工作日" if count else "逾期不足1个工作日"
    return f"逾期{(last - first).days + 1}天"


def explain(
    due: Due, actual: datetime | None = None, as_of: datetime | None = None, *, end_label: str = "完成"
) -> str:
    """The arithmetic and its verdict: '…→ 第15个工作日 02-14 24:00；实际答复 02-17，逾期1个工作日'."""
    text = due.text()
    by_time = due.period is None or due.period.unit in (Unit.minutes, Unit.hours)
    ref = due.start if due.start is not None else due.due

    def when(t: datetime) -> str:
        return f"{_short(t, ref)} {t:%H:%M}" if by_time else _short(t, ref)

    if actual is not None:
        return f"{text}；实际{end_label} {when(actual)}，{lateness(due, actual, due.period, due.calendar)}"
    if as_of is not None:
        if as_of < due.due:
            return f"{text}；截至 {when(as_of)} 仍未{end_label}，尚未到期"
        return f"{text}；截至 {when(as_of)} 仍未{end_label}，已{lateness(due, as_of, due.period, due.calendar)}"
    return text
