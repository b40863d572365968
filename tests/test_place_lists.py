"""Lists of villages: one event per village (ACLED), whether the gazetteer holds each name or not."""

from __future__ import annotations

from tests.conftest import extract_text
from tests.test_recognise import ctx_of, values


def _places(r: dict, sub: str) -> list[tuple[str, int]]:
    return [(e["location"], e["geo_precision"]) for e in r["events"] if e["sub_event_type"] == sub]


def test_a_village_word_after_the_countryside_of_the_governorate_starts_a_place_of_its_own() -> None:
    """"والريف الشرقي للمحافظة في قرى طربا": the direction and "المحافظة" tell where the countryside lies, the
    villages named after "في قرى" are exact places (precision 1)."""
    ctx = ctx_of("هاجم مسلحو التنظيم محافظة السويداء من محورين، الريف الشرقي للمحافظة في قرى طربا والكسيب، "
                 "والريف الشمالي الشرقي في قرى المتونة وعراجة.")
    got = {ctx.kb.places[p.value].name_en: (p.text, p.attrs["precision"]) for p in ctx.spans["place"]}
    assert got["Tarba"] == ("قرى طربا", 1)
    assert got["Al-Mtouneh"] == ("قرى المتونة", 1)


def test_the_countryside_ends_a_list_of_unlisted_villages() -> None:
    """"في قرى ... والمسيحلة، والريف الشمالي ...": "الريف" is no village of the list."""
    ctx = ctx_of("هاجم التنظيم قرى طربا والمسيحلة، والريف الشمالي في قرى المتونة.")
    assert values(ctx, "place_unknown") == ["المسيحلة"]


def test_the_unlisted_villages_of_a_list_before_its_known_one_are_events_too() -> None:
    """"3 قرى هي الخويلدية والمسيحلة والجيعة": the two names the gazetteer lacks lie at the known village that
    closes the list."""
    r = extract_text("سيطرت قوات النظام على 3 قرى هي الخويلدية والمسيحلة والجيعة بريف دير الزور أمس.")
    ev = [e for e in r["events"] if e["sub_event_type"] == "Government regains territory"]
    assert len(ev) == 3
    assert {e["admin1"] for e in ev} == {"Deir ez-Zor"}
    assert "Al-Jiy'a" in {e["location"] for e in ev}
    assert sorted(e["tags"] for e in ev if e["tags"]) == ["unlisted place: الخويلدية", "unlisted place: المسيحلة"]


def test_the_known_villages_of_a_list_after_the_event_place_are_events_too() -> None:
    """"استهدفوا مدينة السويداء من ثلاثة محاور ... في قرى طربا والكسيب والمسيحلة": the city and each village, known
    or not, is an event."""
    r = extract_text("وقال صحفي محلي إن مسلحين استهدفوا مدينة السويداء من محورين هي وسط المدينة، والريف الشرقي "
                     "للمحافظة في قرى طربا والكسيب والمسيحلة.")
    locs = [e["location"] for e in r["events"]]
    assert {"As-Suwayda", "Tarba", "Al-Kseib"} <= set(locs)
    assert len(locs) == 4


def test_a_partitive_of_two_villages_is_no_stretch_between_them() -> None:
    """"على أجزاء واسعة من قريتي البحصة والمشيك": "من" without "إلى" is no road from one to the other: each village
    is an event."""
    r = extract_text("تقدمت قوات النظام وسيطرت على أجزاء واسعة من قريتي البحصة والمشيك في سهل الغاب أمس.")
    assert {e["location"] for e in r["events"]} == {"Al-Bahsa (al-Ghab)", "Al-Mushayk"}


def test_a_stretch_from_one_town_to_another_is_still_one_event() -> None:
    r = extract_text("سيطر التنظيم على الطريق الواصل من البوكمال والباغوز إلى الميادين أمس.")
    assert len(r["events"]) <= 1


def test_a_list_of_villages_parted_by_dashes_is_one_event_per_village() -> None:
    """"(الجيعة ـ شمرة الحصان ـ حويقة المعيشية)": the tatweel used as a dash parts the names of the list."""
    r = extract_text("اندلعت معارك في محافظة دير الزور أمس. وسيطرت قوات النظام على 3 قرى شرق نهر الفرات هي (الجيعة ـ "
                     "شمرة الحصان ـ حويقة المعيشية) بعد معارك مع قوات سوريا الديمقراطية.")
    ev = [e for e in r["events"] if e["sub_event_type"] == "Government regains territory"]
    assert [e["location"] for e in ev] == ["Al-Jiy'a", "Shamrat al-Husan", "Huwayqat al-Ma'ishiya"]


def test_a_far_namesake_joined_to_a_list_of_villages_is_one_of_the_list() -> None:
    """"في محيط قريتي المشيك والبحصة وأطراف بلدة المنصورة بسهل الغاب": al-Mansoura (the gazetteer's lie far away) is
    the list's third place, located by the Ghab plain; the list's first village places the event, not it."""
    r = extract_text("تستمر الاشتباكات العنيفة في محيط قريتي المشيك والبحصة وأطراف بلدة المنصورة بسهل الغاب في ريف "
                     "حماة بين قوات النظام والفصائل المعارضة.")
    ev = [e for e in r["events"] if e["sub_event_type"] == "Armed clash"]
    assert [e["location"] for e in ev][:2] == ["Al-Mushayk", "Al-Bahsa (al-Ghab)"]
    assert len(ev) == 3 and ev[2]["tags"] == "unlisted place: المنصورة"


