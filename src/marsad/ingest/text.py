"""Plain-text reports: title detection and stripping of trailing page chrome (cut only at the end)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from marsad.errors import KnowledgeError

BOILERPLATE_PATH = Path(__file__).resolve().parent.parent / "data" / "boilerplate.yaml"
MAX_TITLE_CHARS = 200
# A non-chrome line under a chrome marker (a "most read" headline) is at most this long ...
MAX_LISTED_LINE_CHARS = 150
# ... and the backwards walk gives up after this many non-blank lines.
MAX_TAIL_LINES = 60
MAX_TAIL_STEPS = 1000  # blank lines included
_LONG_LINE = 400  # longer lines are never an exact marker or a share bar ...
_HEAD_CHARS = 200  # ... and their first characters decide a prefix marker

_DIACRITICS = re.compile("[\u0640\u064b-\u065f\u0670]")
_COUNTER = re.compile(r"\(\s*[0-9\u0660-\u0669]*\s*\)|\[\s*[0-9\u0660-\u0669]*\s*\]")
_SHARE_SPLIT = re.compile(r"[\s|•·/\\,،:\-–—]+")
_HAS_ALNUM = re.compile(r"[^\W_]")
_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """Normalised chrome markers: exact lines, line prefixes, and share-bar words."""

    exact: frozenset[str]
    prefixes: tuple[str, ...]
    share_words: frozenset[str]


def normalise_line(line: str) -> str:
    """Lower-case, unify alef/ya/ta-marbuta forms, drop tashkil, counters and edge punctuation/emoji."""
    line = _DIACRITICS.sub("", line).translate(_ALEF).lower()
    if "(" in line or "[" in line:
        line = _COUNTER.sub(" ", line)
    first = _HAS_ALNUM.search(line)
    if first is None:
        return ""
    # edge junk: everything before the first and after the last letter or digit (a regex anchored at the end
    # would be tried at every position of the line)
    end = len(line)
    while not line[end - 1].isalnum():
        end -= 1
    return " ".join(line[first.start() : end].split())


@functools.cache
def boilerplate() -> Boilerplate:
    """Load ``data/boilerplate.yaml`` once."""
    try:
        raw = yaml.safe_load(BOILERPLATE_PATH.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeError(f"cannot read {BOILERPLATE_PATH}: {exc}; reinstall marsad or fix the file") from None
    markers = raw.get("trailing_markers") if isinstance(raw, dict) else None
    words = raw.get("share_words", []) if isinstance(raw, dict) else None
    if not isinstance(markers, list) or not isinstance(words, list):
        raise KnowledgeError(f"{BOILERPLATE_PATH} needs lists 'trailing_markers' and 'share_words'; fix the file")
    exact: set[str] = set()
    prefixes: list[str] = []
    for marker in markers:
        text = str(marker)
        if text.endswith("*"):
            prefixes.append(_DIACRITICS.sub("", text[:-1]).translate(_ALEF).lower().strip())
        else:
            exact.add(normalise_line(text))
    return Boilerplate(frozenset(exact), tuple(prefixes), frozenset(normalise_line(str(w)) for w in words))


def is_chrome_line(line: str) -> bool:
    """True for a line that is page chrome: a marker, a lone number or symbol run, or a share bar."""
    stripped = line.strip()
    if not stripped:
        return False
    counted = _COUNTER.sub("", stripped) if "(" in stripped or "[" in stripped else stripped
    if not _HAS_ALNUM.search(stripped) or counted.strip().isdigit():
        return True
    bp = boilerplate()
    if len(stripped) > _LONG_LINE:
        # a paragraph: only a prefix marker ("جميع الحقوق محفوظة ...") can make it chrome, so normalising its head
        # is enough (the usual last line of a report is long, and this runs on every report)
        return _opens_with_marker(stripped)
    norm = normalise_line(stripped)
    if not norm or norm.isdigit() or norm in bp.exact:
        return True
    if any(_starts_with(norm, prefix) for prefix in bp.prefixes):
        return True
    words = [w for w in _SHARE_SPLIT.split(norm) if w]
    return bool(words) and all(w in bp.share_words for w in words)


def chrome_start(text: str) -> int:
    """Offset where the trailing chrome block begins (``len(text)`` when there is none).

    Walks back from the end over blank and chrome lines. Short non-chrome lines (headlines in a "most read" list)
    are dropped only when a chrome line sits above them and more text is kept than dropped. A long line, the first
    line of the text, or the look-back limit ends the walk.
    """
    cut = len(text)
    listed = 0  # characters of short non-chrome lines below the current candidate
    seen = 0
    end = len(text.rstrip())
    first = len(text) - len(text.lstrip())  # offset of the first non-blank character
    steps = 0
    while end > 0 and seen < MAX_TAIL_LINES and steps < MAX_TAIL_STEPS:
        steps += 1
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        end = start - 1
        stripped = line.strip()
        if not stripped:
            continue
        seen += 1
        if start <= first:
            break  # never cut away the first line
        if is_chrome_line(line):
            if listed and start - first < listed:
                break
            cut = start
            listed = 0
        elif len(stripped) <= MAX_LISTED_LINE_CHARS:
            listed += len(stripped)
        else:
            break
    return _inline_tail(text, _trim_end(text, cut))


_SENTENCE_END = re.compile(r"[.!؟?]\s+")


def _inline_tail(text: str, cut: int) -> int:
    """A prefix marker glued to the last sentence of the body ("... جزيرة الخالدية. رابط الخبر بصحيفة الوئام: ...",
    "... جنوبي الرمادي. سمات التحالف الدولي. داعش غارة"): cut before it too. The glued block is one of the short
    tails after the line's sentence ends, tried from the shortest."""
    line_start = text.rfind("\n", 0, cut) + 1
    for end in reversed(list(_SENTENCE_END.finditer(text, line_start, cut))):
        tail = end.end()
        if cut - tail > MAX_LISTED_LINE_CHARS:
            break
        if _opens_with_marker(text[tail:cut]):
            return _trim_end(text, tail)
    return cut


def _starts_with(norm: str, prefix: str) -> bool:
    """``norm`` begins with ``prefix`` as whole words ("سمات" is not the start of "سماتها")."""
    return norm.startswith(prefix) and (
        len(norm) == len(prefix) or not prefix[-1].isalnum() or not norm[len(prefix)].isalnum()
    )


def _opens_with_marker(text: str) -> bool:
    """``text`` begins with a prefix marker ("جميع الحقوق محفوظة ...", "رابط الخبر ...")."""
    head = normalise_line(text[:_HEAD_CHARS])
    return bool(head) and any(_starts_with(head, prefix) for prefix in boilerplate().prefixes)


def _trim_end(text: str, cut: int) -> int:
    return len(text[:cut].rstrip())


def strip_trailing_chrome(text: str) -> str:
    """``text`` cut before its trailing chrome block, without trailing whitespace; a prefix of the input."""
    return text[: chrome_start(text)]


def detect_title(text: str) -> str | None:
    """The first line as a title when short and followed by a blank line or repeated as the next paragraph."""
    lines = text.lstrip().split("\n", 3)
    if len(lines) < 2:
        return None
    first = lines[0].strip()
    if not first or len(first) > MAX_TITLE_CHARS:
        return None
    second = lines[1].strip()
    if not second:
        return first if any(line.strip() for line in lines[2:]) else None
    return first if second == first else None
