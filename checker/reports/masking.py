"""Mask personal data in text that comes from case exports: phone numbers, ID-card numbers, e-mail addresses
wherever they appear, and the values of the fields the vocabulary marks personal (names, addresses).

Reports mask by default (the export holds customers' personal data); `--show-personal-data` turns it off.
Catalog text (clauses, quotes, titles) is never passed through here: it is public regulation text.
The patterns lean towards masking too much: a case number that looks like a phone number gets masked,
which is a smaller harm than a leaked number. A name or an address cannot be recognised in free text; a value
known to be one (the finding says its column is personal) is masked whole: a name keeps its first character
(张**), an address its administrative divisions down to the district (北京市朝阳区*******).
"""

from __future__ import annotations

import re
from functools import lru_cache

# Between digit groups people type a space, a hyphen or a dot, the latter two often with spaces around
# (138.1234.5678, 138 - 1234 - 5678); full-width forms are folded to these before matching.
_SEP = r"(?: *[-.] *| +)"

# Characters that end an e-mail's local part: white space, the @, and punctuation that sits around an address in
# text (brackets, quotes, commas, colons, full-width punctuation). Anything else, CJK included, may be in it.
_NOT_LOCAL = r"\s@<>()\[\]{},;:\"'，。；：、（）【】《》「」“”‘’！？"

# One pass over the text with the four patterns as alternatives, tried in this order at each position:
# e-mail first (a phone number used as a mailbox name is masked as an address), the 18-digit ID before
# the 11-digit mobile number.
_PERSONAL = re.compile(
    # e-mail; the local part is taken whole (the look-behind stops a match from starting mid-address)
    rf"(?<![^{_NOT_LOCAL}])(?P<mail>[^{_NOT_LOCAL}])[^{_NOT_LOCAL}]*@(?P<domain>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)"
    # 18-digit resident ID: region (6), birth date (8, checked loosely so that date-like case numbers
    # pass), 3 digits and the check character; possibly grouped 6-8-4 or 6-4-4-4
    rf"|(?<![0-9])(?P<id>[1-9]\d{{5}}){_SEP}?(?:18|19|20)\d{{2}}{_SEP}?(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
    rf"{_SEP}?(?P<id_tail>\d{{3}}[0-9Xx])(?![0-9Xx])"
    # 15-digit resident ID (issued until 2004): region (6), birth date yymmdd, 3 digits
    r"|(?<![0-9])(?P<id15>[1-9]\d{5})\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?P<id15_tail>\d{3})(?![0-9Xx])"
    # mainland mobile: 1[3-9]x xxxx xxxx, optionally with +86 / 0086 / 86, the groups separated as above
    rf"|(?<![0-9])(?P<cc>(?:\+|00)?86{_SEP}?)?(?P<mobile>1[3-9]\d){_SEP}?\d{{4}}{_SEP}?"
    r"(?P<mobile_tail>\d{4})(?![0-9])"
    # landline with area code (010 / 02x / 0[3-9]xx, bracketed or not), then a 7- or 8-digit local number
    r"|(?<![0-9])(?P<area>\(0(?:10|2\d|[3-9]\d\d)\)|（0(?:10|2\d|[3-9]\d\d)）|0(?:10|2\d|[3-9]\d\d))"
    r"(?P<sep>[ -]?)\d{3,4}(?P<line_tail>\d{4})(?![0-9])"
)


def _masked(m: re.Match) -> str:
    if m["mail"]:
        return f"{m['mail']}***@{m['domain']}"
    if m["id"]:
        return f"{m['id']}********{m['id_tail']}"
    if m["id15"]:
        return f"{m['id15']}******{m['id15_tail']}"
    if m["mobile"]:
        return f"{m['cc'] or ''}{m['mobile']}****{m['mobile_tail']}"
    return f"{m['area']}{m['sep']}****{m['line_tail']}"


# Full-width digits and signs (１３８－…) are folded to ASCII first, so they cannot slip past the patterns.
_HALF_WIDTH = str.maketrans({chr(0xFF10 + i): str(i) for i in range(10)}
                            | {"－": "-", "＋": "+", "．": ".", "＠": "@", "　": " ", "Ｘ": "X", "ｘ": "x"})


