"""Event assembly: roles, claims by source, background, merging, ACLED conventions."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import extract_text


def only(result: dict, **want: object) -> list[dict]:
    return [e for e in result["events"] if all(e.get(k) == v for k, v in want.items())]


def test_agent_and_target_frames() -> None:
    r = extract_text("شنت طائرات التحالف الدولي غارات جوية على مواقع لتنظيم داعش في مدينة الرقة أمس، ما أدى إلى مقتل 15 عنصرا.")
    ev = only(r, sub_event_type="Air/drone strike")[0]
    assert ev["actor1_id"] == "coalition" and ev["actor2_id"] == "isis"
    assert ev["fatalities"] == 15 and ev["event_date"] == "2020-08-31"
    assert ev["interaction"] == 28 and ev["inter1"] == 8 and ev["inter2"] == 2


def test_civilian_victims_are_actor2_and_vac_for_attacks() -> None:
    r = extract_text("قتل مسلحون مجهولون خمسة مدنيين بينهم طفلان في هجوم على قرية قرب مدينة الباب بريف حلب.")
    ev = r["events"][0]
    assert ev["actor2_id"] == "civilians"
    assert ev["civilian_targeting"] == "Civilian targeting"
    assert ev["fatalities"] == 5


def test_figures_keep_their_source() -> None:
    text = ("قال المرصد السوري لحقوق الإنسان إن 12 مدنيا قتلوا في غارة على بلدة سراقب بريف إدلب اليوم، "
            "بينما ذكرت وكالة سانا أن الغارة قتلت 20 إرهابيا.")
    r = extract_text(text)
    ev = r["events"][0]
    figures = {(c["source_id"], c["killed_min"]) for c in ev["claims"]}
    assert ("sohr", 12) in figures
    assert ev["fatalities"] == 12 and ev["fatalities_high"] == 20


def test_background_recap_is_not_a_new_event() -> None:
    text = ("قتل ثلاثة جنود في انفجار لغم أرضي قرب مدينة تدمر أمس. "
            "وقتل عشرات العناصر من قوات النظام في هجمات للتنظيم في بادية دير الزور خلال الأشهر الماضية.")
    r = extract_text(text)
    assert all(e["admin1"] != "Deir ez-Zor" for e in r["events"])
    assert any(e["admin1"] == "Deir ez-Zor" for e in r["background"])
    assert all(e["is_background"] for e in r["background"])


def test_explicit_old_date_is_background() -> None:
    r = extract_text("قصفت الطائرات مدينة دوما في 7 نيسان 2018 ما أدى لمقتل 40 مدنيا.")
    assert not r["events"] and r["background"]


def test_same_incident_told_twice_is_one_event_with_two_claims() -> None:
    text = ("داعش يتبنى هجوما بعبوة ناسفة على رتل للجيش السوري غرب مدينة السخنة\n\n"
            "أعلن تنظيم داعش مقتل 20 عنصرا من قوات النظام بتفجير عبوة ناسفة غرب مدينة السخنة الأحد. "
            "وقالت مصادر محلية إن الانفجار أسفر عن مقتل 9 عناصر.")
    r = extract_text(text)
    ieds = only(r, sub_event_type="Remote explosive/landmine/IED")
    assert len(ieds) == 1
    assert {c["killed_min"] for c in ieds[0]["claims"]} >= {20, 9}
    assert ieds[0]["fatalities"] == 9 and ieds[0]["fatalities_high"] == 20


def test_protest_and_arrests() -> None:
    r = extract_text("تظاهر مئات المحتجين أمام مبنى المحافظة في مدينة البصرة للمطالبة بتحسين الخدمات اليوم.")
    ev = r["events"][0]
    assert ev["event_type"] == "Protests" and ev["actor1_id"] == "protesters"
    r = extract_text("اعتقلت القوات العراقية عشرة مشتبهين في حي الكرادة ببغداد اليوم.")
    assert r["events"][0]["sub_event_type"] == "Arrests"


def test_no_event_in_statements_and_threats() -> None:
    assert not extract_text("هدد المسؤول بشن هجوم على مواقع التنظيم في الرقة إذا لم ينسحب مقاتلوه.")["events"]
    assert not extract_text("قال وزير الخارجية إن بلاده تدعم الحل السياسي في سوريا وتأمل عودة اللاجئين.")["events"]


def test_acled_columns_and_evidence_offsets() -> None:
    text = "قتل 7 جنود عراقيين في هجوم لداعش على نقطة عسكرية قرب مدينة حديثة غرب الأنبار أمس."
    r = extract_text(text)
    ev = r["events"][0]
    assert ev["iso"] == 368 and ev["country"] == "Iraq" and ev["region"] == "Middle East"
    assert ev["event_id_cnty"].startswith("IRQ")
    assert ev["year"] == 2020 and ev["time_precision"] == 1
    for span in ev["evidence"].values():
        assert text[span["start"]:span["end"]] == span["text"]


WORDS = ("قتل", "مقتل", "20", "عنصرا", "غارة", "على", "مدينة", "حلب", "ريف", "إدلب", "داعش", "قوات", "النظام", "أمس",
         "الأحد", "بحسب", "المرصد", "السوري", "وقالت", "مصادر", "إن", "،", ".", "\n", "العشرات", "عبوة", "ناسفة", "غرب",
         "قرية", "التنظيم", "كان", "قد", "منذ", "2019", "اشتباكات", "بين", "و", "في", "تموز", "15", "وإصابة", "عنصرين")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=20, max_size=120))
def test_pipeline_never_crashes_and_offsets_hold(words: list[str]) -> None:
    text = " ".join(words)
    r = extract_text(text)
    for ev in [*r["events"], *r["background"]]:
        for span in ev["evidence"].values():
            assert text[span["start"]:span["end"]] == span["text"]
        assert ev["fatalities"] >= 0
        assert ev["fatalities_low"] <= max(ev["fatalities_high"], ev["fatalities_low"])


def test_confidence_reflects_the_evidence() -> None:
    dated = extract_text("قصفت طائرات التحالف مدينة الرقة أمس ما أدى إلى مقتل 5 عناصر من داعش.")["events"][0]
    undated = extract_text("شنت طائرات التحالف غارات جوية على مدينة الرقة.", published=None)["events"][0]
    assert dated["confidence"] > undated["confidence"]
