"""Arabic number expressions: digits, cardinal words and compounds, vague amounts and qualifiers as ranges.

Works on the normalised text (ة->ه, أ->ا, ى->ي). Each expression becomes a :class:`Quantity` with a range
``low..high`` (``high`` None when open-ended) and ``acled``, the single figure ACLED's rules give it
("dozens" 12, "hundreds" 100, "several" 3; "more than N" is N, the stated figure as the conservative floor, as
ACLED and docs/annotation.md code it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TypeVar

from marsad.text.matcher import Matcher
from marsad.text.normalise import arabic_pattern, normalise

_V = TypeVar("_V")

UNITS = {
    "واحد": 1,
    "واحده": 1,
    "احد": 1,
    "احدي": 1,
    "اثنان": 2,
    "اثنين": 2,
    "اثنتان": 2,
    "اثنتين": 2,
    "اثني": 2,
    "اثنا": 2,
    "اثنتا": 2,
    "اثنتي": 2,
    "ثلاث": 3,
    "ثلاثه": 3,
    "اربع": 4,
    "اربعه": 4,
    "خمس": 5,
    "خمسه": 5,
    "ست": 6,
    "سته": 6,
    "سبع": 7,
    "سبعه": 7,
    "ثماني": 8,
    "ثمانيه": 8,
    "ثمان": 8,
    "تسع": 9,
    "تسعه": 9,
}
TEENS_BASE = {"عشر": 10, "عشره": 10}
TENS = {
    "عشرون": 20,
    "عشرين": 20,
    "ثلاثون": 30,
    "ثلاثين": 30,
    "اربعون": 40,
    "اربعين": 40,
    "خمسون": 50,
    "خمسين": 50,
    "ستون": 60,
    "ستين": 60,
    "سبعون": 70,
    "سبعين": 70,
    "ثمانون": 80,
    "ثمانين": 80,
    "تسعون": 90,
    "تسعين": 90,
}
HUNDREDS = {
    "مئه": 100,
    "مائه": 100,
    "مئتان": 200,
    "مئتين": 200,
    "مائتان": 200,
    "مائتين": 200,
    "مئتي": 200,
    "مائتي": 200,
    "ثلاثمئه": 300,
    "ثلاثمائه": 300,
    "اربعمئه": 400,
    "اربعمائه": 400,
    "خمسمئه": 500,
    "خمسمائه": 500,
    "ستمئه": 600,
    "ستمائه": 600,
    "سبعمئه": 700,
    "سبعمائه": 700,
    "ثمانمئه": 800,
    "ثمانمائه": 800,
    "ثمانيمئه": 800,
    "تسعمئه": 900,
    "تسعمائه": 900,
}
THOUSANDS = {"الف": 1000, "الفا": 1000, "الفان": 2000, "الفين": 2000, "الاف": 1000, "الفي": 2000}
#: vague amounts -> (low, high, acled)
VAGUE = {
    "عشرات": (12, 99, 12),
    "العشرات": (12, 99, 12),
    "مئات": (100, 999, 100),
    "المئات": (100, 999, 100),
    "الاف": (1000, None, 1000),
    "الالاف": (1000, None, 1000),
    "عدد من": (3, None, 3),
    "عددا من": (3, None, 3),
    "عده": (3, None, 3),
    "بعض": (3, None, 3),
    "العديد من": (10, None, 10),
    "كثير من": (10, None, 10),
    "الكثير من": (10, None, 10),
    "عدد كبير من": (10, None, 10),
}
#: qualifiers before a number -> function of n giving (low, high, acled)
QUALIFIERS: dict[str, str] = {
    "نحو": "approx",
    "حوالي": "approx",
    "قرابه": "below",
    "ما يقارب": "approx",
    "زهاء": "approx",
    "قرابة": "below",
    "اكثر من": "more",
    "ما يزيد عن": "more",
    "ما يزيد على": "more",
    "يزيد عن": "more",
    "يزيد على": "more",
    "ما لا يقل عن": "atleast",
    "مالا يقل عن": "atleast",
    "لا يقل عن": "atleast",
    "على الاقل": "atleast",
    "اقل من": "less",
    "ما يصل الى": "upto",
    "حتى": "upto",
    "ما لا يقل": "atleast",
}


def _norm_keys(d: dict[str, _V]) -> dict[str, _V]:
    return {normalise(k): v for k, v in d.items()}


UNITS = _norm_keys(UNITS)
TENS = _norm_keys(TENS)
HUNDREDS = _norm_keys(HUNDREDS)
THOUSANDS = _norm_keys(THOUSANDS)
VAGUE = _norm_keys(VAGUE)
QUALIFIERS = _norm_keys(QUALIFIERS)

_WORD = r"[\u0621-\u064a]+"
_DIGITS = arabic_pattern(r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d{1,6})(?![\d.,]\d)")
_QUAL_RE = arabic_pattern(
    r"(?:" + "|".join(sorted((re.escape(q) for q in QUALIFIERS), key=len, reverse=True)) + r")\s+$"
)
_TOKEN = arabic_pattern(_WORD)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number expression in normalised coordinates."""

    start: int
    end: int
    low: int | None
    high: int | None
    acled: int
    kind: str  # exact | approx | more | atleast | less | upto | vague | dual | singular | range | lumped

    @property
    def exact(self) -> bool:
        return self.kind in ("exact", "dual", "singular")