_FULL_WIDTH = re.compile("[" + "".join(map(chr, _HALF_WIDTH)) + "]")   # the characters _HALF_WIDTH folds
# What each alternative above needs somewhere (an @; eight digits from a non-zero one, or an ID's region code and
# year in separate groups; a mobile prefix and seven digits, maybe in two groups; an area code and seven digits):
# a quick search that lets most texts (dates, options, names, case numbers such as DX000000001) skip the
# five-way pattern. It must find something in every text the full pattern matches, so it uses the same _SEP.
MAYBE_PERSONAL = re.compile(rf"@|[1-9]\d{{7}}|[1-9]\d{{5}}{_SEP}(?:18|19|20)|1[3-9]\d{_SEP}?\d{{4}}"
                            r"|0(?:10|2\d|[3-9]\d\d)[)）]?[ -]?\d{7}")


@lru_cache(maxsize=65536)   # exports repeat values (dates, options, messages); masking is the reports' hot path
def _mask(text: str) -> str:
    folded = text.translate(_HALF_WIDTH) if _FULL_WIDTH.search(text) else text
    if not MAYBE_PERSONAL.search(folded):
        return text
    masked = _PERSONAL.sub(_masked, folded)
    return text if masked == folded else masked


def may_hold_personal_data(text: str) -> bool:
    """False only when `mask` would leave `text` unchanged: one quick search for several fields joined."""
    if _FULL_WIDTH.search(text):
        text = text.translate(_HALF_WIDTH)
    return MAYBE_PERSONAL.search(text) is not None


def mask(text):
    """`text` with personal data masked; anything that is not a string is returned unchanged."""
    return _mask(text) if isinstance(text, str) else text


def mask_value(value):
    """Like `mask`, but also for numbers (a case number or phone read from a spreadsheet as an integer)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        masked = mask(str(value))
        return value if masked == str(value) else masked
    return mask(value)


# --- values of personal fields -----------------------------------------------------------------------------------

NAME, ADDRESS, CONTACT = "name", "address", "contact"

# The administrative divisions an address starts with, each optional, kept in clear: province (or autonomous
# region, SAR), prefecture-level city (or 自治州, 盟, 地区), then district or county (区, 县, 旗, county-level 市).
# (A bare 州 ends no division: 苏州 is followed by its 市.)
_DIVISIONS = re.compile(
    r"^\s*(?:[^\s省市区县旗盟,，]{1,8}?(?:省|自治区|特别行政区))?"
    r"(?:[^\s省市区县旗盟,，]{1,8}?(?:市|自治州|盟|地区))?"
    r"(?:[^\s省市区县旗盟,，]{1,8}?(?:区|县|旗|市))?")


def personal_style(field_id: str, label: str = "", field_type: str = "text") -> str:
    """How a personal field's value is masked: contact data by its patterns, an address down to the district,
    anything else (a name) to its first character."""
    if field_type in ("phone", "idcard", "email"):
        return CONTACT
    if "address" in field_id or any(word in (label or "") for word in ("地址", "住址")):
        return ADDRESS
    return NAME


def _stars(text: str) -> str:
    return "".join(c if c.isspace() else "*" for c in text)


def mask_name(text: str) -> str:
    """张三丰 -> 张**: the first character stays, so that a reader can still tell cases apart."""
    text = text.strip()
    if len(text) <= 1:
        return "*" * len(text)
    return text[0] + _stars(text[1:])


def mask_address(text: str) -> str:
    """广东省深圳市南山区科技园1号 -> 广东省深圳市南山区*****: the divisions down to the district stay; without
    one, only the first character (a division alone, with nothing after it, is still masked after its first)."""
    text = text.strip()
    kept = _DIVISIONS.match(text)[0].strip()
    if not kept or len(kept) >= len(text):
        return mask_name(text)
    return kept + _stars(text[len(kept):])


def mask_personal(style: str | None, value):
    """A personal field's value masked by its style; text, or a number read from a spreadsheet."""
    if value is None or isinstance(value, bool):
        return value
    text = value if isinstance(value, str) else str(value)
    if not text.strip():
        return value
    if style == ADDRESS:
        return mask_address(text)
    if style == CONTACT:
        masked = mask(text)
        return masked if masked != text else mask_name(text)   # a malformed number is still hidden
    return mask_name(text)


def browser_patterns() -> dict:
    """The patterns above in JavaScript's syntax, for the site's in-browser audit (checker/site/browser_audit.py):
    it masks with these, so that it hides exactly what the reports hide."""
    def js(pattern: re.Pattern) -> str:
        return pattern.pattern.replace("(?P<", "(?<")

    return {"personal": js(_PERSONAL), "maybe": js(MAYBE_PERSONAL), "divisions": js(_DIVISIONS),
            "half_width": {chr(k): v for k, v in _HALF_WIDTH.items()}}
