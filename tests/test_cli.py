"""The command line: outputs, formats and bad input (one-line errors, documented exit codes, no traceback)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"
SEED = DATA / "seed-report-homs.txt"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "marsad", *args], input=stdin, capture_output=True, check=False,
                          timeout=120)


def test_extract_seed_json() -> None:
    p = run("extract", str(SEED), "--published", "2020-09-01")
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    assert set(out) == {"id", "document", "events", "background", "rejected"}
    assert out["document"]["published"] == "2020-09-01"
    assert out["document"]["chars"] > 1000
    assert out["rejected"] is None
    ev = out["events"][0]
    text = SEED.read_text(encoding="utf-8")
    for field, span in ev["evidence"].items():
        assert text[span["start"]:span["end"]] == span["text"], field
    for c in ev["claims"]:
        if c["evidence"]:
            assert text[c["evidence"]["start"]:c["evidence"]["end"]] == c["evidence"]["text"]


def test_extract_stdin_and_csv() -> None:
    p = run("extract", "-", "--published", "2020-09-01", "--format", "csv", stdin=SEED.read_bytes())
    assert p.returncode == 0, p.stderr
    rows = list(csv.reader(io.StringIO(p.stdout.decode("utf-8"))))
    assert rows[0][:3] == ["event_id_cnty", "event_date", "year"]
    assert rows[0][30] == "timestamp"
    assert len(rows) >= 2


def test_jsonl_bad_record_continues(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    lines = [
        json.dumps({"id": "a", "text": text, "published": "2020-09-01"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "c", "title": "no body"}),
        json.dumps({"id": "d", "text": "   "}),
        json.dumps({"id": "e", "text": "This is an English text about nothing in particular at all, really."}),
        json.dumps({"id": "f", "text": text, "date": "2020-09-01"}, ensure_ascii=False),
    ]
    f = tmp_path / "in.jsonl"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    p = run("extract", "--jsonl", str(f))
    assert p.returncode == 0, p.stderr
    outs = [json.loads(x) for x in p.stdout.splitlines()]
    assert [o["id"] for o in outs] == ["a", "line-2", "c", "d", "e", "f"]
    assert outs[0]["rejected"] is None and outs[0]["events"]
    assert [o["rejected"]["code"] for o in outs[1:5]] == ["E107", "E107", "E101", "E104"]
    assert outs[5]["rejected"] is None


@pytest.mark.parametrize(
    ("payload", "code", "exit_code"),
    [
        (b"", "E101", 3),
        (b"   \n\t  \n", "E101", 3),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "E102", 3),
        (b"The quick brown fox jumps over the lazy dog. " * 20, "E104", 3),
        (b"<html><body><div><script>var x=1;</script></div></body></html>", None, 3),
    ],
)
def test_bad_input_one_line(tmp_path: Path, payload: bytes, code: str | None, exit_code: int) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes(payload)
    p = run("extract", str(f))
    assert p.returncode == exit_code
    err = p.stderr.decode("utf-8").strip()
    assert len(err.splitlines()) == 1 and err.startswith("error E1"), err
    assert "Traceback" not in err
    if code:
        assert err.startswith(f"error {code}")


def test_too_large(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_bytes("قصف ".encode() * 3_000_000)
    p = run("extract", str(f))
    assert p.returncode == 3
    assert p.stderr.decode().startswith("error E105")


def test_missing_file_and_usage() -> None:
    p = run("extract", "/nonexistent/file.txt")
    assert p.returncode == 2 and p.stderr.decode().startswith("error E109")
    p = run("extract", str(SEED), "--published", "yesterday")
    assert p.returncode == 2 and p.stderr.decode().startswith("error E002")
    p = run("extract", str(SEED), "--format", "xml")
    assert p.returncode == 2


def test_undecodable_cp1256_is_read() -> None:
    p = run("extract", "-", "--published", "2020-09-01", stdin=SEED.read_text(encoding="utf-8").encode("cp1256",
                                                                                                         "ignore"))
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["events"]


def test_check_knowledge() -> None:
    p = run("check-knowledge")
    assert p.returncode == 0, p.stderr
    assert p.stdout.decode().startswith("ok:")


def test_jsonl_workers_give_the_same_output_in_order(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    lines = [json.dumps({"id": f"r{i}", "text": text, "published": "2020-09-01"}, ensure_ascii=False)
             for i in range(6)]
    lines.insert(3, "{broken")
    f = tmp_path / "in.jsonl"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    one = run("extract", "--jsonl", str(f))
    two = run("extract", "--jsonl", str(f), "--workers", "2")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
    ids = [json.loads(x)["id"] for x in two.stdout.splitlines()]
    assert ids == ["r0", "r1", "r2", "line-4", "r3", "r4", "r5"]
