"""Every knowledge file validates against its schema, and a broken file gives a numbered, clear error."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from marsad.errors import KnowledgeError
from marsad.knowledge.loader import DATA_DIR, load_knowledge
from marsad.text.normalise import normalise


def test_packaged_knowledge_loads() -> None:
    kb = load_knowledge(DATA_DIR)
    assert len(kb.sub_event_types) == 25
    assert {"isis", "syria-military", "sdf", "hts", "pmf", "civilians", "unidentified"} <= set(kb.actors)
    assert {"amaq", "sana", "sohr"} <= set(kb.sources)
    assert kb.countries["SY"].iso_numeric == 760 and kb.countries["IQ"].iso_numeric == 368


def test_alias_belongs_to_one_actor() -> None:
    kb = load_knowledge(DATA_DIR)
    owner: dict[str, str] = {}
    for a in kb.actors.values():
        for al in a.aliases:
            key = normalise(al.text)
            assert owner.setdefault(key, a.id) == a.id, f"{al.text!r} is an alias of {owner[key]} and {a.id}"


def test_partisan_names_map_to_one_actor(kb) -> None:  # type: ignore[no-untyped-def]
    m = kb.matchers["actors"]
    ids = {m.find(normalise(name))[0].value[0] for name in ("ميليشيا أسد", "الجيش العربي السوري", "قوات النظام")}
    assert ids == {"syria-military"}


@pytest.mark.parametrize(
    ("filename", "breakage", "code"),
    [
        ("actors.yaml", "actors:\n  - id: Bad Id\n    names: []\n    inter: 9\n", "E203"),
        ("triggers.yaml", "version: 1\nsub_event_types: []\ntriggers: []\n", "E203"),
        ("sources.yaml", "version: [unclosed\n", "E202"),
    ],
)
def test_broken_file_is_reported(tmp_path: Path, filename: str, breakage: str, code: str) -> None:
    d = tmp_path / "data"
    shutil.copytree(DATA_DIR, d)
    (d / filename).write_text("version: 1\n" + breakage if filename == "actors.yaml" else breakage, encoding="utf-8")
    with pytest.raises(KnowledgeError) as exc:
        load_knowledge(d)
    assert exc.value.code == code
    assert filename in str(exc.value)


def test_missing_file_is_reported(tmp_path: Path) -> None:
    d = tmp_path / "data"
    shutil.copytree(DATA_DIR, d)
    (d / "lexicon.yaml").unlink()
    with pytest.raises(KnowledgeError) as exc:
        load_knowledge(d)
    assert exc.value.code == "E201"


@pytest.mark.parametrize(
    ("name", "old", "new", "unknown"),
    [
        ("actors.yaml", "members: [hamas, pij]", "members: [hamas, no-such-actor]", "no-such-actor"),  # a camp
        ("sources.yaml", "theatre: {SY: white-helmets}", "theatre: {SY: no-such-source}", "no-such-source"),
        ("lexicon.yaml", "forces: russia-military", "forces: no-such-actor", "no-such-actor"),  # a nationality
    ],
)
def test_a_reference_to_an_unknown_id_is_reported(tmp_path: Path, name: str, old: str, new: str,
                                                  unknown: str) -> None:
    d = tmp_path / "data"
    shutil.copytree(DATA_DIR, d)
    text = (d / name).read_text(encoding="utf-8")
    assert old in text
    (d / name).write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(KnowledgeError) as exc:
        load_knowledge(d)
    assert exc.value.code == "E203" and unknown in str(exc.value)


@pytest.mark.parametrize(
    ("a", "b", "year", "foes"),
    [
        ("syria-military", "isis", 2018, True),
        ("tiger-forces", "hezbollah", 2018, False),  # a unit counts through its parent
        ("syria-military", "russia-military", 2018, False),
        ("syria-military", "hts", 2018, True),
        ("syria-military", "hts", 2025, False),  # camps have periods
        ("iraq-cts", "coalition", 2015, False),
        ("israel-air-force", "us-military", 2018, False),  # Israel and the Western states striking in Syria
        ("israel-military", "hezbollah", 2018, True),
        ("peshmerga", "iraq-military", 2015, False),
        ("peshmerga", "iraq-military", 2018, True),
        ("unidentified", "isis", 2018, False),  # unidentified groups side with no one
        ("protesters", "syria-military", 2018, False),  # not armed
    ],
)
def test_camps_tell_adversaries(kb, a: str, b: str, year: int, foes: bool) -> None:  # type: ignore[no-untyped-def]
    assert kb.adversaries(a, b, year) is foes
    assert kb.adversaries(b, a, year) is foes


def test_a_key_given_twice_is_reported(tmp_path: Path) -> None:
    # plain YAML keeps the last of two "anaphora:" lines and silently drops the first list
    d = tmp_path / "data"
    shutil.copytree(DATA_DIR, d)
    text = (d / "actors.yaml").read_text(encoding="utf-8")
    text = text.replace('    anaphora: ["الحزب"]\n', '    anaphora: ["الحزب"]\n    anaphora: ["الجماعة"]\n', 1)
    (d / "actors.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeError) as exc:
        load_knowledge(d)
    assert exc.value.code == "E202" and "anaphora" in str(exc.value) and "twice" in str(exc.value)
