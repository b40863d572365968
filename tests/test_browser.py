"""The dashboard in a real browser: Debian's Chromium driven by Playwright, against ``marsad serve``.

Skipped (with the reason) where /usr/bin/chromium or the playwright package is missing, unless
``MARSAD_REQUIRE_BROWSER=1`` (CI), where that is a failure. Never runs ``playwright install``.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.observatory_data import XSS_TITLE, build_db

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
SCREENSHOT = Path("/tmp/marsad-dashboard.png")
PANEL_SCREENSHOT = Path("/tmp/marsad-dashboard-panel.png")


def _need_browser() -> Any:
    required = os.environ.get("MARSAD_REQUIRE_BROWSER") == "1"
    problem = None
    if not Path(CHROMIUM).exists():
        problem = f"{CHROMIUM} is missing (apt-get install -y chromium)"
    else:
        try:
            from playwright.sync_api import sync_playwright
        except ImportError:
            problem = "the playwright package is missing (pip install -e '.[dev]')"
    if problem:
        if required:
            pytest.fail(f"MARSAD_REQUIRE_BROWSER=1 but {problem}")
        pytest.skip(f"browser test skipped: {problem}")
    return sync_playwright


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    _need_browser()
    url = build_db(tmp_path_factory.mktemp("browser") / "obs.sqlite")
    port = _free_port()
    env = {**os.environ, "MARSAD_API_TOKEN": ""}
    proc = subprocess.Popen([sys.executable, "-m", "marsad", "serve", "--db", url, "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(base + "/api/stats", timeout=1).read()
                break
            except OSError:
                if proc.poll() is not None:
                    out = proc.stdout.read().decode() if proc.stdout else ""
                    pytest.fail(f"marsad serve exited: {out}")
                time.sleep(0.1)
        else:
            pytest.fail("marsad serve did not answer in 15 s")
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def _json(url: str) -> Any:
    import json

    with urllib.request.urlopen(url, timeout=10) as r:
        return json.loads(r.read())


def _wait(page: Any, expression: str, timeout: float = 30.0) -> None:
    """Poll ``expression`` with page.evaluate (wait_for_function evaluates strings, which the page's CSP forbids)."""
    end = time.monotonic() + timeout
    while not page.evaluate(expression):
        if time.monotonic() > end:
            raise AssertionError(f"timed out waiting for {expression}")
        page.wait_for_timeout(100)


def _visible_marker(page: Any) -> Any:
    """The first event marker drawn inside the map's visible area, or None."""
    area = page.locator("#map").bounding_box()
    for m in page.locator("path.event-marker").all():
        box = m.bounding_box()
        if box and box["width"] > 2 and area["x"] + 40 < box["x"] < area["x"] + area["width"] - 20 \
                and area["y"] + 80 < box["y"] < area["y"] + area["height"] - 20:
            return m
    return None


def test_dashboard_in_chromium(server: str) -> None:
    sync_playwright = _need_browser()
    outside: list[str] = []
    problems: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})

            def guard(route: Any) -> None:
                if route.request.url.startswith((server, "data:")):
                    route.continue_()
                else:
                    outside.append(route.request.url)
                    route.abort()

            page.route("**/*", guard)
            page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
            page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
            page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))

            # 1. the page loads with every event on the map
            page.goto(server + "/")
            page.wait_for_selector("body[data-loaded]", state="attached", timeout=20000)
            total = _json(server + "/api/events?limit=1")["total_count"]
            assert page.evaluate("window.marsad.markerCount()") == total > 0
            assert page.text_content("#event-count") == str(total)
            assert page.locator("#map .leaflet-overlay-pane path").count() >= 20  # admin-1 basemap drawn
            assert page.locator("#timeline svg rect.bar").count() > 0
            page.wait_for_timeout(300)
            page.screenshot(path=str(SCREENSHOT))

            # 2. a filter changes the number of markers (and matches the API)
            battles = _json(server + "/api/events?event_type=Battles&limit=1")["total_count"]
            assert 0 < battles < total
            stamp = page.get_attribute("body", "data-loaded")
            page.select_option("#f-type", "Battles")
            _wait(page, f"document.body.getAttribute('data-loaded') !== '{stamp}'")
            assert page.evaluate("window.marsad.markerCount()") == battles
            assert page.text_content("#event-count") == str(battles)

            # ... and so do the governorate and date filters
            admin1 = _json(server + "/api/facets")["admin1"][0]
            both = _json(f"{server}/api/events?event_type=Battles&admin1={urllib.parse.quote(admin1)}&limit=1")
            stamp = page.get_attribute("body", "data-loaded")
            page.select_option("#f-admin1", admin1)
            _wait(page, f"document.body.getAttribute('data-loaded') !== '{stamp}'")
            assert page.evaluate("window.marsad.markerCount()") == both["total_count"] <= battles
            stamp = page.get_attribute("body", "data-loaded")
            page.select_option("#f-admin1", "")
            _wait(page, f"document.body.getAttribute('data-loaded') !== '{stamp}'")
            recent = _json(server + "/api/events?event_type=Battles&event_date=2020-01-01&event_date_where=>=&limit=1")
            stamp = page.get_attribute("body", "data-loaded")
            page.fill("#f-from", "2020-01-01")
            page.dispatch_event("#f-from", "change")
            _wait(page, f"document.body.getAttribute('data-loaded') !== '{stamp}'")
            # (filling the field and the change event may each start a load: under load the stamp can move on the
            # first while the markers of the second are still to come, so wait for the count, then assert it)
            _wait(page, f"window.marsad.markerCount() === {recent['total_count']}", timeout=10)
            assert page.evaluate("window.marsad.markerCount()") == recent["total_count"] <= battles
            stamp = page.get_attribute("body", "data-loaded")
            page.fill("#f-from", "")
            page.dispatch_event("#f-from", "change")
            _wait(page, f"document.body.getAttribute('data-loaded') !== '{stamp}'")
            _wait(page, f"window.marsad.markerCount() === {battles}", timeout=10)
            assert page.evaluate("window.marsad.markerCount()") == battles

            # ... and an answer that arrives late (an earlier filter's) never replaces the newer one
            page.evaluate("""() => { window.__fetch = window.fetch; window.fetch = (u, o) =>
                String(u).includes("event_date=2020") ? new Promise(r => setTimeout(r, 1500)).then(() => window.__fetch(u, o))
                                                      : window.__fetch(u, o); }""")
            page.fill("#f-from", "2020-01-01")
            page.dispatch_event("#f-from", "change")
            page.fill("#f-from", "")
            page.dispatch_event("#f-from", "change")
            page.wait_for_timeout(3000)  # the delayed, stale answer has arrived by now
            assert page.evaluate("window.marsad.markerCount()") == battles
            page.evaluate("() => { window.fetch = window.__fetch; }")

            # 3. clicking an event on the map opens its claims
            marker = _visible_marker(page)
            for _ in range(12):  # all clustered: zoom in on a cluster until a single marker shows
                if marker is not None:
                    break
                page.locator(".marker-cluster").first.click()
                page.wait_for_timeout(1000)  # the zoom animation (slower on a loaded machine)
                marker = _visible_marker(page)
            assert marker is not None, "no event marker became clickable"
            marker.click()
            page.wait_for_selector("#panel-body[data-event-id] h3", timeout=30000)
            assert page.is_visible("#panel")
            opened = page.get_attribute("#panel-body", "data-event-id")
            assert opened is not None
            detail = _json(f"{server}/api/events/{opened}")
            assert page.locator("#claims-table tr.claim-row").count() == len(detail["claims"]) > 0
            page.wait_for_selector("#panel .evidence-text[dir=rtl] mark.span", timeout=30000)

            # 4. a report with <script> and <img onerror> is shown as text and never runs
            page.select_option("#f-type", "")
            _wait(page, "window.marsad.markerCount() > 0")
            doc_ids = [r["id"] for r in detail["reports"]]
            hostile = None
            for i in range(1, 40):
                try:
                    d = _json(f"{server}/api/documents/{i}")
                except OSError:
                    continue
                if d["title"] == XSS_TITLE and d["events"]:
                    hostile = d
                    break
            assert hostile is not None and hostile["id"] not in doc_ids
            canon = next(e["canonical_id"] for e in hostile["events"] if e["canonical_id"])
            page.evaluate(f"window.marsad.openEvent({canon})")
            page.wait_for_selector(f"#panel-body[data-event-id='{canon}'] .evidence-text", timeout=30000)
            page.wait_for_timeout(300)
            panel_text = page.text_content("#panel")
            assert "<script>" in panel_text and "onerror" in panel_text
            assert page.locator("#panel img, #panel script, #panel b").count() == 0
            assert page.evaluate("typeof window.__xss") == "undefined"
            page.screenshot(path=str(PANEL_SCREENSHOT))

            # 5. Arabic labels, right to left
            page.click("#lang-toggle")
            assert page.get_attribute("html", "dir") == "rtl"
            assert page.text_content("[data-i18n=event_type]") == "نوع الحدث"
            page.click("#lang-toggle")
            assert page.get_attribute("html", "dir") == "ltr"

            # 6. the API docs work offline too
            page.goto(server + "/docs")
            page.wait_for_selector(".swagger-ui .opblock", timeout=20000)
        finally:
            browser.close()
    assert outside == [], f"requests left the server: {outside}"
    assert problems == [], problems
