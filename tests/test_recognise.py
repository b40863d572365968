"""Unit tests of the recognisers (each stage on small real-looking sentences)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from marsad.ingest import read_document
from marsad.pipeline import recognise
from marsad.recognise.context import Context


def ctx_of(text: str, published: str = "2020-09-01") -> Context:
    doc = read_document(text.encode("utf-8"), published=dt.date.fromisoformat(published))
    return recognise(doc)


def values(ctx: Context, kind: str) -> list[Any]:
    return [s.value for s in ctx.spans.get(kind, [])]


def test_spans_point_into_the_original_text() -> None:
    text = "قُتِلَ عشرون عنصراً من قوات النِّظام في هجومٍ لتنظيم داعش غرب مدينة السخنة بريف حمص."
    ctx = ctx_of(text)
    for spans in ctx.spans.values():
        for s in spans:
            assert text[s.start:s.end] == s.text


def test_triggers_map_to_acled_sub_event_types() -> None:
    ctx = ctx_of("شنت طائرات حربية غارات جوية على مدينة إدلب، وانفجرت عبوة ناسفة في درعا، واندلعت اشتباكات في حلب.")
    subs = set(values(ctx, "trigger"))
    assert {"Air/drone strike", "Remote explosive/landmine/IED", "Armed clash"} <= subs
    # "هجمات تفجيرية" (bombing attacks) are bombings, not a bare attack word
    ctx = ctx_of("أسفرت هجمات تفجيرية في مدينة السويداء عن مقتل 215 شخصا.")
    assert values(ctx, "trigger") == ["Remote explosive/landmine/IED"]


def test_a_generic_word_gives_way_to_the_name_it_begins() -> None:
    # "قوات الجيش" alone is an anaphor; "قوات الجيش العراقي" names the Iraqi army, "قوات الجيش الحر" the FSA
    ctx = ctx_of("قالت مصادر إن قوات الجيش العراقي هاجمت مواقع تنظيم داعش في الرمادي، وإن قوات الجيش الحر "
                 "قاتلت في درعا، وإن قوات الشرطة الاتحادية انتشرت في كركوك.")
    assert values(ctx, "actor") == ["iraq-military", "isis", "syrian-opposition", "iraq-federal-police"]


def test_partisan_names_and_anaphora_map_to_one_actor() -> None:
    ctx = ctx_of("هاجمت ميليشيا أسد مواقع داعش. وقال الجيش العربي السوري إن قوات النظام تقدمت. ورد التنظيم بهجوم.")
    assert values(ctx, "actor") == ["syria-military", "isis", "syria-military", "syria-military", "isis"]


def test_a_demonstrative_points_back_to_the_name_that_holds_its_noun() -> None:
    """"هذا الجيش" after "جيش الفتح" is that army, not the state's; "هذه القوات" matches no name alone but points back
    to the last name that used its noun ("قوات سوريا الديمقراطية"); after an unnamed "قوات عسكرية" it points nowhere."""
    ctx = ctx_of("سيطر جيش الفتح على المشيك. وهاجم هذا الجيش حاجزا لقوات النظام في حلفايا.")
    assert values(ctx, "actor") == ["jaysh-al-fath", "jaysh-al-fath", "syria-military"]
    assert [s.text for s in ctx.spans["actor"]][1] == "هذا الجيش"
    ctx = ctx_of("سيطرت قوات سوريا الديمقراطية على الشدادي. وهاجمت هذه القوات مواقع داعش في مركدة.")
    assert values(ctx, "actor") == ["sdf", "sdf", "isis"]
    ctx = ctx_of("سيطرت قوات سوريا الديمقراطية على الشدادي. وتحركت قوات عسكرية كبيرة إلى مركدة. وهاجمت هذه القوات "
                 "مواقع داعش في مركدة.")
    assert values(ctx, "actor") == ["sdf", "isis"]


def test_anaphor_without_antecedent_is_ignored() -> None:
    ctx = ctx_of("قال التنظيم في بيان إنه سيواصل العمل.")
    assert "isis" not in values(ctx, "actor")


def test_places_with_direction_and_countryside_modifiers() -> None:
    ctx = ctx_of("وقع الهجوم غرب مدينة السخنة بريف حمص.")
    places = ctx.spans["place"]
    sukhnah = next(p for p in places if ctx.kb.places[p.value].name_en == "As Sukhnah")
    assert sukhnah.attrs["precision"] == 2 and "direction" in sukhnah.attrs["modifiers"]
    homs = next(p for p in places if ctx.kb.places[p.value].admin1_en == "Homs" and p is not sukhnah)
    assert homs.attrs["reference"] is True


def _place_names(text: str) -> list[str]:
    ctx = ctx_of(text)
    return [ctx.kb.places[p.value].name_en for p in ctx.spans.get("place", [])]


def test_bare_names_abroad_are_the_famous_town_or_nothing() -> None:
    """World towns named by a bare word: never a namesake, a village that is a common word or a country."""
    # Moscow (a capital named for its government) is not Mesquite, Texas, even when the US is named
    assert "Mesquite" not in _place_names("قالت الولايات المتحدة إن موسكو مسؤولة عن القصف.")
    assert not _place_names("انتقدت إيران ولبنان القصف الأمريكي.")  # the country, not Lebanon, Pennsylvania
    # a preposition that is also an Iranian village (Asfal)
    assert not _place_names("قال مسؤول في إيران إن عبوة وضعت أسفل السيارة.")
    # "ف" + "رانس" is not Reims
    assert not _place_names("وقالت فرنسا لوكالة فرانس برس إن الضحايا مدنيون.")
    # a real town of some size is still placed when its country is named
    assert "Tunceli" in _place_names("قتل شرطيان في هجوم في تونجلي شرق تركيا.")


def test_a_country_is_named_by_its_forces() -> None:
    """Towns abroad count when their country is named; "الجيش التركي" names Turkey."""
    text = "أعلن الجيش التركي مقتل 23 عنصرا من حزب العمال الكردستاني في هجوم على مواقعهم جنوب ولاية شانلي أورفة."
    assert "Şanlıurfa" in _place_names(text)


def test_a_governor_names_his_province() -> None:
    assert "Saladin" in _place_names("وأكد نائب محافظ صلاح الدين أن الهجوم وقع فجر السبت.")


def test_a_name_that_starts_with_its_own_place_word_is_cued() -> None:
    """"القدم" (the foot) needs a place word; "حي القدم" carries one."""
    assert "Al-Qadam" in _place_names("سيطر تنظيم داعش على حي القدم جنوب دمشق أمس.")
    assert "Al-Qadam" not in _place_names("أصيب اللاعب في القدم خلال المباراة في دمشق.")


def test_a_capital_abroad_named_as_a_place() -> None:
    """"أنقرة" alone is the Turkish government; "في العاصمة التركية أنقرة" is the city."""
    text = "أبطل خبراء متفجرات في تركيا مفعول عبوة ناسفة قرب مبنى حزب في العاصمة التركية أنقرة."
    assert "Ankara" in _place_names(text)
    assert "Ankara" not in _place_names("وقالت أنقرة إن تركيا سترد على الهجوم.")


def test_common_words_that_name_villages_need_a_place_word() -> None:
    assert not _place_names("قال لافروف إن الضربات لم تتجاوز الخطوط الحمراء في الوقت الحاضر.")
    assert "Al-Hadher" in _place_names("قتل عشرة عناصر في اشتباكات في بلدة الحاضر بريف حلب الجنوبي.")


def test_ambiguous_place_needs_a_cue() -> None:
    ctx = ctx_of("قال المسؤول إن الجيش يريد أن تدمر الأسلحة الكيميائية كلها قبل نهاية العام")
    assert not [p for p in ctx.spans.get("place", []) if ctx.kb.places[p.value].name_en == "Tadmur"]
    ctx = ctx_of("قتل جندي من قوات النظام في مدينة تدمر بريف حمص الشرقي")
    assert any(ctx.kb.places[p.value].name_en == "Tadmur" for p in ctx.spans["place"])


def test_an_ambiguous_name_called_a_place_once_is_a_place_after_a_preposition() -> None:
    """One sense per discourse: after "مدينة دوما", "على دوما" is the town, but "دوما" alone stays "always"."""
    text = ("نقلت مجموعات معارضة أخبارا عن هجوم على مدينة دوما السبت. وذكرت أن غازا ساما كان في البراميل التي "
            "أسقطت على دوما، وقالت إن النظام يكذب دوما.")
    ctx = ctx_of(text)
    starts = [p.attrs["name_ns"] for p in ctx.spans["place"] if ctx.kb.places[p.value].name_en == "Dūmā"]
    assert starts == [ctx.norm.index("مدينه دوما") + 6, ctx.norm.index("علي دوما") + 4]
    # no confirmation: the preposition alone does not make the common word a place ("الكرامة": dignity) ...
    ctx = ctx_of("وطالب المحتجون بالحرية والعدالة وقالوا إنهم لن يتخلوا عن الكرامة.")
    assert not [p for p in ctx.spans.get("place", []) if ctx.kb.places[p.value].name_en == "Al Karāmah"]
    # ... unless the other sense never follows one (lexicon ``preposition_places``: "دوما" is the adverb "always")
    ctx = ctx_of("وذكرت أن غازا ساما كان في البراميل التي أسقطت على دوما.")
    assert [ctx.kb.places[p.value].name_en for p in ctx.spans.get("place", [])] == ["Dūmā"]


def test_turkish_border_towns_and_provinces() -> None:
    """Arabic spellings GeoNames lacks ("كيليس", "شرناق") are aliases in places_extra.yaml; a short name abroad
    ("فان") counts only with its place word."""
    assert "Kilis" in _place_names("قتل عسكري تركي في صدام مع داعش قرب كيليس جنوب تركيا.")
    assert "Sirnak" in _place_names("قتل حزب العمال الكردستاني ثلاثة جنود أتراك في هجوم في اقليم شرناق جنوب شرق تركيا.")
    assert "Van" in _place_names("قتل جنديان في هجوم للمتمردين في إقليم فان شرق تركيا.")
    assert "Van" not in _place_names("وقال مسؤول في تركيا فان الهجوم لن يمر.")
    # the country named only by an adjective elsewhere in the report ("وسائل الإعلام التركية") still lets a cued town
    # of it count
    text = ("تم العثور على شرطيين قتلا برصاصة في الرأس في مدينة جيلان بينار على الحدود مع سوريا، "
            "بحسب وسائل الإعلام التركية.")
    assert "Ceylanpinar" in _place_names(text)
    assert "Ceylanpinar" not in _place_names(text.replace("التركية", "المحلية"))


def test_a_name_far_from_the_town_that_locates_it_is_no_town_of_the_gazetteer() -> None:
    """"حي الخالدية شمال حلب" is not Homs' Khalidiya: an unlisted place near Aleppo; a city is only oriented by a far
    one ("كركوك شمالي بغداد" stays Kirkuk)."""
    ctx = ctx_of("دارت اشتباكات على أطراف حي الخالدية شمال حلب بين قوات النظام وفصائل المعارضة.")
    assert "Al-Khalidiya (Homs)" not in [ctx.kb.places[p.value].name_en for p in ctx.spans.get("place", [])]
    assert "الخالدية" in [u.value for u in ctx.spans.get("place_unknown", [])]
    assert "Kirkuk" in _place_names("قتل 15 من عناصر داعش في غارات للتحالف جنوب غربي كركوك شمالي بغداد.")
    # a district is large: only oriented by the far city after it (Ba'aj lies 400 km north-west of Baghdad); a base
    # has one name in the country (al-Tanf lies 200 km south-west of Abu Kamal)
    assert "Al Ba‘āj" in _place_names("قتل 33 مسلحا بانفجار سيارة مفخخة في قضاء البعاج شمال غرب بغداد.")
    assert "Al-Tanf base" in _place_names("قصفت الطائرات القاعدة الأمريكية في التنف جنوب غربي البوكمال أمس.")


def test_a_capital_abroad_after_in_the_capital_is_the_city() -> None:
    """"اعتقلت الشرطة التركية 10 أشخاص في العاصمة أنقرة": the city, not its government; a bare "في موسكو" (where
    statements are made) still needs a place word."""
    assert "Ankara" in _place_names("واعتقلت الشرطة التركية 10 أشخاص في العاصمة أنقرة أمس.")
    assert "Moscow" not in _place_names("وقال المتحدث في موسكو إن الطائرات الروسية قصفت مواقع في إدلب أمس.")


def test_a_stretch_between_two_towns_names_both() -> None:
    """"منطقة حظر طيران من 90 كلم بين مدينتي مارع وجرابلس": a length between two towns, not a distance from them."""
    names = _place_names("وقصفت الطائرات منطقة من 90 كلم بين مدينتي مارع وجرابلس السوريتين أمس.")
    assert {"Māri‘", "Jarābulus"} <= set(names)
    assert "Baghdad" not in _place_names("قتل 5 جنود في هجوم على بعد 250 كلم شمال بغداد.")
    # read once: the far namesake made unlisted is not read again as an unlisted place
    spans = [(u.ns, u.ne) for u in ctx_of("قذائف أصابت سيارة في حي الخالدية شمال حلب.").spans.get("place_unknown", [])]
    assert len(spans) == len(set(spans)) == 1


def test_a_person_s_name_and_a_neighbourhood_namesake_are_no_towns() -> None:
    """"مواطنة تدعى رانية" is a woman, not Ranya; "حي المحمودية في عفرين" is a quarter of Afrin, not Mahmudiya of
    Baghdad (a city named as a neighbourhood is located by the town after it)."""
    text = "وقالت مواطنة تدعى رانية السبت إن قذائف أصابت سيارة في حي المحمودية في عفرين."
    assert _place_names(text) == ["‘Afrīn"]
    assert "المحمودية" in [u.value for u in ctx_of(text).spans.get("place_unknown", [])]
    assert "Al Maḩmūdīyah" in _place_names("قتل ثلاثة أشخاص في انفجار عبوة ناسفة في مدينة المحمودية جنوب بغداد.")


def test_article_on_a_name_without_one_is_another_word() -> None:
    """"البلد" (the country) is not the town of Balad, "الصدد" (the matter) not Sadad; names with the article match."""
    ctx = ctx_of("يحاول مقاتلو التنظيم التقدم في جنوب شرق البلد، وفي هذا الصدد قال مسؤول إن القصف طال مدينة بلد")
    names = [ctx.kb.places[p.value].name_en for p in ctx.spans.get("place", [])]
    assert names == ["Balad"]
    assert ctx.spans["place"][0].text == "مدينة بلد"
    ctx = ctx_of("قصفت الطائرات مدينة الرقة وللرقة أهمية كبيرة")
    assert [ctx.kb.places[p.value].name_en for p in ctx.spans["place"]] == ["Ar Raqqah", "Ar Raqqah"]


def test_unknown_village_is_kept_for_the_nearby_reference() -> None:
    ctx = ctx_of("قصفت الطائرات قرية الزعفرانة الصغرى بريف حلب الشمالي.")
    assert values(ctx, "place_unknown") == ["الزعفرانة الصغرى"]  # as the report spells it


def test_the_dateline_desk_is_not_a_place() -> None:
    ctx = ctx_of("أتلانتا، الولايات المتحدة الأمريكية (CNN) – تعرضت محافظة إدلب لقصف جوي روسي أمس.")
    assert [p.text for p in ctx.spans.get("place", [])] == ["محافظة إدلب"]


def test_a_colour_is_not_a_place() -> None:
    ctx = ctx_of("نشرت الوزارة خريطة تظهر داعش باللون الرمادي، وقتل 5 جنود في قصف على مدينة الرمادي.")
    assert [p.text for p in ctx.spans.get("place", [])] == ["مدينة الرمادي"]


def test_unknown_village_names_stop_at_words_that_are_no_name() -> None:
    cases = {
        "شنت قوات النظام غارات على قرية كفر عبيد التي تسيطر عليها المعارضة.": ["كفر عبيد"],
        "خطفوا الاثنين في بلدة خان بني زيد بمحافظة ديالى.": ["خان بني زيد"],
        "سيطرت القوات على قرية الزعرورة الواقعة في منطقة سهل الغاب.": ["الزعرورة"],
        "قتلوا أفراد أسرة في هجوم على منزلهم بقرية شمالي البلاد.": [],
        "غارات جوية على قرية يسيطر عليها تنظيم داعش.": [],
        "قتل 32 شخصا في تفجير في بلدة تركية على الحدود.": [],
        "قتل ثلاثة من أبناء البلدة المسيحية في القصف.": [],
    }
    for text, want in cases.items():
        assert values(ctx_of(text), "place_unknown") == want, text


def test_killed_figures_of_other_verbs() -> None:
    ctx = ctx_of("قال رائد صالح إن حوالي سبعين شخصا اختنقوا حتى الموت، وإن عشرة أشخاص ماتوا في المستشفى.")
    figs = [(f.value, f.attrs["acled"]) for f in ctx.spans["figure"]]
    assert ("killed", 70) in figs and ("killed", 10) in figs


def test_the_victim_between_the_verb_and_its_object_and_two_after_its_noun() -> None:
    """"لقي شخص مصرعه": one killed, the noun between "لقي" and "مصرعه"; "قتل إرهابيين اثنين": "two" after its noun."""
    ctx = ctx_of("وفي دمشق لقي شخص مصرعه بعد سقوط قذائف هاون أطلقتها فصائل مسلحة أمس.")
    assert [(f.value, f.attrs["acled"]) for f in ctx.spans["figure"]] == [("killed", 1)]
    ctx = ctx_of("تقدمت قوة من الشرطة الاتحادية قرب الخالدية ما أسفر عن قتل إرهابيين اثنين وتدمير عجلة.")
    assert [(f.value, f.attrs["acled"], f.attrs["category"]) for f in ctx.spans["figure"]] == [
        ("killed", 2, "combatant")]


def test_nubl_after_a_preposition_is_the_town() -> None:
    """"نبل" ("nobility") is flagged ambiguous in the gazetteer, but after a preposition it is always the town
    (lexicon.yaml preposition_places): "في نبل والزهراء", "نحو نبل"; with no preposition it still needs a cue."""
    for text in ("وقصفت فصائل معارضة مواقع للجيش النظامي في نبل الاثنين.", "وتقدمت قوات النظام نحو نبل."):
        assert [p.attrs["precision"] for p in ctx_of(text).spans.get("place", []) if "نبل" in p.text] == [1], text
    assert not [p for p in ctx_of("تحلى الرجل بنبل الأخلاق.").spans.get("place", []) if "نبل" in p.text]


def test_two_after_its_noun_after_the_subject() -> None:
    """"قتلت قوات الأمن متظاهرين اثنين": in VSO order the noun "two" counts comes after the subject, and the subject
    ("مسلحون مجهولون") is not the dead: two protesters killed, a lethal crackdown (not rioters)."""
    from tests.conftest import extract_text

    for text in ("قتلت قوات الأمن متظاهرين اثنين في الديوانية.", "قتل مسلحون مجهولون متظاهرين اثنين في الديوانية."):
        ctx = ctx_of(text)
        assert [(f.value, f.attrs["acled"], f.attrs["category"]) for f in ctx.spans["figure"]] == [
            ("killed", 2, "protester")], text
        r = extract_text(text, published="2018-07-21")
        assert [(e["sub_event_type"], e["actor2_id"], e["fatalities"]) for e in r["events"]] == [
            ("Excessive force against protesters", "protesters", 2)], text


def test_an_amount_after_wa_counts_the_next_noun() -> None:
    for text, killed in (("خلف الهجوم عشرات القتلى والعديد من الجرحى في مدينة دوما.", 12),
                         ("تسبب القصف بسقوط قتلى وعشرات الجرحى في مدينة دوما.", 3)):
        figs = [(f.value, f.attrs["acled"]) for f in ctx_of(text).spans["figure"]]
        assert ("killed", killed) in figs, (text, figs)


def test_figures_with_numbers_duals_and_vague_amounts() -> None:
    ctx = ctx_of("أسفر الهجوم عن مقتل 20 عنصرا وإصابة عنصرين، ومقتل العشرات من المدنيين، و15 قتيلا في حماة.")
    figs = [(f.value, f.attrs["low"], f.attrs["high"], f.attrs["acled"]) for f in ctx.spans["figure"]]
    assert ("killed", 20, 20, 20) in figs
    assert ("wounded", 2, 2, 2) in figs
    assert ("killed", 12, 99, 12) in figs
    assert ("killed", 15, 15, 15) in figs


def test_tolls_told_place_by_place() -> None:
    """"قتل ثلاثة مدنيين في كفرنبل، وخمسة في سراقب": the bare count after the first toll's place is more dead (of
    the same kind), and two places' tolls are not added up as one victims' list."""
    ctx = ctx_of("وقتل ثلاثة مدنيين في كفرنبل، وخمسة في سراقب واثنان في معرة النعمان جراء غارات جوية أمس.")
    assert [(f.value, f.attrs["acled"], f.attrs["category"]) for f in ctx.spans["figure"]] == [
        ("killed", 3, "civilian"), ("killed", 5, "civilian"), ("killed", 2, "civilian")]
    ctx = ctx_of("ما أسفر عن مقتل ثلاثة مدنيين في كفرنبل وخمسة مدنيين في سراقب جراء غارات جوية أمس.")
    assert [f.attrs["acled"] for f in ctx.spans["figure"]] == [3, 5]


def test_a_commander_killed_by_his_title_is_one() -> None:
    """"مقتل أمير التنظيم", 'مقتل “والي الصقلاوية”': a title counts one dead (an opening quote may stand between);
    "خمسة متطرفين" are counted fighters, "إعدام محامٍ" one civilian."""
    def killed(text: str) -> list[int | None]:
        return [f.attrs["acled"] for f in ctx_of(text).spans.get("figure", []) if f.value == "killed"]

    assert killed("أعلن مقتل أمير التنظيم في الفلوجة بقصف لطيران التحالف.") == [1]
    assert killed("وأعلن رئيس المجلس مقتل “والي الصقلاوية” في تنظيم “داعش” بقصف لطيران التحالف الدولي.") == [1]
    assert killed("قتل زعيم الجماعة في غارة جوية قرب الموصل أمس.") == [1]
    # extremists are counted fighters too, and professions counted victims
    assert killed("وقال المرصد إن خمسة متطرفين أجانب قتلوا في غارة جوية قرب الحسكة.") == [5]
    assert killed("وأقدمت جبهة النصرة في مدينة خان شيخون على إعدام محامٍ بإطلاق النار عليه أمس.") == [1]


def test_the_number_of_the_dead_named_is_no_vague_count() -> None:
    """"ليرتفع عدد قتلى قوات الأمن": the count of the dead is named, no "several dead" (ACLED's 3) is read."""
    ctx = ctx_of("وقتل 5 جنود في هجوم على حاجز في فان ليرتفع عدد قتلى قوات الأمن.")
    assert [(f.attrs["acled"], f.attrs["kind"]) for f in ctx.spans["figure"]] == [(5, "exact"), (None, "unspecified")]
    assert [f.attrs["acled"] for f in ctx_of("وسقط قتلى في هجوم على حاجز في فان.").spans["figure"]] == [3]


def test_an_unnumbered_plural_of_the_dead_is_several() -> None:
    """"فقتلت متظاهرين", "مقتل مدنيين": the dead named by an indefinite plural with no number are ACLED's "several"
    (3; the claim keeps no figure); not with the article ("مقتل المدنيين"), not "ضحايا" ("لتفادي وقوع ضحايا
    مدنيين"), and a count after the noun still counts ("متظاهرين اثنين")."""
    def killed(text: str) -> list[tuple[int | None, int | None, str | None]]:
        return [(f.attrs["acled"], f.attrs["low"], f.attrs["category"])
                for f in ctx_of(text).spans.get("figure", []) if f.value == "killed"]

    from tests.conftest import extract_text
    assert killed("أسفر القصف عن مقتل مدنيين في بلدة سراقب.") == [(3, None, "civilian")]
    assert killed("قتل مدنيون في قصف على بلدة سراقب.") == [(3, None, "civilian")]
    assert killed("قتلت قوات الأمن متظاهرين اثنين في البصرة.") == [(2, 2, "protester")]
    assert all(k[0] != 3 for k in killed("وأدان المجلس مقتل المدنيين في بلدة سراقب."))
    assert all(k[0] != 3 for k in killed("طالب الإقليم بإخراج القواعد لتفادي وقوع ضحايا مدنيين في الغارات."))
    r = extract_text("قتلت قوات الأمن متظاهرين في البصرة.", published="2018-07-21")
    assert [(e["sub_event_type"], e["actor2_id"], e["fatalities"]) for e in r["events"]] == [
        ("Excessive force against protesters", "protesters", 3)]


def test_the_manner_of_an_execution_stands_between_the_word_and_the_count() -> None:
    """"نفذ حكم الإعدام رميا بالرصاص في أربعة سائقين": the manner of killing ("رميا بالرصاص", "شنقا") and "في"/"بحق"
    stand between the killing word and its count; drivers are counted civilians."""
    for text, count in (("نفذ تنظيم داعش حكم الإعدام رميا بالرصاص في أربعة سائقين في مدينة الشرقاط.", 4),
                        ("نفذ تنظيم داعش حكم الإعدام شنقا بحق ثلاثة رجال في مدينة الميادين.", 3)):
        figs = [f.attrs["acled"] for f in ctx_of(text).spans["figure"] if f.value == "killed"]
        assert figs == [count], (text, figs)
    text = "نفذ تنظيم داعش حكم الإعدام رميا بالرصاص في أربعة سائقين في مدينة الشرقاط."
    assert [f.attrs["category"] for f in ctx_of(text).spans["figure"]] == ["civilian"]
    assert [f.attrs["acled"] for f in ctx_of("قتل سائقان في قصف على بلدة سراقب.").spans["figure"]] == [2]


def test_breakdown_is_not_a_second_figure() -> None:
    ctx = ctx_of("قتل 12 مدنيا على الأقل بينهم 4 أطفال في قصف جوي.")
    figs = [(f.attrs["low"], f.attrs["high"]) for f in ctx.spans["figure"] if f.value == "killed"]
    assert figs == [(12, None)]


def test_materiel_only_when_destroyed_or_seized() -> None:
    ctx = ctx_of("هاجموا الرتل بتفجير عبوات ناسفة ما أدى لتدمير دبابتين وآلية رباعية الدفع.")
    mat = {m.value: m.attrs["count"] for m in ctx.spans["materiel"]}
    assert mat.get("tank") == 2
    assert "ied" not in mat


def test_sources_and_reporting_verbs() -> None:
    ctx = ctx_of("وذكرت وكالة أعماق أن المقاتلين هاجموا الرتل، بحسب المرصد السوري لحقوق الإنسان.")
    assert {"amaq", "sohr"} <= set(values(ctx, "source"))
    assert "verb" in values(ctx, "report") and "attr" in values(ctx, "report")


def test_a_source_name_with_its_tail_in_quotes() -> None:
    """'وأكدت قناة "إن تي في"', 'مراسل قناة "العربية"', 'وكالة «دوغان»': the registry's name with its tail quoted."""
    ctx = ctx_of('وأفاد مراسل قناة "العربية" بأن الانتحاري فجر نفسه، كما نقلت وكالة «دوغان» التركية أن 10 قتلوا.')
    assert values(ctx, "source") == ["al-arabiya", "turkish-media"]


def test_relative_dates_resolve_against_publication() -> None:
    ctx = ctx_of("قتل ثلاثة أمس، وقصفت الطائرات البلدة فجر السبت.")
    assert {d.isoformat() for d in values(ctx, "date")} == {"2020-08-31", "2020-08-29"}


def test_markers() -> None:
    ctx = ctx_of("وخسرت الميليشيا عشرات العناصر خلال الأشهر الماضية. وتنعى الصفحات القتلى بشكل روتيني.")
    assert set(values(ctx, "marker")) >= {"background", "generic"}


def test_theatre_default_for_an_unanchored_anaphor() -> None:
    """"طيران التحالف" with no coalition named before: the US-led coalition over Iraq, the Saudi-led one in Yemen."""
    ctx = ctx_of("قتل 47 عنصرا من داعش في قصف لطيران التحالف استهدفهم في مدينة الرمادي غرب العراق")
    assert "coalition" in values(ctx, "actor")
    ctx = ctx_of("قتل 12 مدنيا في قصف لطيران التحالف على سوق في مدينة صعدة شمال اليمن")
    assert "saudi-coalition" in values(ctx, "actor")
    ctx = ctx_of("قتل خمسة مدنيين في قصف الطيران الحربي على مدينة إدلب")
    assert "coalition" not in values(ctx, "actor")


def test_a_distance_from_a_town_only_locates_another_place() -> None:
    ctx = ctx_of("انفجرت سيارة مفخخة في قضاء المدائن (20 كلم جنوب شرقي بغداد) أمس.")
    refs = {ctx.kb.places[p.value].name_en: p.attrs["reference"] for p in ctx.spans["place"]}
    assert refs["Baghdad"] is True and refs["Al-Madain"] is False
    # 50 km or more away: not even a reference
    ctx = ctx_of("انفجرت سيارة مفخخة في محافظة ديالى (60 كلم شمال شرقي بغداد) أمس.")
    refs = {ctx.kb.places[p.value].name_en: p.attrs["reference"] for p in ctx.spans["place"]}
    assert "Baghdad" not in refs and refs["Diyala"] is False


def test_a_neighbour_named_after_a_place_only_locates_it() -> None:
    from tests.conftest import extract_text

    r = extract_text("شن تنظيم داعش هجوما عنيفا على حي القدم المجاور لمخيم اليرموك وحي الحجر الأسود جنوب دمشق أمس.")
    assert [e["location"] for e in r["events"]] == ["Al-Qadam"]


def test_a_country_adjective_after_a_place_name_places_it_abroad() -> None:
    """"بلدة كلس التركية": a short foreign name counts when the country's adjective follows it."""
    from tests.conftest import extract_text

    r = extract_text("قتل جندي في اشتباكات مع مسلحين قرب بلدة كلس التركية أمس.")
    assert [(e["country"], e["location"]) for e in r["events"]] == [("Turkey", "Kilis")]


def test_a_generic_source_means_the_one_of_the_report_s_country() -> None:
    # sources.yaml ``theatre``: "الدفاع المدني" in Syria is the White Helmets, elsewhere a civil defence
    syria = ctx_of("وقال الدفاع المدني إن 12 مدنيا قتلوا في غارات على مدينة سراقب بريف إدلب أمس.")
    iraq = ctx_of("وقال الدفاع المدني إن 12 شخصا قتلوا في انفجار في مدينة الموصل أمس.")
    assert [s.value for s in syria.spans["source"]] == ["white-helmets"]
    assert [s.value for s in iraq.spans["source"]] == ["civil-defence"]


def test_a_short_form_means_the_source_named_before_it() -> None:
    text = "أفاد المرصد السوري لحقوق الإنسان بتصعيد القصف. وأحصى المرصد مقتل ستة مدنيين جراء القصف على بلدة صيدا أمس."
    assert values(ctx_of(text), "source") == ["sohr", "sohr"]
    # not before the full name has been given
    assert values(ctx_of("وأحصى المرصد مقتل ستة مدنيين جراء القصف على بلدة صيدا أمس."), "source") == []


def test_a_place_cue_covers_every_name_of_its_list() -> None:
    # "نصيب" and "الزهراء" are also common words: alone they need a cue, in a cued list the head's cue covers them,
    # also after names the gazetteer does not hold ("والكبيبة والصبيحية")
    names = _place_names("تعرضت مدن وبلدات نوى والكبيبة والصبيحية ونصيب لغارات جوية أمس.")
    assert "Nasib" in names, names
    assert "Al-Zahraa" in _place_names("سقطت عشرات القذائف على مناطق في بلدتي نبل والزهراء أمس.")
    assert "Nasib" not in _place_names("قال إن نصيب المدنيين من المساعدات قليل.")


def test_a_chemical_weapons_facility_is_no_chemical_attack() -> None:
    text = "واستهدفت الضربات موقعا قرب حمص يعتقد أنه يحوي مواد أولية لأسلحة كيماوية، ومركز أبحاث الأسلحة الكيميائية."
    assert "Chemical weapon" not in values(ctx_of(text), "trigger")
    assert "Chemical weapon" in values(ctx_of("قتل 40 شخصا في هجوم بالأسلحة الكيميائية على دوما أمس."), "trigger")


def test_a_singular_or_dual_subject_before_the_verb_is_the_count() -> None:
    figures = ctx_of("إن رجلا واحدا على الأقل قتل وأصيب 6 مدنيين في غارة على بلدة سراقب أمس.").spans["figure"]
    assert [(f.value, f.attrs["low"]) for f in figures] == [("killed", 1), ("wounded", 6)]
    # the man with the article is someone already told, no count
    figures = ctx_of("إن الرجل الذي قتل في الغارة كان مدنيا.").spans.get("figure", [])
    assert all(f.attrs["low"] is None for f in figures)
    # the group the subject belongs to may stand between it and the verb
    figures = ctx_of("وأشار ناشطون إلى أن عنصرين من وحدات الحماية قضوا في الانفجار.").spans["figure"]
    assert [(f.value, f.attrs["low"]) for f in figures] == [("killed", 2)]


def test_the_iranian_kurdish_party_is_not_a_prefix_of_another_name() -> None:
    """"الحزب الديمقراطي الكردستاني الإيراني" (KDPI, hit by Iranian missiles in Koya, 2018) is one actor (Iran, the
    subject of the attack verb, is its forces)."""
    ctx = ctx_of("قصفت إيران بالصواريخ مقر الحزب الديمقراطي الكردستاني الإيراني في كويسنجق.")
    assert values(ctx, "actor") == ["iran-military", "kdpi"]


def test_the_unlisted_names_of_a_list_headed_by_a_plural_place_word() -> None:
    """"قرى صدد والقاهرة والعكيلة بسهل الغاب": the names the gazetteer lacks are unlisted places of one list, and
    so is the head whose only namesake lies 150 km off in another governorate (Homs's Sadad); a definite "القرى
    والبلدات" or a list one moves towards names none."""
    ctx = ctx_of("تعرضت قرى صدد والقاهرة والعكيلة بسهل الغاب لقصف مكثف من الطيران المروحي أمس.")
    unknown = ctx.spans.get("place_unknown", [])
    assert [u.value for u in unknown] == ["صدد", "القاهرة", "العكيلة"]
    assert all(u.attrs["in_list"] and u.attrs["list_end"] == ctx.norm.index(" بسهل") for u in unknown)
    assert not ctx_of("وهي القرى والبلدات الواقعة على خط المسير.").spans.get("place_unknown")
    assert not ctx_of("نزحت مئات العائلات باتجاه بلدات صدد وفيروزة وزيدل أمس.").spans.get("place_unknown")


def test_a_pronoun_between_the_place_word_and_its_list() -> None:
    """"4 قرى هي شقرا والحصان": the pronoun is no village; the names after it are the list."""
    ctx = ctx_of("سيطرت قوات النظام على 4 قرى هي شقرا والحصان والشعيلة في ريف دير الزور اليوم.")
    assert [u.value for u in ctx.spans.get("place_unknown", [])] == ["شقرا", "الحصان", "الشعيلة"]


@pytest.mark.parametrize(("text", "sub"), [
    ("هز تفجيران مدينة سوروتش أمس وأسفرا عن مقتل 30 شخصا.", "Remote explosive/landmine/IED"),
    ("سقطت قذيفتان على حي الميدان في دمشق أمس.", "Shelling/artillery/missile attack"),
    ("استهدفت غارتان بلدة سرمين أمس.", "Air/drone strike"),
])
def test_the_dual_of_an_event_word_is_an_event_word(text: str, sub: str) -> None:
    """"تفجيران", "قذيفتان", "غارتان": two of them are still the event."""
    assert sub in values(ctx_of(text), "trigger")


def test_what_befell_the_villages_is_no_village_name() -> None:
    """"قرى طالتها هجمات التنظيم", "قرى تسكنها أغلبية شيعية": a verb after the place word names no village."""
    assert not ctx_of("عثر على جثث في قرى طالتها هجمات التنظيم في ريف السويداء.").spans.get("place_unknown")
    assert not ctx_of("أطلقت الفصائل 300 قذيفة على قرى تسكنها أغلبية شيعية في إدلب.").spans.get("place_unknown")


def test_the_arab_kurdish_alliance_is_the_sdf() -> None:
    """The wire services' description of the SDF ("تحالف عربي كردي تدعمه الولايات المتحدة") names it."""
    ctx = ctx_of("اندلعت مواجهات عنيفة بين تحالف عربي كردي تدعمه الولايات المتحدة وقوات النظام في دير الزور.")
    assert values(ctx, "actor")[:1] == ["sdf"]
    assert values(ctx_of("هاجم التحالف العربي الكردي مواقع التنظيم في الرقة."), "actor")[:1] == ["sdf"]


def test_a_quoted_village_name_after_its_place_word() -> None:
    """"قرية (المقيصبة)", 'قرية "الطويلعة"': a name in brackets or quotes after the place word is an unlisted place; an
    actor's name in quotes ("حي «داعش»") is not."""
    ctx = ctx_of("وأكد المرصد أن معارك عنيفة شهدها محيط قرية (المقيصبة) في سهل الغاب.")
    assert [u.value for u in ctx.spans.get("place_unknown", [])] == ["المقيصبة"]
    ctx = ctx_of('قتل 3 في قصف على قرية "الطويلعة" بريف حماة أمس.')
    assert [u.value for u in ctx.spans.get("place_unknown", [])] == ["الطويلعة"]
    assert not ctx_of("قصفت الطائرات حي «داعش» في الرقة.").spans.get("place_unknown")


def test_a_street_named_after_a_town_is_not_the_town() -> None:
    """"شارعي الثورة وبغداد في دمشق": streets named after towns (al-Thawra is Tabqa's other name) are no places; the
    town after "في" is. "مصدرها حي جوبر": where a shell came from only locates the place it hit."""
    ctx = ctx_of("سقطت قذائف على شارعي الثورة وبغداد وحي باب توما في دمشق أمس.")
    assert [ctx.kb.places[p.value].name_en for p in ctx.spans["place"]] == ["Damascus"]
    ctx = ctx_of("انفجرت سيارة مفخخة في شارع بغداد في مدينة الموصل.")
    assert [ctx.kb.places[p.value].name_en for p in ctx.spans["place"]] == ["Mosul"]
    ctx = ctx_of("قتل عشرة أشخاص جراء سقوط قذيفة صاروخية مصدرها حي جوبر أمس.")
    assert [p.attrs["reference"] for p in ctx.spans["place"]] == [True]


def test_a_hill_named_like_a_governorate_abroad() -> None:
    """"وتل واسط" in a report about Syria is a village, not Iraq's Wasit governorate; "محافظة واسط" is the province."""
    ctx = ctx_of("دارت اشتباكات عنيفة في محيط المشيك وتل واسط في سهل الغاب بريف حماة.")
    assert all(ctx.kb.places[p.value].country == "SY" for p in ctx.spans["place"])
    ctx = ctx_of("انفجرت عبوة ناسفة في محافظة واسط جنوب بغداد.")
    assert "Wasit" in [ctx.kb.places[p.value].name_en for p in ctx.spans["place"]]


def test_a_dual_place_word_lists_two_names() -> None:
    """"بلدتي كفربطنا وسقبا، وفق المرصد": a dual heads a list of two; what follows the second name is no third town
    (it was read as the unlisted "فق المرصد")."""
    ctx = ctx_of("قتل 80 مدنيا في بلدتي الكوكبانة والمرجانة، وفق المرصد السوري لحقوق الإنسان.")
    assert [u.value for u in ctx.spans.get("place_unknown", [])] == ["الكوكبانة", "المرجانة"]
    ctx = ctx_of("قتل 80 مدنيا في قرى الكوكبانة والمرجانة، والزعفرونة بريف حمص.")
    assert [u.value for u in ctx.spans.get("place_unknown", [])] == ["الكوكبانة", "المرجانة", "الزعفرونة"]


def test_villages_around_a_place_head_no_list() -> None:
    """"قرى شمال غرب البوكمال، وتمكن من قطع الطريق": the villages lie around Abu Kamal; the verb after the comma is
    no village of a list."""
    ctx = ctx_of("وقتل 45 مسلحا في هجمات للتنظيم على قرى شمال غرب البوكمال، وتمكن من قطع الطريق إلى دير الزور.")
    assert not ctx.spans.get("place_unknown")


def test_what_ends_a_list_of_places() -> None:
    """A name after "ب" locates the list ("... والبويضية بسهل الغاب"), "وسط" is "in the middle of", not "and" + a name,
    and a listed name the gazetteer only has abroad (Iraq's Hawija among Ghab villages) is an unlisted village."""
    ctx = ctx_of("تعرضت قرى صدد والحويجة والبويضية بسهل الغاب لقصف مكثف أمس.")
    ghab = [p for p in ctx.spans["place"] if ctx.kb.places[p.value].name_en == "Al-Ghab Plain"]
    assert [p.attrs["in_list"] for p in ghab] == [False]
    assert [u.value for u in ctx.spans["place_unknown"]] == ["صدد", "الحويجة", "البويضية"]  # (Homs's Sadad: far)
    assert all(ctx.kb.places[p.value].country == "SY" for p in ctx.spans["place"])
    ctx = ctx_of("دمرت قوات البشمركة خمس سيارات مفخخة في منطقة السيدة زينب وسط قضاء سنجار أمس.")
    assert not any(p.attrs.get("in_list") for p in ctx.spans["place"] + ctx.spans.get("place_unknown", []))


def test_a_cued_town_alone_that_the_place_after_it_locates_far_away_is_unlisted() -> None:
    """"بلدة الحويجة في سهل الغاب": one cued town, not a list, that the gazetteer only holds far from the place that
    locates it (Iraq's Hawija) is an unlisted village there; a named airport keeps its place whatever a report says
    around it, and so does a governorate ("محافظة دير الزور في ريف حمص")."""
    ctx = ctx_of("وتعرضت بلدة الحويجة في سهل الغاب لقصف جوي مكثف.")
    assert [u.value for u in ctx.spans["place_unknown"]] == ["الحويجة"]
    assert all(ctx.kb.places[p.value].country == "SY" for p in ctx.spans["place"])
    # and a known name after an unlisted one that a dual or plural place word heads ("بلدتا البويضية والحويجة")
    ctx = ctx_of("وتعرضت بلدتا البويضية والحويجة في سهل الغاب لقصف جوي مكثف.")
    assert [u.value for u in ctx.spans["place_unknown"]] == ["البويضية", "الحويجة"]
    assert all(ctx.kb.places[p.value].country == "SY" for p in ctx.spans["place"])
    ctx = ctx_of("وتعرضت بلدتا البويضية والحويجة في محافظة كركوك لقصف جوي مكثف.")
    assert "Al Ḩawījah" in [ctx.kb.places[p.value].name_en for p in ctx.spans["place"]]
    ctx = ctx_of("وسقطت قذائف هاون على مطار الثعلة العسكري في محافظة القنيطرة.")
    assert not ctx.spans.get("place_unknown")
    assert "Al-Thaala airbase" in [ctx.kb.places[p.value].name_en for p in ctx.spans["place"]]
    ctx = ctx_of("وهاجم مسلحو داعش موقعا على الحدود الإدارية مع محافظة دير الزور في ريف حمص الشمالي الشرقي.")
    assert not ctx.spans.get("place_unknown")


def test_a_name_read_as_an_unlisted_village_keeps_that_sense_in_the_report() -> None:
    """"قرية القصير بمحافظة درعا" is not the Homs town: a later "قرية القصير" with nothing to locate it is that same
    village (one report, one place of a name); a mention located by its own governorate keeps the gazetteer's."""
    text = ("وتدور معارك عنيفة في قرية القصير بمحافظة درعا. وأورد التلفزيون الرسمي أن قرية القصير هي آخر تواجد "
            "لعناصر داعش في المنطقة.")
    ctx = ctx_of(text)
    assert [u.value for u in ctx.spans["place_unknown"]] == ["القصير", "القصير"]
    assert "Al Quşayr" not in [ctx.kb.places[p.value].name_en for p in ctx.spans["place"]]
    ctx = ctx_of("وتدور معارك في قرية القصير بمحافظة درعا. وقصفت الطائرات مدينة القصير بريف حمص.")
    assert [u.value for u in ctx.spans["place_unknown"]] == ["القصير"]
    assert "Al Quşayr" in [ctx.kb.places[p.value].name_en for p in ctx.spans["place"]]


def test_a_part_of_the_country_does_not_make_a_town_a_namesake() -> None:
    """"مدينة حلبجة شمال العراق": northern Iraq is a region, no point to measure a town's distance from."""
    doc = read_document("قصفت القوات العراقية مدينة حلبجة شمال العراق عام 1988.".encode(), published=None)
    ctx = recognise(doc, allow_broad=True)
    assert [ctx.kb.places[p.value].name_en for p in ctx.spans["place"]] == ["Halabja", "Northern Iraq"]
    assert not ctx.spans.get("place_unknown")
    # (and "إحياء ذكرى", commemorating, names no neighbourhoods: "أحياء" is written alike)
    ctx = ctx_of("شارك آلاف الأكراد في إحياء ذكرى الهجوم الكيميائي على مدينة حلبجة.")
    assert not ctx.spans.get("place_unknown")


def test_where_people_or_fighters_were_taken_is_no_place_of_the_event() -> None:
    """"نقل نحو 100 مقاتل إلى البادية السورية", "انسحب أفراد التنظيم باتجاه مخيم اليرموك وحي التضامن": a
    destination (and the places listed with it); not a hospital the wounded were taken to, nor a place reached
    before the event ("اعتقلهم بعد انسحابهم نحو مدينة الرقة")."""
    def dest(text: str) -> list[tuple[str, bool]]:
        ctx = ctx_of(text)
        return [(ctx.kb.places[p.value].name_en, bool(p.attrs.get("destination"))) for p in ctx.spans["place"]]

    assert dest("واحتدمت المعارك بعد فشل مفاوضات لنقل نحو 100 مقاتل تابع للتنظيم إلى البادية السورية.") == [
        ("Syrian Desert (Badia)", True)]
    assert dest("وسيطرت القوات على حي الحجر الأسود، حيث انسحب أفراد التنظيم باتجاه مخيم اليرموك وحي التضامن.") == [
        ("Al Ḩajar al Aswad", False), ("al-Yarmūk", True), ("Al-Tadamon", True)]
    assert dest("قتل تسعة عناصر من التنظيم، ونقل الجرحى إلى مستشفى منبج.") == [("Manbij", False)]
    assert dest("وقال إن التنظيم اعتقلهم بعد انسحابهم نحو مدينة الرقة.") == [("Ar Raqqah", False)]


def test_the_town_after_a_cued_place_and_in_locates_it() -> None:
    """"في ناحية العبارة وحيي اليرموك والأملاك في بعقوبة": Baqubah locates the neighbourhoods (a reference), and the
    Yarmouk read as Damascus' camp is an unlisted neighbourhood of Baqubah."""
    ctx = ctx_of("قتل 13 شخصا جراء انفجار ثلاث عبوات ناسفة في ناحية العبارة وحيي اليرموك والأملاك في بعقوبة.")
    assert [(ctx.kb.places[p.value].name_en, p.attrs["reference"]) for p in ctx.spans["place"]] == [("Baqubah", True)]
    assert [u.value for u in ctx.spans["place_unknown"]] == ["العبارة", "اليرموك", "الأملاك"]


def test_a_state_named_as_the_subject_of_an_attack_verb_is_its_forces() -> None:
    """"شنت تركيا غارات", "قصفت واشنطن": the state acts through its forces (lexicon ``nationalities``), as author;
    a state that only speaks ("أعلنت تركيا") is no party."""
    ctx = ctx_of("شنت تركيا غارات على مواقع حزب العمال الكردستاني في قنديل، وقصفت واشنطن مواقع لداعش.")
    forces = [(a.value, a.attrs.get("author")) for a in ctx.spans["actor"] if a.attrs.get("force")]
    assert forces == [("turkey-military", True), ("us-military", True)]
    ctx = ctx_of("أعلنت تركيا أن غارات استهدفت مواقع حزب العمال الكردستاني في قنديل.")
    assert "turkey-military" not in values(ctx, "actor")


def test_an_unlisted_area_or_subdistrict_after_its_place_word() -> None:
    """"منطقة البوشعيلة شمالي مدينة الرمادي", "ناحية العبارة": named after "منطقة"/"ناحية" like a village after
    "قرية"; "منطقة عسكرية" names no place."""
    ctx = ctx_of("اقتحمت قوة مشتركة من الجيش منطقة البوشعيلة شمالي مدينة الرمادي بعد معارك عنيفة مع مسلحي داعش.")
    assert [u.value for u in ctx.spans.get("place_unknown", [])] == ["البوشعيلة"]
    assert not ctx_of("دخلت القوات منطقة عسكرية مغلقة أمس.").spans.get("place_unknown")


def test_victims_of_both_sides_add_up() -> None:
    """"قتل جندي سوري وأحد مسلحي التنظيم": coordinated victims add up (ACLED counts every death of the event);
    "20 شخصا و4 أطفال" reads the children as a breakdown of the people."""
    def killed(text: str) -> list[int]:
        return [f.attrs["acled"] for f in ctx_of(text).spans.get("figure", []) if f.value == "killed"]

    assert killed("قتل جندي سوري وأحد مسلحي التنظيم في اشتباك قرب تدمر أمس.") == [2]
    assert killed("أسفرت المعارك عن مقتل 10 عناصر من التنظيم و18 مقاتلا من الفصائل.") == [28]
    assert killed("قتل 20 شخصا و4 أطفال في غارة على دوما أمس.") == [20]
    assert killed("قتل 6 مسلحين وإصابة 3 في اشتباكات في الرمادي أمس.") == [6]
    assert killed("قتل 15 طفلا وامرأتان في غارة جوية على بلدة عربين.") == [17]  # "و" as the noun's clitic
    # counted from a group ("من قوات النظام"), the next victims by a noun or by their group
    assert killed("أسفرت الاشتباكات عن مقتل 10 عناصر من قوات النظام و8 من مسلحي التنظيم أمس.") == [18]
    assert killed("أفادت مصادر أمنية بمقتل 11 من تنظيم داعش و11 مدنيا في أعمال عنف في بعقوبة.") == [22]
    assert killed("قتل 37 مسلحا من داعش و16 من قوات النظام في معارك قرب تدمر.") == [53]
    assert killed("قتل 3 مدنيين في كفرنبل و5 في سراقب أمس.") == [3, 5]  # two places' tolls
    # the next victims counted from the first one's own ("من مساعديه", "من أطفالها"); an approximate first count
    assert killed("تمكنت عشائر الناحية من قتل والي التنظيم وثلاثة من مساعديه في كبيسة أمس.") == [4]
    assert killed("قتلت سيدة وثلاثة من أطفالها جراء قصف ببرميلين متفجرين على مبنى في حي الميسر.") == [4]
    assert killed("أدى الهجوم إلى مقتل نحو 250 شخصا من السكان و63 مسلحا من التنظيم.") == [313]
    # people counted by their nationality (lexicon ``persons``)
    assert killed("أفاد مسؤول أمني بمقتل 13 عراقيا و13 من داعش في عمليات ببعقوبة أمس.") == [26]
    ctx = ctx_of("وأسفرت المواجهات عن قتل 12 داعشيا بينهم قيادي في قضاء الخالدية أمس.")
    assert [(f.attrs["acled"], f.attrs["category"]) for f in ctx.spans["figure"]] == [(12, "combatant")]


def test_a_breakdown_among_the_victims_is_no_toll() -> None:
    """"ومن بين الضحايا 11 امرأة و6 أطفال": a breakdown of a toll told before gives no killed figure of its own;
    "250 شخصا بين قتيل وجريح" is still the dead and wounded together."""
    ctx = ctx_of("قتل 44 شخصا في غارات على زردانا، ومن بين الضحايا 11 امرأة و6 أطفال.")
    assert [f.attrs["acled"] for f in ctx.spans["figure"] if f.value == "killed"] == [44]
    ctx = ctx_of("سقط في الهجوم أكثر من 250 شخصا بين قتيل وجريح.")
    assert [f.attrs["acled"] for f in ctx.spans["figure"] if f.value == "killed"] == [3]


def test_a_definite_force_noun_with_its_nationality_names_that_state() -> None:
    """"الطائرات الحربية التركية": the nationality names Turkey's forces; the bare anaphor "الطائرات الحربية" (the
    Syrian air force by default) is only its noun."""
    ctx = ctx_of("شنت الطائرات الحربية التركية غارات جوية على مدينة عفرين الجمعة.")
    assert [a.value for a in ctx.spans["actor"]] == ["turkey-military"]


def test_no_unlisted_name_in_an_adjective_a_street_or_a_route() -> None:
    """"قصفا جويا استهدف أحياء سكنية وسط مدينة الرطبة": an adjective after the place word names no place; "وشارع
    عشرين" is a street, not a village; "الدخول إلى مركز المدينة عبر أحياء الملعب والإسكان" is the way they would go."""
    assert not ctx_of("شن الطيران قصفا جويا استهدف أحياء سكنية وسط مدينة الرطبة أمس.").spans.get("place_unknown")
    ctx = ctx_of("باتجاه الدخول إلى مركز المدينة عبر أحياء الملعب والإسكان وشارع عشرين في الرمادي.")
    assert not ctx.spans.get("place_unknown")
    # who holds them, what they are, where they lie: "بلدات رئيسية", "أحياء خاضعة", "بلدات شيعية", "قرى تقع"
    for text in ("سيطر الجيش على بلدات رئيسية شمال شرقي درعا.", "قصفت الطائرات أحياء خاضعة لسيطرة المعارضة في حلب.",
                 "أمطرت الفصائل أربع بلدات شيعية محاصرة في ريف إدلب بالقذائف.",
                 "تتقدم القوات باتجاه قرى وبلدات تقع شرق الرمادي.", "اندلعت اشتباكات في منطقة المعارك قرب حلب.",
                 "وقال إن الهجوم يهدد أمن منطقة الشرق الأوسط بأكملها بعد قصف حلب.",
                 # another place word, or the town or province already told ("قرية وبلدة", "أحياء المدينة")
                 "سيطرت القوات التركية على أكثر من ثمانين قرية وبلدة في ريف عفرين.",
                 "استهدف الطيران المروحي أحياء المدينة بأكثر من 28 برميلا في الزبداني.",
                 "دعا إلى تحرير مدن المحافظة من داعش في الأنبار."):
        assert not ctx_of(text).spans.get("place_unknown"), text


def test_a_toll_that_rose_to_a_count() -> None:
    """"وارتفع عدد القتلى جراء القصف على بلدة كفربطنا أمس إلى 12 شخصا": the count of a toll word comes after "إلى",
    past what the toll qualifies (in one clause)."""
    ctx = ctx_of("وارتفع عدد القتلى جراء القصف على بلدة كفربطنا أمس إلى 12 شخصا.")
    assert [f.attrs["acled"] for f in ctx.spans["figure"] if f.value == "killed"] == [12]
    ctx = ctx_of("وارتفع عدد القتلى جراء القصف. وعاد إلى 12 شخصا من النازحين إلى بيوتهم.")
    assert [f.attrs["acled"] for f in ctx.spans["figure"] if f.value == "killed"] == [None]


def test_the_toll_of_an_attack_is_its_count_of_people() -> None:
    """"بلغت حصيلة القصف ... على درعا جنوب سوريا، 60 مدنيا": a toll of an attack comes to the count of people later
    in its clause; "حصيلة قتلى" counts like "حصيلة القتلى", "لـ 35" like "إلى 35". Not the count of another verb
    ("أن 320 شخصا أوقفوا"), nor one "thereby" raised over a campaign (a running total)."""
    def killed(text: str) -> list[Any]:
        return [f.attrs["acled"] for f in ctx_of(text).spans.get("figure", []) if f.value == "killed"]

    assert killed("بلغت حصيلة القصف الجوي الذي تشنه القوات السورية على درعا جنوب سوريا، 60 مدنيا، قضوا أمس.")[:1] == [60]
    assert killed("وصلت حصيلة الغارات على بلدة سقبا إلى 12 شخصا.") == [12]
    assert killed("أفادت مصادر طبية بارتفاع حصيلة قتلى المدنيين، الأربعاء، لـ 35 مدني في الغوطة.") == [35]
    assert killed("ارتفعت حصيلة قتلى القصف على بلدة سقبا.") == [3]
    assert killed("وتفيد آخر حصيلة صدرت صباح السبت عن الوزير أن 320 شخصا أوقفوا في إسطنبول.") == []
    assert killed("ارتفعت حصيلة الاعتقالات في المدينة إلى 60 شخصا.") == []
    assert killed("حصيلة الغارات على المدينة 20 غارة.") == []
    ctx = ctx_of("ولترتفع بذلك حصيلة هذا القصف على الغوطة إلى 1517 مدنيا.")
    assert not ctx.spans.get("figure") and values(ctx, "marker") == ["total"]


def test_two_after_its_noun_past_a_time_phrase_and_activists_counted() -> None:
    """"وقتل صباح السبت مدنيين اثنين": "two" after its noun counts it past a time phrase; an activist ("ناشطة") is a
    counted person."""
    def killed(text: str) -> list[Any]:
        return [f.attrs["acled"] for f in ctx_of(text).spans.get("figure", []) if f.value == "killed"]

    assert killed("وقتل صباح السبت مدنيين اثنين بعد غارات عنيفة استهدفت بلدة سقبا.") == [2]
    assert killed("قتلت ناشطة من اليسار المتطرف في تبادل إطلاق نار مع الشرطة.") == [1]
    assert killed("وقتل صحفيان في قصف على بلدة سقبا.") == [2]


def test_a_common_word_named_like_a_town_abroad_does_not_set_the_reports_country() -> None:
    """"هجوما بريا" (Brea, USA), "الجامعة" (Djamaa, Algeria), "الفصائل" (Al Fasayil, Palestine) are words; a town
    abroad counts towards the report's country only where that country is named, as it is placed."""
    assert ctx_of("شن الجيش هجوما بريا على بلدة الزبداني أمس.").extra["focus_country"] == "SY"
    assert ctx_of("أكد رئيس الجامعة أن قوات الأمن اعتقلت عشرة طلاب في جامعة حلب أمس.").extra["focus_country"] == "SY"
    assert ctx_of("اندلعت اشتباكات بين الفصائل في بلدة الفوعة.").extra["focus_country"] == "SY"
    assert ctx_of("قصف الجيش التركي مواقع قرب بلدة سروج أمس.").extra["focus_country"] == "TR"


def test_an_attribution_set_off_by_commas_stands_between_a_verb_and_its_count() -> None:
    """"وقتل الخميس، أيضا وفق المرصد، 8 مدنيين", "وقتل، بحسب مصادر محلية، 5 مدنيين"."""
    def killed(text: str) -> list[Any]:
        return [f.attrs["acled"] for f in ctx_of(text).spans.get("figure", []) if f.value == "killed"]

    assert killed("وقتل الخميس، أيضا وفق المرصد، 8 مدنيين بينهم 3 أطفال في قصف على قرية.") == [8]
    assert killed("وقتل، بحسب مصادر محلية، 5 مدنيين في قصف على بلدة سقبا.") == [5]


def test_an_assassination_kills_one_an_attempt_or_a_series_no_count() -> None:
    """"اغتالوا المرشح فاروق الجبوري": one killed; "محاولة اغتيال", "نجا من اغتيال": none; "عمليات الخطف والاغتيال",
    "سلسلة اغتيالات": a kind of violence, no count."""
    def killed(text: str) -> list[Any]:
        return [f.attrs["acled"] for f in ctx_of(text).spans.get("figure", []) if f.value == "killed"]

    assert killed("قال مصدر أمني إن مسلحين مجهولين اغتالوا فجر اليوم المرشح فاروق الجبوري في القيارة.") == [1]
    assert killed("أعلنت وسائل إعلام سورية اغتيال عزيز اسبر مدير مركز البحوث العلمية في مدينة مصياف.") == [1]
    assert killed("نجا محافظ الأنبار من محاولة اغتيال في الرمادي.") == []
    assert killed("وتشهد محافظة ديالى عمليات الخطف والاغتيال والهجمات المسلحة.") == [None]


def test_one_or_two_killed_after_the_verbs_subject_and_hostages_counted() -> None:
    """"قتل تنظيم داعش الإرهابي رهينة جديدة": the verb, its subject (and its epithet), then the one killed; "جنديين"
    after the subject is two."""
    def killed(text: str) -> list[Any]:
        return [f.attrs["acled"] for f in ctx_of(text).spans.get("figure", []) if f.value == "killed"]

    assert killed("قتل تنظيم داعش الإرهابي رهينة جديدة من المدنيين الذين خطفهم في السويداء.") == [1]
    assert killed("قتل تنظيم داعش جنديين في هجوم على حاجز في مدينة كركوك.") == [2]


def test_a_district_after_a_cued_place_locates_it() -> None:
    """"منطقة السيدة زينب وسط قضاء سنجار": the district word names where the area lies, so the Damascus shrine town
    is a far namesake: the area is an unlisted place of Sinjar."""
    ctx = ctx_of("دمرت قوات البيشمركة خمس سيارات مفخخة في منطقة السيدة زينب وسط قضاء سنجار أمس.")
    assert [(ctx.kb.places[p.value].country, p.attrs["reference"]) for p in ctx.spans["place"]] == [("IQ", True)]
    assert [u.value for u in ctx.spans.get("place_unknown", [])] == ["السيدة زينب"]


def test_the_regular_air_force_is_the_syrian_one() -> None:
    """"الطيران الحربي النظامي", "الطيران المروحي النظامي" (the regime's regular air force in 2015 reports) name the
    Syrian air force, even in a report whose last air power named was the coalition."""
    ctx = ctx_of("نفذ التحالف غارات على الرقة، بالتزامن مع استهداف الطيران الحربي النظامي لقرى سهل الغاب، وقصف "
                 "الطيران المروحي النظامي بلدة تفتناز.")
    assert values(ctx, "actor") == ["coalition", "syria-air-force", "syria-air-force"]


def test_a_sentence_framed_by_its_governorate_never_reads_a_far_namesake() -> None:
    """"وفي البصرة، مهد الاحتجاجات، قتل ... في منطقة الكرمة": the governorate the sentence opens with sets where the
    area lies: not Anbar's Karmah 400 km away, but an unlisted place; unframed, the gazetteer's Karmah stands."""
    ctx = ctx_of("وفي البصرة، مهد الاحتجاجات، قتل أحد أفراد القوات الأمنية ومتظاهر خلال اشتباكات ليلية مع إحدى "
                 "العشائر في منطقة الكرمة.")
    assert [ctx.kb.places[p.value].name_en for p in ctx.spans.get("place", [])] == ["Basrah"]
    assert [u.value for u in ctx.spans.get("place_unknown", [])] == ["الكرمة"]
    ctx = ctx_of("قتل جنديان في هجوم على منطقة الكرمة شرق الفلوجة.")
    assert "Al-Karmah" in [ctx.kb.places[p.value].name_en for p in ctx.spans.get("place", [])]


def test_a_singular_subject_joined_to_a_counted_one_adds_to_the_dead() -> None:
    """"إن قياديا في التنظيم وخمسة متطرفين قتلوا": the commander and the five are the dead (6); a definite name before
    the count ("إن الجيش وخمسة متطرفين") adds nobody."""
    figures = ctx_of("وقال مصدر أمني إن قياديا في التنظيم وخمسة متطرفين قتلوا في الاشتباكات قرب الرمادي.").spans["figure"]
    assert [(f.value, f.attrs["low"], f.text) for f in figures] == [
        ("killed", 6, "قياديا في التنظيم وخمسة متطرفين قتلوا")]
    figures = ctx_of("وقال مصدر أمني إن الجيش وخمسة متطرفين قتلوا في الاشتباكات قرب الرمادي.").spans["figure"]
    assert [f.attrs["low"] for f in figures] == [5]


def test_an_event_word_of_a_relative_clause_with_an_old_month_is_recalled() -> None:
    """"المعركة التي دارت ... من أيلول إلى كانون الثاني الماضيين" (published in July) recalls the battle; not a date
    of another relative clause further on, nor the start of a state ("الهجومين اللذين تبناهما التنظيم الذي يسيطر على
    مساحات من البلاد منذ حزيران 2014")."""
    ctx = ctx_of("إعمار مدينة كوباني المدمرة من جراء المعركة التي دارت بين مقاتلي تنظيم داعش ووحدات حماية الشعب "
                 "الكردية من أيلول (سبتمبر) إلى كانون الثاني (يناير) الماضيين.", published="2015-07-21")
    assert [t.attrs["recalled"] for t in ctx.spans["trigger"]] == [True]
    ctx = ctx_of("وأكدت مصادر طبية حصيلة الهجومين اللذين تبناهما التنظيم الذي يسيطر على مساحات من البلاد منذ حزيران "
                 "(يونيو) 2014.", published="2015-07-23")
    assert [t.attrs["recalled"] for t in ctx.spans["trigger"] if t.text == "الهجومين"] == [False]


def test_a_conjunction_written_apart_still_joins_a_cued_list() -> None:
    """"على أطراف بلدة الباغوز و السوسة": the place word covers the name after a detached "و" too (السوسة is also a
    common word, read as a place only in a cued list)."""
    ctx = ctx_of("اندلعت اشتباكات بين مسلحي التنظيم و قوات سوريا الديمقراطية على أطراف بلدة الباغوز و السوسة في ريف "
                 "دير الزور الشرقي.")
    listed = [ctx.kb.places[p.value].name_en for p in ctx.spans.get("place", []) if p.attrs["in_list"]]
    assert listed == ["As Sūsah"]


def test_a_dual_of_area_heads_a_pair_of_unlisted_places() -> None:
    """"في منطقتي الغزيلة والزاوية غربي بلدة حديثة": the dual "منطقتي" (lexicon place_cues, unlisted_pair) names two
    areas the gazetteer lacks, each an event of its own placed by Haditha."""
    ctx = ctx_of("وقتل 23 عنصرا من داعش أثناء هجوم القوات على ثكنات التنظيم في منطقتي الغزيلة والزاوية غربي بلدة "
                 "حديثة.", published="2015-07-31")
    assert [u.value for u in ctx.spans.get("place_unknown", [])] == ["الغزيلة", "الزاوية"]


def test_rebel_factions_named_without_the_article() -> None:
    """"وقصفت فصائل معارضة أخرى في حلب مواقع للجيش النظامي": the indefinite "فصائل معارضة" (and "فصائل إسلامية",
    "فصائل مقاتلة") names the Syrian opposition as the definite forms do."""
    ctx = ctx_of("وقصفت فصائل معارضة أخرى في حلب، مواقع للجيش النظامي وحزب الله في نبل والزهراء الاثنين.")
    assert values(ctx, "actor")[:1] == ["syrian-opposition"]
    ctx = ctx_of("وقال المرصد إن فصائل إسلامية ومقاتلة تشن هجوما عنيفا على أحياء مدينة درعا.")
    assert "syrian-opposition" in values(ctx, "actor")


def test_the_pkk_by_its_short_name() -> None:
    """"هجوم لعناصر من حزب العمال، الذي تعتبره أنقرة منظمة إرهابية": the short form names the PKK."""
    ctx = ctx_of("وأعلن الجيش التركي صد هجوم لعناصر من حزب العمال، الذي تعتبره أنقرة منظمة إرهابية، على مقر قيادة "
                 "خفر الحدود.")
    assert "pkk" in values(ctx, "actor")


def test_a_distance_written_with_a_slash_only_locates() -> None:
    """"في منطقة الثرثار 35/ كلم شمال شرق الفلوجة": some Iraqi outlets set a slash between the number and the unit;
    the town the distance is measured from is still only a reference, not a place near which it happened."""
    for text in ("هاجم مسلحون نقطة للجيش في منطقة الثرثار 35/ كلم شمال شرق الفلوجة أمس.",
                 "هاجم مسلحون نقطة للجيش في منطقة الثرثار شمال شرق الفلوجة55/كلم غرب بغداد أمس."):
        ctx = ctx_of(text, "2015-07-25")
        towns = {ctx.kb.places[p.value].name_en: p.attrs["reference"] for p in ctx.spans["place"]}
        assert towns.get("Al Fallūjah", True) and towns.get("Baghdad", True)
        assert towns["Lake Tharthar"] is False