def _apply_qualifier(q: str, n: int) -> tuple[int, int | None, int]:
    if q == "approx":
        return n, n, n  # "نحو 30": analysts (and ACLED) code the figure given
    if q == "below":
        return max(1, round(n * 0.9)), n, n
    if q == "more":
        return n, None, n  # "أكثر من 8": the stated figure is the floor analysts code
    if q == "atleast":
        return n, None, n
    if q in ("less", "upto"):
        return (1 if q == "upto" else 0), n, (n if q == "upto" else max(n - 1, 0))
    return n, n, n


def _strip_clitic(w: str) -> str:
    return w[1:] if len(w) > 3 and w[0] in "وف" and w[1:] in _ALL_WORDS else w


_HUNDRED = frozenset(normalise(w) for w in ("مئه", "مائه"))  # "ثلاث مئه": multiplied, not added
_ALL_WORDS = set(UNITS) | set(TENS) | set(HUNDREDS) | set(THOUSANDS) | set(TEENS_BASE)


# after "و", a compound number goes on only with a smaller order: hundreds, then units, then tens
_MAY_FOLLOW = {"h": "ut", "u": "t", "t": "", "k": "hut"}


def _order(w: str) -> str:
    """Which order of a compound number a word gives: "u" units/teens, "t" tens, "h" hundreds, "k" thousands."""
    return "u" if w in UNITS or w in TEENS_BASE else "t" if w in TENS else "h" if w in HUNDREDS else "k"


def _word_number(norm: str, pos: int, end: int) -> tuple[int, int] | None:
    """Parse a cardinal word sequence starting at ``pos``: returns (value, end) or None."""
    total = 0
    current = 0
    last_end = pos
    expect_and = False
    found = False
    last_kind = ""  # "h" hundreds, "u" units/teens, "t" tens, "k" thousands: the order a compound number keeps
    i = pos
    while i < end:
        m = _TOKEN.match(norm, i)
        if not m:
            break
        w = m.group()
        conj = False
        if expect_and:
            if current and (w in THOUSANDS or (w in _HUNDRED and current < 10)):
                pass  # a multiplier follows without "و": "ثلاثه الاف", "عشره الاف", "ثلاث مئه"
            elif not (w.startswith("و") and w[1:] in _ALL_WORDS):
                break
            else:
                w = w[1:]
                conj = True
                kind = _order(w)
                # "مئة وعشرون", "ثلاثة وعشرون", "ألف ومئتان"; but "بين مئة ومئتي قتيل", "خمسة وستة" are two numbers
                if kind != "k" and last_kind and kind not in _MAY_FOLLOW[last_kind]:
                    break
        elif w.startswith("و") and w[1:] in _ALL_WORDS and not found:
            w = w[1:]
        if w in UNITS:
            val = UNITS[w]
            # teen: "ثلاثه عشر"
            nxt = _TOKEN.match(norm, m.end() + 1) if m.end() + 1 < end and norm[m.end()] == " " else None
            if nxt and nxt.group() in TEENS_BASE:
                current += val + 10
                last_end = nxt.end()
                i = nxt.end()
            else:
                current += val
                last_end = m.end()
                i = m.end()
        elif w in TENS:
            current += TENS[w]
            last_end, i = m.end(), m.end()
        elif w in HUNDREDS and not conj and current and current < 10 and w in _HUNDRED:
            current *= 100
            last_end, i = m.end(), m.end()
        elif w in HUNDREDS:
            current += HUNDREDS[w]
            last_end, i = m.end(), m.end()
        elif w in THOUSANDS and (found or w in ("الف", "الفا", "الفان", "الفين")):
            total += max(current, 1) * THOUSANDS[w] if w in ("الاف",) or current else THOUSANDS[w]
            current = 0
            last_end, i = m.end(), m.end()
        elif w in TEENS_BASE and not found:
            current += 10
            last_end, i = m.end(), m.end()
        else:
            if conj:
                break
            break
        found = True
        last_kind = _order(w)
        expect_and = True
        if i < end and norm[i] == " ":
            i += 1
        else:
            break
    if not found:
        return None
    return total + current, last_end


