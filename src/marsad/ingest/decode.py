"""Bytes to text: BOM, UTF-8, UTF-16 without BOM, Windows-1256, declared HTML charset, then charset-normalizer.

The UTF-8 path is the common one and stays cheap: one ``bytes.decode`` plus a control-character scan.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from marsad.errors import BinaryInput, UndecodableInput
from marsad.ingest.script import arabic_share_of_non_ascii

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: its BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX/EPUB)"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file"),
    (b"\x7fELF", "an executable"),
)

# C0 controls other than TAB, LF, VT, FF, CR, plus DEL.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_DECLARED_CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text and the name of the encoding that produced it."""

    text: str
    encoding: str


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data`` to text or raise :class:`BinaryInput` / :class:`UndecodableInput`."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise UndecodableInput(
                    f"the file starts with a {codec.upper()} byte-order mark but is not valid {codec.upper()} "
                    f"(byte {exc.start}); re-save it as UTF-8"
                ) from None
            name = codec if codec == "utf-8-sig" else _bom_name(bom)
            return _checked(Decoded(text, name))
    if b"\x00" in data:
        return _checked(_decode_utf16_without_bom(data))
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError:
        pass
    _reject_magic(data)
    return _checked(_decode_legacy(data))


def _bom_name(bom: bytes) -> str:
    return {
        codecs.BOM_UTF16_LE: "utf-16-le",
        codecs.BOM_UTF16_BE: "utf-16-be",
        codecs.BOM_UTF32_LE: "utf-32-le",
        codecs.BOM_UTF32_BE: "utf-32-be",
    }[bom]


def _reject_magic(data: bytes) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise BinaryInput(f"the input looks like {what}, not text; extract its text first (UTF-8 .txt or .html)")


def _decode_utf16_without_bom(data: bytes) -> Decoded:
    """Text with NUL bytes is only accepted as UTF-16 whose NULs sit on one byte parity (ASCII high bytes)."""
    _reject_magic(data)
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    pairs = len(data) // 2
    if len(data) % 2 == 0 and pairs:
        for nuls, other, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
            if nuls >= max(1, pairs // 50) and other <= nuls // 20:
                try:
                    return Decoded(data.decode(codec), codec)
                except UnicodeDecodeError:
                    break
    raise BinaryInput(
        f"the input contains {even + odd} NUL bytes and is not UTF-16 text; it looks like a binary file — "
        "give a UTF-8 text or HTML file"
    )


def _decode_legacy(data: bytes) -> Decoded:
    """Non-UTF-8 bytes: a declared HTML charset, Windows-1256, then charset-normalizer."""
    declared = _DECLARED_CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii").lower()
        try:
            codec = codecs.lookup(name).name
            return Decoded(data.decode(codec), codec)
        except (LookupError, UnicodeDecodeError):
            pass
    text = data.decode("cp1256", errors="strict")  # cp1256 maps all 256 byte values
    if arabic_share_of_non_ascii(text) >= 0.6:
        return Decoded(text, "cp1256")
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UndecodableInput(
            "the text is not UTF-8, UTF-16 or Windows-1256 and its encoding cannot be detected; re-save it as UTF-8"
        )
    return Decoded(str(best), best.encoding)


def _checked(decoded: Decoded) -> Decoded:
    check_controls(decoded.text)
    return decoded


def check_controls(text: str) -> None:
    """Raise :class:`BinaryInput` when ``text`` has many control characters (a binary file that happened to decode)."""
    controls = len(_CONTROL.findall(text))
    if controls and controls > max(2, len(text) // 100):
        raise BinaryInput(
            f"the input has {controls} control characters in {len(text)} characters; it looks like a binary file — "
            "give a UTF-8 text or HTML file"
        )
