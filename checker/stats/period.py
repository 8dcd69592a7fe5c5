"""Calendar months: the statistics period, the months of a trend, the year to date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

_MONTH = re.compile(r"\s*(\d{4})\s*(?:-|/|\.|年)\s*(\d{1,2})\s*月?\s*")


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> "Month":
        """`2025-11`, `2025/11`, `2025.11` or `2025年11月`."""
        m = _MONTH.fullmatch(str(text))
        if not m or not 1 <= int(m[2]) <= 12:
            raise ValueError(f"无法识别的统计月份：{text!r}（应写作 2025-11）")
        return cls(int(m[1]), int(m[2]))

    def shift(self, months: int) -> "Month":
        index = self.year * 12 + self.month - 1 + months
        return Month(index // 12, index % 12 + 1)

    @property
    def start(self) -> datetime:
        return datetime(self.year, self.month, 1)

    @property
    def end(self) -> datetime:
        """Exclusive end: 00:00 of the next month's first day, i.e. 24:00 of this month's last day."""
        return self.shift(1).start

    @property
    def year_start(self) -> datetime:
        return datetime(self.year, 1, 1)

    @property
    def iso(self) -> str:
        return f"{self.year}-{self.month:02d}"

    @property
    def label(self) -> str:
        return f"{self.year}年{self.month}月"

    @property
    def short(self) -> str:
        """Chart axis label: `11月`, or `2025年1月` when a year starts (the first label carries its year too)."""
        return self.label if self.month == 1 else f"{self.month}月"

    def trailing(self, count: int) -> list["Month"]:
        """The `count` months ending with this one, oldest first."""
        return [self.shift(k - count + 1) for k in range(count)]