NumberMatchers = tuple[Matcher[str], Matcher[str]]


def number_matchers() -> NumberMatchers:
    """New Aho-Corasick matchers for vague amounts and number words (faster than regex alternations). The knowledge
    base joins a pair to its matcher group, so that one scan of a report serves them and every lexicon."""
    return Matcher((k, k) for k in VAGUE), Matcher((k, k) for k in _ALL_WORDS)


_word_matchers = cache(number_matchers)  # a pair of its own, for callers without a knowledge base


def find_quantities(norm: str, start: int = 0, end: int | None = None,
                    matchers: NumberMatchers | None = None) -> list[Quantity]:
    """All number expressions in ``norm[start:end]`` (digits, words, vague amounts), qualifiers included.
    ``matchers``: the knowledge base's pair (see :func:`number_matchers`), else a private one."""
    stop = len(norm) if end is None else end
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []

    def qualify(s: int, e: int, n: int) -> Quantity:
        head = norm[max(start, s - 16) : s]
        qm = _QUAL_RE.search(head)
        if qm:
            kind = QUALIFIERS[qm.group().strip()]
            lo, hi, ac = _apply_qualifier(kind, n)
            return Quantity(s - len(head) + qm.start(), e, lo, hi, ac, kind)
        return Quantity(s, e, n, n, n, "exact")

    for m in _DIGITS.finditer(norm, start, stop):
        n = int(m.group().replace(",", ""))
        if "," not in m.group() and 1900 <= n <= 2100:  # years are dates, not counts
            continue
        q = qualify(m.start(), m.end(), n)
        out.append(q)
        taken.append((m.start(), m.end()))
    vague, words = matchers or _word_matchers()
    for vm in vague.find(norm, start, stop):
        lo, hi, ac = VAGUE[vm.pattern]
        out.append(Quantity(vm.word_start, vm.end, lo, hi, ac, "vague"))
        taken.append((vm.word_start, vm.end))
    i = start
    for wm in words.find(norm, start, stop):  # jump straight to each number word
        if wm.word_start < i:
            continue
        tm = _TOKEN.match(norm, wm.word_start)
        if tm is None:
            continue
        m = tm
        w = m.group()
        if w not in _ALL_WORDS and not (w[:1] in "وف" and w[1:] in _ALL_WORDS):
            continue  # a clitic form the parser does not read ("بعشرين")
        if not any(a <= m.start() < b for a, b in taken):
            parsed = _word_number(norm, m.start(), stop)
            if parsed and parsed[0] > 0:
                val, e = parsed
                s = m.start() + (1 if w[:1] in "وف" and w not in _ALL_WORDS else 0)
                out = [q for q in out if not (q.kind == "vague" and s <= q.start < e)]  # "ثلاثه [الاف]"
                out.append(qualify(s, e, val))
                i = e
    out.sort(key=lambda q: q.start)
    return _ranges(norm, out)


_BETWEEN = arabic_pattern(r"(?<![\u0621-\u064a])(?:ما\s+)?بين\s*$")
_AND = arabic_pattern(r"\s*و\s*")


def _ranges(norm: str, qs: list[Quantity]) -> list[Quantity]:
    """"بين مئة ومئتي قتيل", "ما بين 10 و15": one amount from the first to the second (ACLED takes the lower)."""
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        a = qs[i]
        b = qs[i + 1] if i + 1 < len(qs) else None
        if (b is not None and a.kind == "exact" and b.kind == "exact" and a.low is not None and b.low is not None
                and a.low < b.low and _AND.fullmatch(norm, a.end, b.start)
                and _BETWEEN.search(norm, max(0, a.start - 10), a.start)):
            out.append(Quantity(a.start, b.end, a.low, b.low, a.low, "range"))
            i += 2
            continue
        out.append(a)
        i += 1
    return out
