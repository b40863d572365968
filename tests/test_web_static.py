"""The dashboard's files: no external URL anywhere, vendored libraries with licences, no HTML built from data."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STATIC = ROOT / "src" / "marsad" / "web" / "static"
VENDOR = STATIC / "vendor"
#: links a vendored library shows (never loads): Leaflet's attribution prefix (the dashboard turns it off)
LINKS = ("https://leafletjs.com",)
LOCAL = ("http://localhost", "https://localhost", "http://127.0.0.1", "https://127.0.0.1")
#: XML namespace identifiers: names, never fetched
NAMESPACES = ("http://www.w3.org/2000/svg", "http://www.w3.org/1999/xhtml", "http://www.w3.org/1999/xlink",
              "http://www.w3.org/1998/Math/MathML", "http://www.w3.org/XML/1998/namespace",
              "http://www.w3.org/2000/xmlns/")
OWN_FILES = ("index.html", "docs.html", "app.js", "docs-init.js", "app.css")


def _urls(text: str) -> list[str]:
    return [u for u in re.findall(r"https?://[^\s\"'`)<>\\]*", text)
            if not u.startswith(LOCAL) and not u.startswith(NAMESPACES)]


def test_own_files_have_no_external_url() -> None:
    for name in OWN_FILES:
        text = (STATIC / name).read_text(encoding="utf-8")
        assert _urls(text) == [], name
        # protocol-relative references would load from outside too
        assert not re.search(r"""(?:src|href)\s*=\s*["']//""", text), name
        assert "@import" not in text, name


def _is_comment_or_licence(line: str) -> bool:
    s = line.strip()
    return s.startswith(("/*", "*", "//", "<!--", "#")) or "@license" in s or "@preserve" in s


def test_vendored_files_load_nothing_from_outside() -> None:
    """Vendor bundles mention URLs in strings (docs links, regex tests); none may be a load: src/href/url()/import."""
    loads = re.compile(r"""(?:\bsrc\s*=\s*|\bhref\s*=\s*|url\(\s*|@import\s+|importScripts\(\s*|sourceMappingURL=)"""
                       r"""["']?(https?:)?//""", re.I)
    for path in VENDOR.rglob("*"):
        if path.suffix not in (".js", ".css", ".html"):
            continue
        for lineno, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            if _is_comment_or_licence(line):
                continue
            m = next((m for m in loads.finditer(line)
                      if not any(line.startswith(u, m.end() - len(u.split("//")[0]) - 2) for u in LINKS)), None)
            assert m is None, f"{path.relative_to(STATIC)}:{lineno}: {line[max(0, m.start() - 40):m.end() + 60]}"


def test_small_vendored_files_have_urls_only_in_comments() -> None:
    """Leaflet and markercluster: every http(s) URL is a licence/comment line or Leaflet's attribution link."""
    for lib in ("leaflet-1.9.4", "leaflet.markercluster-1.5.3"):
        for path in (VENDOR / lib).glob("*.*"):
            if path.suffix not in (".js", ".css"):
                continue
            for line in path.read_text(encoding="utf-8").splitlines():
                found = [u for u in _urls(line) if u != "https://leafletjs.com"]
                if found:
                    assert _is_comment_or_licence(line) or "/*" in line, (path.name, found)


def test_vendored_libraries_are_versioned_and_licensed() -> None:
    dirs = [d for d in VENDOR.iterdir() if d.is_dir()]
    assert {d.name.rsplit("-", 1)[0] for d in dirs} >= {"leaflet", "leaflet.markercluster", "swagger-ui-dist"}
    for d in dirs:
        assert re.fullmatch(r"[a-z.-]+-\d+\.\d+\.\d+", d.name), d.name
        assert any(p.name.upper().startswith("LICEN") or p.name.startswith("MIT-LICEN") for p in d.iterdir()), d


def test_index_references_exist() -> None:
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    refs = re.findall(r'(?:src|href)="/static/([^"]+)"', html)
    assert refs
    for ref in refs:
        assert (STATIC / ref).is_file(), ref


def test_app_never_writes_html_from_strings() -> None:
    js = (STATIC / "app.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function",
                 "setHTML", "createContextualFragment"):
        assert sink not in js, sink
    # Leaflet tooltips/popups built from strings would be parsed as HTML: only DOM nodes are passed
    for call in re.findall(r"bind(?:Tooltip|Popup)\(([^)]*)\)", js):
        assert not call.strip().startswith(("\"", "'", "`")), call
