"""The on-disk cache of the compiled knowledge base: used, refreshed and pruned."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from marsad.knowledge import loader


def _touch(path: Path, age_s: float) -> Path:
    path.write_bytes(b"x")
    t = time.time() - age_s
    os.utime(path, (t, t))
    return path


def test_prune_keeps_the_most_recently_used_versions(tmp_path: Path) -> None:
    files = [_touch(tmp_path / f"kb-{i}.pickle", age_s=100 * i) for i in range(6)]
    stale = _touch(tmp_path / "kb-old.123.tmp", age_s=2 * 3600)
    fresh = _touch(tmp_path / "kb-new.456.tmp", age_s=10)  # another process may be writing it right now
    other = _touch(tmp_path / "notes.txt", age_s=10**6)
    removed = loader.prune_cache(tmp_path, keep=4)
    assert sorted(removed) == sorted([files[4], files[5], stale])
    assert all(p.exists() for p in [*files[:4], fresh, other])


def test_a_new_version_prunes_the_oldest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("MARSAD_NO_CACHE", raising=False)
    cache = tmp_path / "marsad"
    cache.mkdir()
    old = [_touch(cache / f"kb-{i:040d}.pickle", age_s=1000 + i) for i in range(loader.CACHE_KEEP + 2)]
    loader.get_knowledge.cache_clear()
    try:
        kb = loader.get_knowledge()
    finally:
        loader.get_knowledge.cache_clear()
    current = cache / f"kb-{kb.data_hash}.pickle"
    assert current.exists()
    left = sorted(cache.glob("kb-*.pickle"))
    assert len(left) == loader.CACHE_KEEP and current in left
    assert set(left) - {current} == set(old[: loader.CACHE_KEEP - 1])  # the newest of the old ones stay


def test_a_cache_hit_marks_the_version_as_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("MARSAD_NO_CACHE", raising=False)
    loader.get_knowledge.cache_clear()
    try:
        kb = loader.get_knowledge()
        path = tmp_path / "marsad" / f"kb-{kb.data_hash}.pickle"
        t = time.time() - 10**5
        os.utime(path, (t, t))
        loader.get_knowledge.cache_clear()
        assert loader.get_knowledge().data_hash == kb.data_hash
    finally:
        loader.get_knowledge.cache_clear()
    assert path.stat().st_mtime > t + 10**4


def test_the_cache_key_covers_the_code_that_compiles_the_knowledge(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A cached knowledge base built by older matcher or date code is stale even when the data files are the same."""
    from marsad.knowledge import loader

    builder = tmp_path / "builder.py"
    builder.write_text("A = 1\n", encoding="utf-8")
    monkeypatch.setattr(loader, "_BUILDERS", (builder,))
    before = loader.data_hash(loader.DATA_DIR)
    builder.write_text("A = 2\n", encoding="utf-8")
    assert loader.data_hash(loader.DATA_DIR) != before
