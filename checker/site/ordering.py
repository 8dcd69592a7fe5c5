"""Ordering Chinese titles as a Chinese reader expects: by pinyin, not by Unicode code point.

Code-point order puts 保险 before 制造业 before 医疗器械 before 家电 (the order of the characters in
the Unicode tables, which follows radicals and strokes loosely); an index or a dictionary orders them
保险, 家电, 医疗器械, 制造业. pypinyin reads words as words, so a character with several readings gets
the one its word needs (重庆 chóng, 重大 zhòng; 银行 háng, 行政 xíng).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pypinyin import Style, lazy_pinyin

# Runs of Chinese characters (read together, as words), of digits (compared as numbers) and of Latin
# letters (among the pinyin, as in a phone's contact list); anything else (punctuation, spaces) is skipped.
_TOKENS = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)|(\d+)|([a-z]+)")


@lru_cache(maxsize=4096)
def pinyin_key(text: str) -> tuple:
    """Sort key for text in pinyin order: syllable by syllable, the tone only breaking ties of a syllable.

    Numbers come first and compare by value (第2 before 第10); the text itself breaks the last ties, so
    the order is total and stable."""
    parts: list[tuple] = []
    folded = unicodedata.normalize("NFKC", text).lower()   # full-width Ａ１ as A1
    for han, digits, latin in _TOKENS.findall(folded):
        if han:
            for syllable in lazy_pinyin(han, style=Style.TONE3, neutral_tone_with_five=True):
                tone = syllable[-1] if syllable[-1].isdigit() else "0"
                parts.append((1, syllable.rstrip("012345"), int(tone)))
        elif digits:
            parts.append((0, int(digits), 0))
        else:
            parts.append((1, latin, 0))
    return tuple(parts), text
