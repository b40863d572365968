"""Offset-keeping Arabic normalisation.

The normalised view folds spelling variants one character for one character (alef forms, ى/ي, ة/ه, Persian
ی/ک, hamza carriers, Arabic-Indic digits, ASCII case) and drops diacritics and tatweel. :class:`NormText` keeps the
map from every normalised position back to the original text, so any span found in the normalised view can be
reported with offsets into the original.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ئ": "ي",
    "ة": "ه", "ۃ": "ه",
    "ک": "ك", "ڪ": "ك",
    "ؤ": "و",
    "ڤ": "ف", "گ": "ك",
    "٬": ",", "٫": ".", "،": "،",
}
for _i in range(10):
    _FOLD[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _FOLD[chr(0x06F0 + _i)] = str(_i)  # Extended (Persian) digits
for _c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
    _FOLD[_c] = _c.lower()

#: characters removed from the normalised view: tatweel, harakat, Quranic marks, zero-width and bidi controls
DROPPED = "\u0640\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658" \
    "\u0670\u06e1\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u061c\ufeff"

#: a dash of tatweel standing alone between two names ("الجنينة ـ الجيعة") as the normalised view holds it: the
#: tatweel is dropped, the spaces around it stay
DASH_GAP = "  "

_TABLE: dict[int, str | None] = {ord(k): v for k, v in _FOLD.items()}
_TABLE.update({ord(c): None for c in DROPPED})
_DROPPED_RE = re.compile("[" + DROPPED + "]")
# the same mapping as (old, new) replacements: ``str.translate`` with a dict looks every character up in Python,
# while a ``str.replace`` per foldable character that occurs is a C scan; no replacement produces another's source
_REPLACE: tuple[tuple[str, str], ...] = tuple((k, v) for k, v in _FOLD.items() if k != v) + tuple(
    (c, "") for c in DROPPED
)
_SHORT = 64


_LETTER_TABLE = {ord(k): v for k, v in _FOLD.items() if "\u0621" <= k <= "\u06ff" and k != v and v.isalpha()}


#: the article with the clitics that may come before it ("وبالقصف", "للغارات")
DEFINITE_PREFIXES = ("ال", "وال", "فال", "بال", "لل", "وبال", "ولل")


def is_definite(word: str) -> bool:
    """A word with the article ("الغارات", "وبالقصف"): a definite noun, an event already told when it is an event
    word; an indefinite one ("انفجار لغم") introduces a new one."""
    return word.startswith(DEFINITE_PREFIXES)


def arabic_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile a regular expression that runs on normalised text, its Arabic letters folded the same way: a pattern
    written "مسؤول" or "على" must look for "مسوول" and "علي", or it never matches. Only letters are folded, so the
    regular-expression syntax (``\\W``, classes, ASCII) is untouched."""
    return re.compile(pattern.translate(_LETTER_TABLE), flags)


def normalise(text: str) -> str:
    """Return the normalised form of ``text`` (no offset map); used for patterns and lookups."""
    if len(text) < _SHORT:
        return text.translate(_TABLE)
    for old, new in _REPLACE:
        if old in text:
            text = text.replace(old, new)
    return text


@dataclass(frozen=True, slots=True)
class NormText:
    """A normalised view of ``original`` with a map back to original offsets."""

    original: str
    norm: str
    _shift_at: tuple[int, ...]  # normalised positions at which one more original character was dropped

    @classmethod
    def of(cls, original: str) -> NormText:
        norm = normalise(original)
        if len(norm) == len(original):
            return cls(original, norm, ())
        shifts = tuple(m.start() - i for i, m in enumerate(_DROPPED_RE.finditer(original)))
        return cls(original, norm, shifts)

    def to_orig(self, pos: int) -> int:
        """Original offset of the normalised position ``pos`` (start of a span)."""
        if not self._shift_at:
            return pos
        return pos + bisect_right(self._shift_at, pos)

    def to_orig_end(self, end: int) -> int:
        """Original offset just after the normalised span ending (exclusive) at ``end``."""
        if end <= 0:
            return 0
        return self.to_orig(end - 1) + 1

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of a normalised span."""
        return self.to_orig(start), self.to_orig_end(end)
