"""Where each CSV record starts: the physical line a person sees, even when quoted fields span lines.

DuckDB parses the file and reports rejected records by their ordinal; it does not say on which line an
accepted record starts, and it skips blank lines without a trace. This scan supplies that: for every record
(blank ones included, so ordinals match DuckDB's) its starting line and whether it is blank.

The fast scan is vectorised (numpy over byte chunks): a newline ends a record when the number of quote
characters before it is even, which is exact for RFC 4180 files. Files with stray quotes inside unquoted
fields (`17" 显示器`) break that rule; the caller detects the disagreement with DuckDB's counts and falls back
to `scan_exact`, a line-by-line state machine that reads quotes as DuckDB does.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

CHUNK_BYTES = 8 << 20
NL, CR, QUOTE, SPACE = 10, 13, 34, 32


@dataclass
class Records:
    lines: np.ndarray   # int64: physical line where each record starts (record 0 is the first line)
    blank: np.ndarray   # bool: the record is an empty line
    crlf: np.ndarray    # bool: the record ends with CR LF
    has_cr: bool = False  # the file holds a CR byte anywhere (set by scan_fast only)

    def __len__(self) -> int:
        return len(self.lines)


def _records(ends, ordinals, prev_cr, size: int) -> Records:
    """Build `Records` from the record-ending newlines: byte offsets, 1-based newline ordinals, CR before."""
    ends = np.concatenate([np.asarray(e, np.int64) for e in ends]) if ends else np.zeros(0, np.int64)
    ordinals = np.concatenate([np.asarray(o, np.int64) for o in ordinals]) if ordinals else np.zeros(0, np.int64)
    prev_cr = np.concatenate([np.asarray(c, bool) for c in prev_cr]) if prev_cr else np.zeros(0, bool)
    starts = np.concatenate([[0], ends + 1])
    lines = np.concatenate([[1], ordinals + 1])
    stops = np.concatenate([ends, [size]])  # an unterminated last record ends with the file
    lengths = stops - starts
    crlf = np.concatenate([prev_cr, [False]])
    blank = (lengths == 0) | ((lengths == 1) & crlf)
    keep = starts < size  # a final newline opens no record
    return Records(lines[keep], blank[keep], crlf[keep])


def scan_fast(path) -> Records:
    ends, ordinals, prev_cr = [], [], []
    parity = 0          # quotes seen before this chunk, mod 2
    newlines = 0        # newlines seen before this chunk
    pos = 0
    last = -1           # last byte of the previous chunk
    has_cr = False
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK_BYTES):
            a = np.frombuffer(chunk, np.uint8)
            has_cr = has_cr or b"\r" in chunk
            nl_idx = np.flatnonzero(a == NL)
            quotes = np.flatnonzero(a == QUOTE)
            outside = ((np.searchsorted(quotes, nl_idx) + parity) & 1) == 0
            ends_here = nl_idx[outside]
            ends.append(ends_here + pos)
            ordinals.append(np.flatnonzero(outside) + newlines + 1)
            before = a[np.maximum(ends_here - 1, 0)] == CR
            if len(ends_here) and ends_here[0] == 0:  # the byte before lies in the previous chunk
                before[0] = last == CR
            prev_cr.append(before)
            parity = (parity + len(quotes)) & 1
            newlines += len(nl_idx)
            pos += len(chunk)
            last = chunk[-1]
    records = _records(ends, ordinals, prev_cr, pos)
    records.has_cr = has_cr
    return records


def scan_lines(path) -> Records:
    """Every line is a record (JSON Lines); blank means empty or only spaces, tabs and CR."""
    ends, ordinals, blank_parts = [], [], []
    newlines = pos = 0
    tail_blank = True   # the current line so far is only whitespace
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK_BYTES):
            a = np.frombuffer(chunk, np.uint8)
            nl_idx = np.flatnonzero(a == NL)
            ink = np.cumsum(~np.isin(a, (SPACE, 9, CR, NL)))  # non-blank bytes so far in the chunk
            before = np.concatenate([[0], ink[nl_idx[:-1]]]) if len(nl_idx) else np.zeros(0, np.int64)
            blank = ink[nl_idx] - before == 0
            if len(nl_idx):
                blank[0] = tail_blank and ink[nl_idx[0]] == 0
                tail_blank = bool(ink[-1] - ink[nl_idx[-1]] == 0)
            else:
                tail_blank = tail_blank and bool(ink[-1] == 0) if len(ink) else tail_blank
            ends.append(nl_idx + pos)
            ordinals.append(np.arange(1, len(nl_idx) + 1) + newlines)
            blank_parts.append(blank)
            newlines += len(nl_idx)
            pos += len(chunk)
    ends = np.concatenate(ends) if ends else np.zeros(0, np.int64)
    blank = np.concatenate(blank_parts + [[tail_blank]]) if blank_parts else np.array([True])
    lines = np.concatenate([[1], np.concatenate(ordinals) + 1]) if ordinals else np.array([1])
    starts = np.concatenate([[0], ends + 1])
    keep = starts < pos
    return Records(lines[keep].astype(np.int64), blank.astype(bool)[keep], np.zeros(int(keep.sum()), bool))


def scan_exact(path, delimiter: str) -> Records:
    """DuckDB's reading of quotes, one line at a time: slow, for the rare file the fast scan misreads.

    A quote opens a quoted field only at the start of a field (spaces may precede it); inside an unquoted
    field it is an ordinary character. In a quoted field `""` is a quote; a closing quote followed by
    anything but a delimiter or line end makes the record invalid, and DuckDB resumes at the next line.
    """
    delim = delimiter.encode()[0]
    ends, ordinals, prev_cr = [], [], []
    in_quotes = False
    pos = ordinal = 0
    with open(path, "rb") as f:
        for line in f:
            if b'"' in line or in_quotes:
                in_quotes = _still_quoted(line, in_quotes, delim)
            ordinal += line.endswith(b"\n")
            if line.endswith(b"\n") and not in_quotes:
                ends.append(pos + len(line) - 1)
                ordinals.append(ordinal)
                prev_cr.append(line.endswith(b"\r\n"))
            pos += len(line)
    return _records([ends], [ordinals], [prev_cr], pos)


def _still_quoted(line: bytes, in_quotes: bool, delim: int) -> bool:
    state = "quoted" if in_quotes else "start"
    for byte in line:
        if state == "start":
            if byte == QUOTE:
                state = "quoted"
            elif byte not in (SPACE, delim, NL, CR):
                state = "plain"
        elif state == "plain":
            if byte == delim:
                state = "start"
        elif state == "quoted":
            if byte == QUOTE:
                state = "closed"
        elif state == "closed":
            if byte == QUOTE:
                state = "quoted"
            elif byte == delim:
                state = "start"
            elif byte not in (NL, CR):
                return False  # invalid record: DuckDB gives up on it at the end of this line
    return state == "quoted"
