"""docs/api.md documents every setting of ``marsad serve`` / ``marsad export`` and nothing that does not exist."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import typer.main

from marsad.cli import app

ROOT = Path(__file__).resolve().parent.parent
DOC = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
SRC = ROOT / "src" / "marsad"


def _settings_rows() -> list[str]:
    section = DOC.split("## Settings", 1)[1]
    return [line.split("|")[1].strip() for line in section.splitlines()
            if line.startswith("| ") and not line.startswith(("| setting", "| ---"))]


def _command(name: str) -> Any:
    group: Any = typer.main.get_command(app)
    cmd = group.commands.get(name)
    assert cmd is not None, name
    return cmd


def _options(name: str) -> set[str]:
    return {opt for p in _command(name).params for opt in p.opts if opt.startswith("--")}


def test_documented_options_exist() -> None:
    for row in _settings_rows():
        m = re.match(r"`marsad (\w+) (--[\w-]+)", row)
        if m:
            assert m.group(2) in _options(m.group(1)), row


def test_every_option_is_documented() -> None:
    documented = {(m.group(1), m.group(2)) for row in _settings_rows()
                  if (m := re.match(r"`marsad (\w+) (--[\w-]+)", row))}
    for cmd in ("serve", "export"):
        for opt in _options(cmd) - {"--help"}:
            assert (cmd, opt) in documented, f"marsad {cmd} {opt} is not in docs/api.md's settings"


def test_documented_environment_variables_are_read() -> None:
    code = "\n".join(p.read_text(encoding="utf-8") for p in SRC.rglob("*.py"))
    envs = [m.group(1) for row in _settings_rows() if (m := re.match(r"`(MARSAD_\w+)`", row))]
    assert {"MARSAD_DB_URL", "MARSAD_API_TOKEN"} <= set(envs)
    for env in envs:
        assert re.search(rf"""["']{env}["']""", code), f"{env} is documented but never read"


def test_documented_endpoints_exist() -> None:
    from marsad.api import create_app

    def norm(path: str) -> str:
        return re.sub(r"\{[^}]*\}", "{}", path)

    routes = {(m, norm(r.path)) for r in create_app("sqlite:///unused.sqlite", None).routes
              for m in getattr(r, "methods", None) or ()}
    table = DOC.split("## Endpoints", 1)[1].split("###", 1)[0]
    for method, path in re.findall(r"^\| `(GET|POST) (/[^`?]*)", table, re.M):
        assert (method, norm(path)) in routes, (method, path)


def test_limits_match_the_code() -> None:
    from marsad.api.query import DEFAULT_LIMIT, MAX_LIMIT

    assert f"default {DEFAULT_LIMIT}, at most {MAX_LIMIT}" in DOC
