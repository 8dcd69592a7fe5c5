"""Which encoding a text export is in, and a UTF-8 copy of it when DuckDB cannot read it as it is.

Chinese Excel saves CSV as GBK (read here as GB18030, its superset); other tools write UTF-8, with or without
a byte-order mark, or UTF-16. Transcoding streams in chunks, so file size does not matter. A byte sequence the
encoding cannot decode is written as the byte 0xFF, which is never valid UTF-8: DuckDB then rejects exactly
that record as undecodable, with its line, instead of the whole file failing or the bytes vanishing.
"""

from __future__ import annotations

import codecs
import os
import tempfile
from pathlib import Path

SAMPLE_BYTES = 4 << 20
CHUNK_BYTES = 8 << 20
MARK = "\udcff"  # written as b"\xff" by the surrogateescape encoder

codecs.register_error("checker-mark", lambda err: (MARK, err.end))

_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]

# How the encodings are named to auditors.
DISPLAY = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8（带 BOM）", "gb18030": "GB18030/GBK",
           "utf-16-le": "UTF-16 LE", "utf-16-be": "UTF-16 BE"}


def bom_of(head: bytes) -> tuple[str | None, int]:
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name, len(bom)
    return None, 0


def detect_encoding(path: Path) -> str:
    """utf-8, utf-8-sig, gb18030, utf-16-le or utf-16-be, judged from a BOM or the first few megabytes."""
    with open(path, "rb") as f:
        sample = f.read(SAMPLE_BYTES)
    name, _ = bom_of(sample)
    if name:
        return name
    zeros_even, zeros_odd = sample[0::2].count(0), sample[1::2].count(0)
    few, many = sorted((zeros_even, zeros_odd))
    if len(sample) >= 4 and many > len(sample) // 4 and few * 4 <= many:
        # UTF-16 without a BOM: ASCII characters leave a zero in every other byte, and in the same half of each
        # pair (binary data with zeros on both sides is not UTF-16; not_text refuses it)
        return "utf-16-le" if zeros_odd > zeros_even else "utf-16-be"
    text = codecs.getincrementaldecoder("utf-8")("replace").decode(sample, final=False)
    bad = text.count("\ufffd")
    if bad == 0:
        return "utf-8"
    good = sum(1 for ch in text if ord(ch) > 127) - bad
    # GBK read as UTF-8 fails on most Chinese characters (about 8 failures per success on real text);
    # a UTF-8 file with a stray bad byte has far more successes than failures
    return "utf-8" if good > bad else "gb18030"


# The first bytes of files that are sometimes renamed or saved as .csv by mistake, and a hint for each.
_EXPORT_AGAIN = "请导出为 CSV 或 Excel 文件后再检查"
_SIGNATURES = [
    (b"\x89PNG\r\n\x1a\n", "PNG 图片", _EXPORT_AGAIN),
    (b"\xff\xd8\xff", "JPEG 图片", _EXPORT_AGAIN),
    (b"GIF87a", "GIF 图片", _EXPORT_AGAIN),
    (b"GIF89a", "GIF 图片", _EXPORT_AGAIN),
    (b"%PDF-", "PDF 文档", _EXPORT_AGAIN),
    (b"PK\x03\x04", "ZIP 压缩包", "若是 Excel 工作簿，请把扩展名改为 .xlsx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "旧版 Office 文档", "若是 Excel 工作簿，请把扩展名改为 .xls"),
    (b"\x1f\x8b", "gzip 压缩文件", "请先解压"),
    (b"Rar!\x1a\x07", "RAR 压缩包", "请先解压"),
    (b"7z\xbc\xaf\x27\x1c", "7z 压缩包", "请先解压"),
]
TEXT_CHECK_BYTES = 8 << 10
# C0 control bytes that text does not hold; none of them occurs inside a UTF-8 or GB18030 multi-byte character.
_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\v\f\r\x1b")


def not_text(head: bytes, encoding: str, detected: bool) -> str | None:
    """Why a file given as CSV is not a text file at all, or None. `head`: its first bytes.

    A known binary signature always counts. Control bytes (NUL above all) count only when the encoding was
    detected, not named by the caller, and is not UTF-16, where every ASCII character brings a NUL: one in 32 of
    the first kilobytes or more is binary data, while a stray NUL in a text export's cell is still read.
    """
    for signature, kind, hint in _SIGNATURES:
        if head.startswith(signature):
            return f"不是文本（CSV）文件：看起来是 {kind}；{hint}"
    if detected and not encoding.startswith("utf-16"):
        sample = head[:TEXT_CHECK_BYTES]
        controls = len(sample) - len(sample.translate(None, _CONTROL))
        if controls and controls * 32 >= len(sample):
            return ("不是文本（CSV）文件：开头含有大量控制字符（如 NUL 字节），像是二进制文件；"
                    + _EXPORT_AGAIN)
    return None


def needs_copy(encoding: str) -> bool:
    return encoding not in ("utf-8", "utf-8-sig")


def utf8_copy(path: Path, encoding: str, normalize_newlines: bool, workdir: Path) -> Path:
    """Stream `path` into a UTF-8 file in `workdir`; optionally turn CR and CRLF line ends into LF."""
    out_path = Path(tempfile.mkstemp(suffix=".csv", dir=workdir)[1])
    decoder = codecs.getincrementaldecoder(encoding)("checker-mark")
    pending_cr, first = False, True
    with open(path, "rb") as src, open(out_path, "wb") as out:
        while True:
            chunk = src.read(CHUNK_BYTES)
            text = decoder.decode(chunk, final=not chunk)
            if first and text:
                text, first = text.removeprefix("\ufeff"), False  # a UTF-16 BOM must not become a header
            if normalize_newlines:
                if pending_cr:
                    text = "\r" + text
                pending_cr = bool(chunk) and text.endswith("\r")
                if pending_cr:
                    text = text[:-1]  # may be the first half of CRLF split across chunks
                text = text.replace("\r\n", "\n").replace("\r", "\n")
            out.write(text.encode("utf-8", "surrogateescape"))
            if not chunk:
                break
    return out_path


def make_workdir() -> Path:
    return Path(tempfile.mkdtemp(prefix="checker-read-", dir=os.environ.get("CHECKER_TMPDIR")))