def test_the_head_of_a_list_is_read_against_the_place_after_the_whole_list() -> None:
    """"قرى الحواش والقاهرة والعنكاوي ... بسهل الغاب": the Ghab plain after the list locates its head too, past the
    other names the gazetteer holds: the Ghab's al-Hawash, not the Homs one 99 km away."""
    r = extract_text("تعرضت أماكن في قرى الحواش والقاهرة والعنكاوي والزقوم وقسطون بسهل الغاب لقصف مكثف من الطيران "
                     "المروحي.")
    ev = [e for e in r["events"] if e["sub_event_type"] == "Air/drone strike"]
    assert ev[0]["location"] == "Al-Hawash (al-Ghab)"
    assert {e["admin1"] for e in ev} == {"Hama"}


def test_a_village_of_a_cued_list_far_from_its_head_is_no_far_namesake() -> None:
    """"مدن وبلدات نوى واليادودة وتل السمن": Raqqa's Tal al-Samn, 400 km from the Daraa towns of the list, is an
    unlisted village of the list, located by its head."""
    r = extract_text("وتعرضت مدن وبلدات نوى واليادودة ومنطقة غرز وتل السمن، لعشرات الغارات الجوية السورية أمس.")
    ev = [e for e in r["events"] if e["sub_event_type"] == "Air/drone strike"]
    assert {e["admin1"] for e in ev} == {"Daraa"}
    assert sorted(e["tags"] for e in ev if e["tags"]) == ["unlisted place: تل السمن", "unlisted place: غرز"]


def test_a_village_with_a_namesake_far_off_is_the_one_among_its_neighbours() -> None:
    """"قرى قسطون وزيزون بسهل الغاب": the Ghab's Zayzun (Hama), not Daraa's namesake nor the plain itself."""
    r = extract_text("ألقى الطيران المروحي أمس براميل متفجرة على قرى قسطون وزيزون بسهل الغاب.", published="2015-08-09")
    assert sorted((e["location"], e["admin1"]) for e in r["events"]) == [("Qastun", "Hama"), ("Zayzun (al-Ghab)", "Hama")]


def test_a_list_the_gazetteer_holds_whole_after_the_event_place_is_one_event_per_village() -> None:
    """"استهدفوا مدينة السويداء ... في قرى المتونة والسويمرة وعراجة": each village of the list is an event, as when
    one of its names is unlisted (before, a list of known villages only counted when it held an unlisted one); not
    where people fled to ("وباتجاه مدينتي حمص ودمشق"), nor the towns near which one strike fell."""
    r = extract_text("قال صحفي محلي إن مسلحين من تنظيم داعش استهدفوا أمس مدينة السويداء من ثلاثة محاور هي وسط "
                     "المدينة، والريف الشمالي الشرقي في قرى المتونة والسويمرة وعراجة وتيما.", published="2018-07-26")
    assert _places(r, "Armed clash") == [("As-Suwayda", 1), ("Al-Mtouneh", 1), ("Al-Sweimra", 1), ("Araja", 1),
                                         ("Tima", 1)]
    r = extract_text("اختطف تنظيم داعش أمس أكثر من 220 من أبناء مدينة القريتين الواقعة في محافظة حمص، وأفاد ناشطون "
                     "بنزوح المئات من العائلات باتجاه بلدات صدد وفيروزة وباتجاه مدينتي حمص ودمشق.",
                     published="2015-08-08")
    assert [e["location"] for e in r["events"]] == ["Al Qaryatayn"]
    r = extract_text("وقال المرصد إن الضربة الجوية التي نفذها التحالف الدولي أمس أصابت المنطقة الواقعة قرب بلدتي "
                     "السوسة والباغوز فوقاني، ما أدى لمقتل 54 شخصا.", published="2018-07-14")
    assert [(e["location"], e["fatalities"]) for e in r["events"]] == [("As Sūsah", 54)]


def test_village_names_that_are_common_words_count_only_after_a_place_word() -> None:
    """"منطقة المفكر", "قرية الزكاة", "منطقتي سلمى" are villages of Hama and Latakia; "المفكر الاقتصادي" (a thinker),
    "تدفع الزكاة" (alms) and "قالت سلمى" (a woman) are no places (tools/build_gazetteer.py AMBIGUOUS_HAND)."""
    for text, want in [
        ("دارت اشتباكات بين قوات النظام وتنظيم داعش في محور منطقة المفكر بريف حماة الشرقي.", "Al-Mufakkar"),
        ("ألقى الطيران المروحي براميل متفجرة على مناطق في قرية الزكاة بريف حماه الشمالي.", "Al-Zakat"),
        ("قصفت قوات النظام أماكن في منطقتي سلمى وكباني في جبل الأكراد.", "Salma"),
    ]:
        ctx = ctx_of(text)
        assert want in [ctx.kb.places[p.value].name_en for p in ctx.spans["place"]]
    for text in ["توفي المفكر الاقتصادي المصري سمير أمين في باريس مساء الأحد عن عمر ناهز 87 عاما.",
                 "يجب أن تدفع الزكاة للفقراء والمساكين في كل عام.",
                 "قالت سلمى إن الوضع صعب جدا في المدينة هذه الأيام."]:
        ctx = ctx_of(text)
        assert not {ctx.kb.places[p.value].name_en for p in ctx.spans.get("place", [])} & {
            "Al-Mufakkar", "Al-Zakat", "Salma"}
