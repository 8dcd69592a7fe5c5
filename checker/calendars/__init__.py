"""Organisation calendars: an organisation's own rest days and workdays on top of the statutory ones.

`example.yaml` documents the format; load a calendar with `checker.deadlines.WorkCalendar.from_yaml`.
"""

from pathlib import Path

EXAMPLE = Path(__file__).with_name("example.yaml")
