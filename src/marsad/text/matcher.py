"""Clitic-aware whole-word matching of many Arabic patterns at once (Aho-Corasick).

Patterns and text are compared in normalised form. A pattern matches a whole word, optionally preceded by the
proclitics و/ف + ب/ل/ك and the article ال (or the contracted لل). A pattern ending in ``*`` matches as a word
prefix. Matches are resolved leftmost-longest, so "قوات النظام السوري" wins over "قوات النظام".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Generic, NamedTuple, TypeVar

import ahocorasick

from marsad.text.normalise import normalise

T = TypeVar("T")

_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ل", "ك")
_ART = ("", "ال")
PREFIXES = frozenset(c + p + a for c in _CONJ for p in _PREP for a in _ART) | frozenset(c + "لل" for c in _CONJ)
# prefixes that may precede the contracted form of a pattern that itself starts with "ال" (ال + ل -> لل)
_L_PREFIXES = frozenset({"ل", "ول", "فل"})
_MAX_PREFIX = max(len(p) for p in PREFIXES)


class Match(NamedTuple, Generic[T]):
    """A pattern hit in normalised coordinates: ``start``/``end`` cover the pattern, ``word_start`` its clitics.

    A named tuple (not a dataclass): the matchers create hundreds per report, and tuples are the cheapest."""

    start: int
    end: int
    word_start: int
    value: T
    pattern: str


_NON_LETTER = re.compile(r"[\W\d_]")


@lru_cache(maxsize=8)
def boundary_view(norm: str) -> str:
    """``norm`` with every non-letter turned into a space (same length), plus one trailing space."""
    return _NON_LETTER.sub(" ", norm) + " "


class Matcher(Generic[T]):
    """Compile ``(pattern, value)`` pairs once; :meth:`find` returns non-overlapping whole-word matches."""

    def __init__(self, pairs: Iterable[tuple[str, T]]) -> None:
        self._auto = ahocorasick.Automaton()
        entries: dict[str, list[tuple[bool, bool, str, T]]] = {}
        for pattern, value in pairs:
            prefix_match = pattern.endswith("*")
            key = normalise(pattern.rstrip("*")).strip()
            key = " ".join(key.split())
            if not key:
                continue
            entries.setdefault(key, []).append((prefix_match, False, key, value))
            if key.startswith("ال") and len(key) > 3:
                entries.setdefault(key[1:], []).append((prefix_match, True, key, value))
        self._raw = ahocorasick.Automaton()  # keys with digits or punctuation ("الشرقية24"), matched in the text
        raw = False
        for key, vals in entries.items():
            whole = [v for v in vals if not v[0]]
            prefix = [v for v in vals if v[0]]
            if _NON_LETTER.search(key.replace(" ", "")):
                self._raw.add_word(key, (len(key), vals))
                raw = True
                continue
            # whole-word keys end with a space and are matched in the boundary view (every non-letter is a
            # space), so the automaton itself never reports a hit that ends inside a longer word
            if whole:
                self._auto.add_word(key + " ", (len(key), whole))
            if prefix:
                self._auto.add_word(key, (len(key), prefix))
        self.size = len(entries)
        if len(self._auto):
            self._auto.make_automaton()
        if raw:
            self._raw.make_automaton()

    def __getstate__(self) -> object:  # pragma: no cover - pickling support for caches
        return self.__dict__

    def iter_raw(self, norm: str, start: int = 0, end: int | None = None) -> list[Match[T]]:
        """Every valid whole-word hit (overlapping) in ``norm[start:end]``.

        This loop runs for every hit of every lexicon on every report: it is written for speed (locals, one
        ``rfind`` for the word start in the boundary view, no generator)."""
        out: list[Match[T]] = []
        if not self.size:
            return out
        n = len(norm)
        stop = n if end is None else end
        view = boundary_view(norm)
        rfind = view.rfind
        append = out.append
        prefixes, l_prefixes, max_prefix = PREFIXES, _L_PREFIXES, _MAX_PREFIX
        hits: list[tuple[int, int, list[tuple[bool, bool, str, T]]]] = []
        if len(self._auto):
            # boundary-view hits of whole-word keys already end at a word end
            for last, (length, vals) in self._auto.iter(view, start, stop + 1):
                e = last + 1 if vals[0][0] else last
                if e <= stop:
                    hits.append((e, length, vals))
        if len(self._raw):
            for last, (length, vals) in self._raw.iter(norm, start, stop):
                hits.append((last + 1, length, vals))
        for e, length, vals in hits:
            s = e - length
            ws = rfind(" ", 0, s) + 1  # start of the word (every non-letter is a space in the view)
            if s - ws > max_prefix:
                continue
            prefix = norm[ws:s] if ws != s else ""
            right_ok = e >= n or view[e] == " "
            for prefix_match, contracted, key, value in vals:
                if not right_ok and not prefix_match:
                    continue
                if contracted:
                    # the key lost its alef: the text must read (و|ف)?ل + ل...
                    if prefix not in l_prefixes:
                        continue
                elif prefix and prefix not in prefixes:
                    continue
                we = e
                if prefix_match:
                    nxt = view.find(" ", e)
                    we = n if nxt < 0 or nxt > n else nxt
                append(Match(s, we, ws, value, key))
        return out

    def find(self, norm: str, start: int = 0, end: int | None = None) -> list[Match[T]]:
        """Leftmost-longest, non-overlapping matches sorted by position."""
        hits = sorted(self.iter_raw(norm, start, end), key=lambda m: (m.word_start, -(m.end - m.word_start)))
        out: list[Match[T]] = []
        last_end = -1
        for m in hits:
            if m.word_start >= last_end:
                out.append(m)
                last_end = m.end
        return out

    def find_groups(self, norm: str, start: int = 0, end: int | None = None) -> list[list[Match[T]]]:
        """Like :meth:`find`, but each winning span comes with every value registered for it."""
        raw = list(self.iter_raw(norm, start, end))
        by_span: dict[tuple[int, int], list[Match[T]]] = {}
        for m in raw:
            by_span.setdefault((m.word_start, m.end), []).append(m)
        return [by_span[(m.word_start, m.end)] for m in self.find(norm, start, end)]
