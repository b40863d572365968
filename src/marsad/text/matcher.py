"""Clitic-aware whole-word matching of many Arabic patterns at once (Aho-Corasick).

Patterns and text are compared in normalised form. A pattern matches a whole word, optionally preceded by the
proclitics و/ف + ب/ل/ك and the article ال (or the contracted لل). A pattern ending in ``*`` matches as a word
prefix. Matches are resolved leftmost-longest, so "قوات النظام السوري" wins over "قوات النظام".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any, Generic, NamedTuple, TypeVar

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


def has_article(norm: str, m: Match[Any]) -> bool:
    """The matched word carries the article, as a clitic ("والقتلى", "هذه الغارات") or in the pattern itself."""
    return "ال" in norm[m.word_start:m.start] or norm.startswith("ال", m.start)


_NON_LETTER = re.compile(r"[\W\d_]")


# the non-letters that reports use: ASCII digits, punctuation and spaces, Arabic punctuation, typographic marks
_COMMON_NON_LETTERS = tuple(
    c
    for c in "\n\r\t0123456789.,:;!?\"'()-/%+*&#@[]_=<>|"
    "\u00a0\u00ab\u00bb\u00b7\u060c\u061b\u061f\u066a\u066d\u06d4"
    "\u2010\u2011\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026"
    if _NON_LETTER.match(c)
)


@lru_cache(maxsize=8)
def boundary_view(norm: str) -> str:
    """``norm`` with every non-letter turned into a space (same length), plus one trailing space.

    One ``str.replace`` per common non-letter that occurs is much faster than a regex substitution at every
    space and punctuation mark; a rarer non-letter left over falls back to the regex."""
    view = norm
    for ch in _COMMON_NON_LETTERS:
        if ch in view:
            view = view.replace(ch, " ")
    if not view.replace(" ", "").isalpha():  # a rarer non-letter is left (or a numeral the regex calls a letter)
        view = _NON_LETTER.sub(" ", view)
    return view + " "


_Vals = list[tuple[bool, bool, str, Any]]
_Hit = tuple[int, int, _Vals]  # (end in normalised text, key length, values)


class Matcher(Generic[T]):
    """Compile ``(pattern, value)`` pairs once; :meth:`find` returns non-overlapping whole-word matches.

    Matchers joined in a :class:`MatcherGroup` share one automaton: the first lookup on a text scans it once for
    every member, and the others take their hits from that scan. A matcher used alone is a group of one."""

    def __init__(self, pairs: Iterable[tuple[str, T]], quoted: bool = False) -> None:
        """``quoted``: a name of several words also matches with its tail in quotes ('منظمة "بدر"', 'قوات «سوريا
        الديمقراطية»': the quote is a second space after the first word in the boundary view)."""
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
        # whole-word keys end with a space and are matched in the boundary view (every non-letter is a space), so
        # the automaton itself never reports a hit that ends inside a longer word; keys with digits or punctuation
        # ("الشرقية24") are matched in the text itself
        self._view_keys: list[tuple[str, tuple[int, _Vals]]] = []
        self._raw_keys: list[tuple[str, tuple[int, _Vals]]] = []
        for key, vals in entries.items():
            if _NON_LETTER.search(key.replace(" ", "")):
                self._raw_keys.append((key, (len(key), vals)))
                continue
            whole = [v for v in vals if not v[0]]
            prefix = [v for v in vals if v[0]]
            if whole:
                self._view_keys.append((key + " ", (len(key), whole)))
                if quoted and " " in key:
                    spaced = key.replace(" ", "  ", 1)
                    self._view_keys.append((spaced + " ", (len(spaced), whole)))
            if prefix:
                self._view_keys.append((key, (len(key), prefix)))
        self.size = len(entries)
        self._group: MatcherGroup | None = None  # set when it joins a group; a lone matcher makes its own on first use
        self._index = 0

    def _scan(self, norm: str, start: int, stop: int) -> list[_Hit]:
        """Raw automaton hits ``(end, length, values)`` lying inside ``norm[start:stop]``."""
        if self._group is None:
            MatcherGroup({"": self})
        assert self._group is not None
        hits = self._group.hits(norm)[self._index]
        if start == 0 and stop >= len(norm):
            return hits
        return [h for h in hits if h[0] <= stop and h[0] - h[1] >= start]

    def iter_raw(self, norm: str, start: int = 0, end: int | None = None) -> list[Match[T]]:
        """Every valid whole-word hit (overlapping) in ``norm[start:end]``.

        This loop runs for every hit of every lexicon on every report: it is written for speed (locals, one
        ``rfind`` for the word start in the boundary view, no generator)."""
        out: list[Match[T]] = []
        if not self.size:
            return out
        n = len(norm)
        stop = n if end is None else end
        hits = self._scan(norm, start, stop)
        if not hits:
            return out
        view = boundary_view(norm)
        rfind = view.rfind
        append = out.append
        prefixes, l_prefixes, max_prefix = PREFIXES, _L_PREFIXES, _MAX_PREFIX
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
        whole = start == 0 and (end is None or end >= len(norm))
        group = self._group
        if whole and group is not None:
            memo = group.found(norm)
            done = memo.get(self._index)
            if done is not None:
                return list(done)
        hits = sorted(self.iter_raw(norm, start, end), key=lambda m: (m.word_start, -(m.end - m.word_start)))
        out: list[Match[T]] = []
        last_end = -1
        for m in hits:
            if m.word_start >= last_end:
                out.append(m)
                last_end = m.end
        if whole and group is not None:
            group.found(norm)[self._index] = out
            return list(out)
        return out

    def find_groups(self, norm: str, start: int = 0, end: int | None = None,
                    weak: Callable[[T], bool] | None = None) -> list[list[Match[T]]]:
        """Like :meth:`find`, but each winning span comes with every value registered for it.

        With ``weak``: a winning span whose values are all weak (an anaphor, "قوات الجيش") gives way to a strong
        match that starts inside it and reaches past it ("قوات الجيش العراقي" is the Iraqi army)."""
        raw = list(self.iter_raw(norm, start, end))
        by_span: dict[tuple[int, int], list[Match[T]]] = {}
        for m in raw:
            by_span.setdefault((m.word_start, m.end), []).append(m)
        groups = [by_span[(m.word_start, m.end)] for m in self.find(norm, start, end)]
        if weak is None:
            return groups
        out: list[list[Match[T]]] = []
        for i, g in enumerate(groups):
            a, b = g[0].word_start, g[0].end
            if all(weak(m.value) for m in g):
                limit = groups[i + 1][0].word_start if i + 1 < len(groups) else len(norm) + 1
                strong = [m for m in raw if a < m.word_start < b < m.end <= limit and not weak(m.value)]
                if strong:
                    best = max(strong, key=lambda m: m.end - m.word_start)
                    out.append(by_span[(best.word_start, best.end)])
                    continue
            out.append(g)
        return out


def _automaton(keys: list[tuple[str, Any]]) -> ahocorasick.Automaton | None:
    if not keys:
        return None
    auto = ahocorasick.Automaton()
    for key, value in keys:
        auto.add_word(key, value)
    auto.make_automaton()
    return auto


class MatcherGroup:
    """Several named :class:`Matcher` s answered by one pass over a text (one automaton for all their keys).

    The last text's hits and ``find`` results are kept, so the recognisers that consult different lexicons on the
    same report share a single scan."""

    def __init__(self, matchers: dict[str, Matcher[Any]]) -> None:
        view: dict[str, list[tuple[int, int, _Vals, int]]] = {}
        raw: dict[str, list[tuple[int, int, _Vals, int]]] = {}
        self.names = list(matchers)
        for i, m in enumerate(matchers.values()):
            if m._group is not None:
                raise ValueError("a matcher joins one group only, before its first use")
            for key, (length, vals) in m._view_keys:
                view.setdefault(key, []).append((i, length, vals, 1 if vals[0][0] else 0))
            for key, (length, vals) in m._raw_keys:
                raw.setdefault(key, []).append((i, length, vals, 1))
            m._group, m._index = self, i
            m._view_keys, m._raw_keys = [], []  # the group's automaton holds them now (less to keep and to pickle)
        self._auto = _automaton([(k, tuple(v)) for k, v in view.items()])
        self._raw = _automaton([(k, tuple(v)) for k, v in raw.items()])
        self._memo: tuple[str, list[list[_Hit]], dict[int, list[Any]]] | None = None

    def __getstate__(self) -> object:  # pragma: no cover - pickling support for caches
        return {**self.__dict__, "_memo": None}

    def _state(self, norm: str) -> tuple[str, list[list[_Hit]], dict[int, list[Any]]]:
        memo = self._memo
        if memo is not None and (memo[0] is norm or memo[0] == norm):
            return memo
        hits: list[list[_Hit]] = [[] for _ in self.names]
        appends = [h.append for h in hits]
        if self._auto is not None:
            stop = len(norm)
            for last, members in self._auto.iter(boundary_view(norm)):
                for i, length, vals, shift in members:
                    # whole-word keys end on the space after the word (shift 0); prefix keys inside it (shift 1)
                    if last + shift <= stop:
                        appends[i]((last + shift, length, vals))
        if self._raw is not None:
            for last, members in self._raw.iter(norm):
                for i, length, vals, _ in members:
                    appends[i]((last + 1, length, vals))
        memo = (norm, hits, {})
        self._memo = memo  # one assignment: a concurrent reader sees the old or the new state, never a mix
        return memo

    def hits(self, norm: str) -> list[list[_Hit]]:
        """Raw hits of every member over the whole of ``norm``, by member index."""
        return self._state(norm)[1]

    def found(self, norm: str) -> dict[int, list[Any]]:
        """The memo of whole-text ``find`` results for ``norm``, by member index."""
        return self._state(norm)[2]
