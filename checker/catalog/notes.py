"""A rule's `note` in two parts: what it says of the source, and the catalog's interpretation ("解释：…").

The site boxes the interpretation under its rule; a finding of the rule carries it, so that a reader of the
report knows the verdict rests on a reading of the clause, not on its words alone.
"""

from __future__ import annotations

import re

_INTERPRETATION = re.compile(r"(?:^|(?<=[。；\s]))\s*解释(?:（([^）]{1,20})）)?[：:]")


def split_note(note: str | None) -> tuple[str, str]:
    """(what the note says of the source, the catalog's interpretation), either may be empty.

    Inside the interpretation, a further "解释（调解期间）：" reads "调解期间：": the box is labelled 解释 already."""
    if not note:
        return "", ""
    m = _INTERPRETATION.search(note)
    if m is None:
        return note.strip(), ""
    reading = _INTERPRETATION.sub(lambda x: f"\n{x[1]}：" if x[1] else "\n", note[m.start():])   # a line each
    return note[: m.start()].strip(), reading.strip()
