"""Monthly complaint statistics from the exports `audit` reads: the 客户投诉案件统计表, trends and rates.

    python -m checker stats EXPORT... --procedure ID --period 2025-11 [--format html|xlsx|json] [--output PATH]

    prepared = prepare_cases(catalog, procedure, exports, profile, extra_plans(catalog, procedure, profile))
    stats = compute_stats(prepared, StatsOptions(Month.parse("2025-11"), WorkCalendar.statutory()))
    write_stats("html", stats, Path("stats.html"))

One source of truth: cases are read, mapped and time-parsed by `checker.cases.prepare_cases`; on-time rates
run the checks' compiled deadline queries (`CompiledRule.outcomes`) with the due instants of
`checker.deadlines`, exactly as `audit` does.
"""

from __future__ import annotations

from pathlib import Path

from ..cases import prepare_cases
from ..catalog.loader import Catalog
from ..catalog.model import Procedure
from ..mapping import MappingProfile
from .columns import EXTRA as STATS_EXTRA
from .columns import StatsInputError, extra_plans
from .figures import StatsOptions, compute_stats
from .output import FORMATS, format_for, write_stats
from .period import Month
from .satisfaction import load_satisfaction

__all__ = ["FORMATS", "STATS_EXTRA", "Month", "StatsInputError", "StatsOptions", "compute_stats", "extra_plans", "format_for",
           "load_satisfaction", "run_stats", "write_stats"]


def run_stats(catalog: Catalog, procedure: Procedure, exports: list[Path], profile: MappingProfile,
              options: StatsOptions) -> dict:
    """Read the exports as `audit` does and compute the period's statistics (raises AuditInputError, StatsInputError)."""
    prepared = prepare_cases(catalog, procedure, exports, profile, extra_plans(catalog, procedure, profile))
    try:
        return compute_stats(prepared, options)
    finally:
        prepared.close()
