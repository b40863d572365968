"""Counting Arabic-script letters, used by decoding (is Windows-1256 right?) and the language gate."""

from __future__ import annotations

import re

# Arabic-script letters: Arabic, Arabic Supplement, Extended-A/B and presentation forms (not digits or punctuation).
_ARABIC_LETTER = re.compile(
    "[\u0620-\u064a\u066e-\u066f\u0671-\u06d3\u06d5\u06ee-\u06ef\u06fa-\u06fc\u06ff"
    "\u0750-\u077f\u0870-\u0887\u0889-\u088e\u08a0-\u08c9\ufb50-\ufbb1\ufbd3-\ufd3d\ufd50-\ufdc7\ufdf0-\ufdfb"
    "\ufe70-\ufefc]"
)
_ARABIC_RUN = re.compile(_ARABIC_LETTER.pattern + "+")  # runs: one match per word, not per letter
_NON_ASCII_LETTER = re.compile(r"[^\W\d_a-zA-Z]")


def arabic_letter_count(text: str) -> int:
    """Number of Arabic-script letters in ``text``."""
    return sum(map(len, _ARABIC_RUN.findall(text)))


def letter_count(text: str) -> int:
    """Number of letters (any script) in ``text``."""
    return sum(map(str.isalpha, text))


def arabic_share_of_non_ascii(text: str) -> float:
    """Share of non-ASCII letters that are Arabic script (1.0 means all; 0.0 when there are none)."""
    others = len(_NON_ASCII_LETTER.findall(text))
    if not others:
        return 0.0
    return arabic_letter_count(text) / others
