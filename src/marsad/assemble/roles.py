"""Who did what to whom: actor1 (agent) and actor2 (target/victims) of a mention.

Arabic news puts the agent in a few recognisable frames: the subject after a past-tense verb ("قصفت طائرات
التحالف", "استهدفت فصائل المعارضة"), a genitive of the event noun ("كمين لداعش", "هجوم التنظيم"), an agent phrase
("شنتها", "من قبل", "أطلقها", "طائرات تابعة لـ"), or "بين X و Y" for clashes. Targets follow "على", "ضد",
"مواقع/مقرات/رتل ... لـ", "صفوف", "من عناصر". Speakers ("مصدر في", "المتحدث باسم") are not parties.
"""

from __future__ import annotations

from marsad.assemble.mentions import Mention
from marsad.knowledge.loader import KnowledgeBase
from marsad.recognise.context import Context
from marsad.schema import Span
from marsad.text.normalise import arabic_pattern

_W = r"[\u0621-\u064a]+"
_TARGET_BEFORE = arabic_pattern(
    r"(?<![\u0621-\u064a])[وفبل]?(?:ال)?(?:من|صفوف|ضد|على|علي|استهداف|باستهداف|استهدف\w*|مواقع|موقع|مقرات|مقر|رتل\w*|ارتال|حاجز|حواجز|نقاط|نقطه|"
    r"تجمعات|تجمع|معاقل|معقل|تحصينات|اوكار|عناصر\s+من|عدد\s+من|مقاتل\w*\s+من|قيادي\w*\s+في|"
    # an officer "in" a force ("قتل عقيد في الجيش السوري"): one of its men
    r"(?:ضابط|ضباط|عقيد|عميد|نقيب|ملازم|رقيب|عريف)\w*\s+في|"
    r"اسر|اعتقال|اختطاف|خطف|اغتيال|اعدام|"
    # who the arrested or killed belong to ("يشتبه في انتمائهم لتنظيم داعش")
    r"(?:انتماء\w*|بانتماء\w*|بالانتماء|ينتمون|ينتمي|المنتمين|المنتمي)|"
    # "قتل العشرات من عناصر تنظيم داعش": the members counted "of" a group are its losses
    r"من\s+(?:عناصر|مقاتلي|مسلحي|افراد|منتسبي|جنود|اعضاء)\s+" + _W + r")"
    r"\s*(?:" + _W + r"\s+)?(?:(?:التابع\w*|الخاضع\w*)\s+)?$"
)
_AGO = (r"(?:ايام|يوم|يومين|ساعات|ساعه|ساعتين|اسابيع|اسبوع|اسبوعين|اشهر|شهر|شهرين|سنوات|سنه|سنتين|اعوام|عام|"
        r"عامين|قليل|نحو|حوالي)(?![\u0621-\u064a])")
_AGENT_BEFORE = arabic_pattern(
    # ("قبل" is "by", not "ago": "وقتل قبل أيام 45 مسلحا" counts the side hit)
    r"(?<![\u0621-\u064a])[وفبل]?(?:ال)?(?:[تي]?شن\w*|[تي]?نفذ\w*|من\s+قبل|قبل(?!\s+" + _AGO + r")|يد|بيد|طيران|"
    r"طائرات|طائره|مقاتلو|مقاتلي|مسلحو|مسلحي|عناصر|تبنا\w*|تبناه\w*|"
    r"اطلق\w*|مصدره\w*|بين|قصفت|قصف|استهدفت|هاجمت|هاجم|اعدم|اعدمت|اعتقلت|اعتقل|اختطف|اختطفت|خطف|خطفت|فجر|"
    r"سيطرت|سيطر|تمكنت|تمكن|تصدت|تصدي|داهمت|شنت|نفذت|اسقطت|دمرت|قتلت|اغتالت|حررت|استعادت|القت|ضبطت|"
    r"ارتكب\w*|"  # "مجزرة جديدة ارتكبتها الطائرات الحربية"
    # a device and the verb that threw, planted or set it off, its subject after it ("قنبلة يدوية ألقاها مسلحون
    # مجهولون", "عبوة ناسفة زرعها مسلحو التنظيم", "براميل ألقتها مروحيات")
    r"(?:القا|القو|القت|زرع|زرعو|زرعت|فجر|فجرو|فجرت)(?:ها|ه)|"
    # verbs of carrying on: "في وقت استأنفت القوات الحكومية هجوما", "وكثفت قوات النظام غاراتها"
    r"استانف|استانفت|واصل|واصلت|كثف|كثفت|صعد|صعدت|جدد|جددت|"
    # "العمليات التي تقوم بها القوات العراقية": who carries out the operations
    r"(?:تقوم|يقوم|قامت|قام)\s+بها|تنفذها|ينفذها)"
    # "طائرات حربية يعتقد أنها تابعة لتحالف تقوده الولايات المتحدة": a suspected owner is the agent too
    r"\s*(?:" + _W + r"\s+)?(?:(?:يعتقد|يرجح|يشتبه|قيل)\s+(?:انها|انه|انهم)\s+)?"
    r"(?:(?:تابعه|التابعه|التابع|الموالي\w*)\s+)?$"
)
# checked before the target frames, whose bare "من"/"على" would take these for "(some) of X"/"against X": the agent
# phrases "من قبل X", "من جانب X", "على يد X", a suicide bomber or an attacker "from" X, and gunmen of X
_AGENT_FROM = arabic_pattern(
    r"(?<![\u0621-\u064a])(?:من\s+(?:قبل|جانب)|علي\s+يد|علي\s+ايدي|(?:[وفبل]?(?:ال)?(?:انتحاري\w*|مهاجم\w*|منفذ\w*))\s+من"
    # gunmen in the nominative (the subject) "of" a group: "قتل مسلحون من تنظيم داعش", "بين مسلحين من التنظيم و..."
    r"|[وف]?(?:ال)?(?:مسلحون|مقاتلون)\s+(?:من|تابعون)|بين\s+(?:مسلحين|مقاتلين|عناصر)\s+من"
    # an attack "from" X ("إثر تعرضهم لهجوم من تنظيم داعش"), a bomb "of" X ("سيارة مفخخة تابعة لتنظيم داعش")
    r"|[وفبل]*(?:ال)?(?:هجوم|هجوما|هجمات|اعتداء|اعتداءات|كمين)\s+(?:[\u0621-\u064a]+\s+)?من"
    # strikes "from" X, their adjectives between ("مدعومة بغارات مكثفة من التحالف", "ضربات جوية عنيفة من"; not an
    # object: "استهدفت غارة أخرى رتلا من عجلات داعش")
    r"|[وفبل]*(?:ال)?(?:غارات|غاره|ضربات|ضربه)\s+(?:(?:ال)?(?:جويه|مكثفه|عنيفه|متتاليه|جديده|مماثله|اخري)\s+){0,2}من"
    r"|(?:مفخخه|ناسفه|ملغومه)\s+(?:تابعه|التابعه)\s+ل?"
    # "إن قوة من الشرطة الاتحادية تقدمت", "أوقفت قوة من الجيش": a force "of" X as the subject (not "كمينا لقوة من")
    # (the unit word begins the match: the whole group may not follow a letter)
    r"|(?:^|(?<=[\s\"«“(])|(?<![\u0621-\u064a])[وف])(?:قوه|وحده|دوريه|مفرزه)\s+من"
    # "وحدة الصواريخ والميدان التابعة للجيش العراقي تمكنت من ...": a unit "of" X, named by its arms
    r"|(?:^|[\"«“(]|(?<![\u0621-\u064a])[وف]|ان\s)(?:قوه|وحده|دوريه|مفرزه|كتيبه|سريه|فوج)"
    r"(?:\s+[وف]?(?:ال)?[\u0621-\u064a]+){1,3}\s+(?:التابعه|التابع)\s+"
    # aircraft "of" an air force: "ثلاث مقاتلات اف-16 من سلاح الجو التركي"
    r"|(?<![\u0621-\u064a])[وفبل]?(?:ال)?(?:طائرات|مقاتلات|طائره|مقاتله|مروحيات|قاذفات)(?:\s+\S+){0,2}\s+من\s*$"
    # members "of" X as the subject of a verb of acting ("حين فتح عناصر من حزب العمال النار", "نصب عناصر من")
    r"|(?<![\u0621-\u064a])[وف]?(?:فتح|نصب|هاجم|شن|اطلق|استهدف|اقتحم|فجر|زرع|نفذ)\s+(?:عناصر|مسلحون|مقاتلون)\s+من)"
    r"\s*(?:" + _W + r"\s+)?$"
)
# a verb of laying an ambush before the event noun ("نصب عناصر من الحزب كمينا لـ ..."): who follows "ل" is hit
_SET_UP = arabic_pattern(r"(?<![\u0621-\u064a])[وف]?(?:نصب|نصبت|نصبوا|ينصب|تنصب|ينصبون|نصبه|نصبها)(?![\u0621-\u064a])"
                         r"[^.،,]{0,50}$")
# "برصاص حراس مقر منظمة بدر", "بنيران الجيش التركي": the fire of X (up to three words before the name)
_FIRE_OF = arabic_pattern(r"(?<![\u0621-\u064a])[وب]?(?:رصاص|نيران)\s+(?:[\u0621-\u064a]+\s+){0,3}$")
# the weapon "from" X is X's ("قصف بالبراميل من طائرات النظام المروحية"), whether the weapon word is part of the
# actor's name or not
_WEAPON = r"(?:طائرات|طائره|طيران|مروحيات|مقاتلات|مدفعيه|راجمات|دبابات|صواريخ)"
_FROM_WEAPON = arabic_pattern(r"(?<![\u0621-\u064a])من\s+(?P<weapon>" + _WEAPON + r"\s+)?$")
_WEAPON_NAME = arabic_pattern(r"(?:ال)?" + _WEAPON)
# backing and joint action ("بدعم من التحالف", "الفصائل المدعومة من تركيا", "بالتنسيق مع الجيش"): an associate
# of the side that acts, never its target
_ALLY_BEFORE = arabic_pattern(
    r"(?<![\u0621-\u064a])(?:[وب]?(?:دعم|مسانده|اسناد|مشارك\w*|غطاء\s+جوي)|[وب]?(?:ال)?(?:مدعوم|مدعم)\w*|"
    r"بالتعاون|بالتنسيق)\s+(?:(?:من|مع)\s+)?(?:" + _W + r"\s+)?$"
)
# fighting "alongside" X ("12 مسلحا غير سوريين يقاتلون إلى جانب القوات السورية", "حزب الله الذي يقاتل إلى جانب قوات
# النظام"): X is on the side of the fighters, in their role
_ALONGSIDE = arabic_pattern(
    r"(?<![\u0621-\u064a])(?:[وف]?(?:كانوا\s+|وهم\s+)?(?:[يت]قاتل\w*|قاتل\w*|(?:ال)?مقاتل\w*)|[يت]خوض\w*\s+(?:ال)?معارك)"
    r"\s+الي\s+جانب\s+$"
)
# a count of people "loyal to" X ("12 مسلحا مواليا للنظام قتلوا"): the victims' side
_COUNTED_LOYAL = arabic_pattern(
    r"(?:\d+|عشرات|العشرات|مئات|المئات)\s+(?:" + _W + r"\s+)?(?:موال\w*|الموال\w*)\s*$"
)
_GENITIVE_OBJECT = arabic_pattern(
    r"[وفبل]*(?:ال)?(?:استهداف|اغتيال|اعتقال|اختطاف|خطف|مهاجمه|ضرب|قتل|اعدام|محاصره|حصار)"
)
# after the genitive of a verbal noun of acting, its object with "ل" ("استهداف التحالف لمواقع التنظيم"): the genitive
# is the subject (not "للمرة الثانية", "لليوم الثالث", nor a word that starts with ل: "لكن", "لم")
_LAM_OBJECT_AFTER = arabic_pattern(
    r"\s*(?:ال[\u0621-\u064a]+\s+)?(?:لل|ل(?!ل))(?!(?:مره|مرات|يوم|ايام|ليله|اسبوع|شهر|عام|سنه|اول|ثاني|ثالث|كن|م|ا|ذلك|دي|"
    r"ها|هم|ه|هذا|هذه|مده|فتره|حين|وقت)(?![\u0621-\u064a]))[\u0621-\u064a]{2,}"
)
# people fleeing or driven out ("نزوح المدنيين", "فرار الأهالي"): ACLED codes no displacement, and they are no side
_FLEEING = arabic_pattern(r"(?<![\u0621-\u064a])[وفبل]?(?:ال)?(?:نزوح|فرار|هروب|تهجير|لجوء)\s+$")
# a count right before a party's name ("45 مسلحا مواليا للنظام", "عشرات المسلحين الموالين")
_NUMBER_BEFORE = arabic_pattern(r"(?:(?<!\d)\d+|(?<![\u0621-\u064a])(?:عشرات|العشرات|مئات|المئات))\s+$")
_SPEAKER = arabic_pattern(
    r"(?<![\u0621-\u064a])[وفبل]?(?:ال)?(?:(?:مصدر|مصدران|مصادر|مسؤول|مسؤولون|ضابط|ضباط|متحدث)"
    r"(?:\s+(?:في|من|داخل)(?:\s+(?:قوات|وزاره|قياده|جيش|الجيش|صفوف|حكومه|اعلام)\s*)?)?|"
    r"(?:الناطق|المتحدث|ناطق|متحدث)\s+(?:الرسمي|العسكري|الاعلامي)\s+(?:باسم|ل)?\s*|"
    r"(?:اتهم|اتهمت|تتهم|يتهم|واتهم|واتهمت|وتتهم|ويتهم)\s+|"  # the accuser is not a party
    r"(?:عثر|عثرت|عثروا|وعثر|وعثرت|وعثروا)\s+|"  # nor whoever found the bodies
    r"لا\s+(?:ينتمون|ينتمي|تنتمي)\s+(?:الي\s+)?|"  # "لا ينتمون للجيش الروسي": a denied affiliation
    r"(?:لل|ل|و|ال)?(?:ضغط|ضغوط)\s+علي\s+|"  # "للضغط على جيش الإسلام للانسحاب": pressed, not attacked
    # "جنازة مقاتلين ضد تنظيم الدولة", "الفصائل المناهضة لداعش": whom the victims fought, not the side hit
    r"(?:ال)?مقاتل\w*\s+ضد\s+|(?:ال)?مناهض\w*\s+|"
    r"مصدر\s+في|مصادر\s+في|مسؤول\s+في|مسؤولون\s+في|المتحدث\s+باسم|متحدث\s+باسم|الناطق\s+باسم|ناطق\s+باسم|"
    r"قيادي\s+في|قائد\s+في|عضو\s+في|بيان\s+ل|بيانا\s+ل|مصدر\s+عسكري\s+في|اعلام|اعلام\s+ل|اعلامي\s+في|"
    r"(?:وكاله|شبكه|صفحه|موقع|قناه|اذاعه)\s+" + _W + r"\s+(?:التابع\w*|المقرب\w*)\s+)\s*$"
)


# between a name and the next: "الموالية لـ", "التابعة لـ", "المنضوية في" make the next name the first one's patron
# ("ميليشيا (الدفاع الوطني) الموالية للنظام", "لواء فاطميون التابع لإيران"), a description of the first, not a party
_PATRON_GAP = arabic_pattern(r"^[\s)\"»”]*(?:(?:ال)?(?:موالي\w*|موالون|موال|تابع\w*)\s+|"
                             # "فصائل المعارضة المنضوية في غرفة عمليات جيش الفتح": the alliance it belongs to
                             r"(?:ال)?(?:منضوي\w*|منضم\w*)\s+(?:في|تحت|ضمن|الي)\s+(?:(?:غرفه\s+عمليات|رايه|لواء)\s+)?)$")


def canonical(kb: KnowledgeBase, actor_id: str | None) -> str | None:
    """The ACLED-level actor: a unit ACLED does not code apart (an air force) is its parent."""
    a = kb.actors.get(actor_id or "")
    while a is not None and a.parent and a.parent in kb.actors:
        p = kb.actors[a.parent]
        if [n.name for n in a.names] != [n.name for n in p.names]:
            break
        a = p
    return a.id if a is not None else actor_id


# "والمسلحين الموالين لها": men loyal to the side just named
_LOYAL_AFTER = arabic_pattern(r"\s+(?:ال)?موال(?:ين|ون|يه|ي)(?![\u0621-\u064a])")


# "اشتباكات مع مسلحي تنظيم داعش", "معارك عنيفة مع قوات النظام": the other party of a fight (not the author of a
# bombardment that goes with it: "ترافقت الاشتباكات مع قصف الطيران المروحي")
_FIGHT_WITH = arabic_pattern(
    r"(?<![\u0621-\u064a])[وفبل]?(?:ال)?(?:اشتباك\w*|معارك|معركه|مواجه\w*|قتال|اقتتال|مشتبك\w*|اشتبك\w*)"
    r"\s+(?:" + _W + r"\s+){0,2}?مع\s+(?!(?:ال)?(?:قصف|غارات|غاره|ضربات|استهداف|قذائف|براميل)\s)(?:" + _W + r"\s+)?$"
)
# "بعد اشتباكات دارت بينها وبين القوات النظامية": the side "between it and" is the other side of the subject's fight
_BETWEEN_IT_AND = arabic_pattern(r"(?<![\u0621-\u064a])بين(?:ها|هم|ه|هما)\s+و\s*بين\s+(?:" + _W + r"\s+)?$")
_PUNCT = arabic_pattern(r"[،,.:؛]")
_AUTHOR = arabic_pattern(r"(?<![\u0621-\u064a])(?:من\s+)?(?:تدبير|وراءه|وراءها|تقف\s+وراء|يقف\s+وراء|تبناه|تبنته)\s*$"
                         # "أحبط الجنود محاولة داعش للتسلل": whoever attempted it is the attacker
                         r"|(?<![\u0621-\u064a])[وفبل]?(?:ال)?(?:محاوله|محاولات)\s*$")
_CONTROL = arabic_pattern(r"(?<![\u0621-\u064a])(?:[وفبل]?(?:ال)?(?:خاضع\w*|واقع\w*)\s+(?:ل|تحت\s+)|تحت\s+|مناطق\s+|ل)"
                      r"(?:ال)?سيطره\s*$"
                      # "المناطق الخاضعة للمعارضة", "الخاضعة لنفوذ الأكراد": who holds the place, no control word
                      r"|(?<![\u0621-\u064a])[وفبل]?(?:ال)?خاضع\w*\s+(?:لنفوذ\s+)?$"
                      # "قرب بلدات موالية للنظام", "القرى الموالية لنظام الأسد": whose side a place is on
                      r"|(?<![\u0621-\u064a])[وفبل]?(?:ال)?(?:بلدات|قري|مناطق|احياء|مدن|بلده|قريه|منطقه|حي|مدينه|بلدتي"
                      r"|قريتي|مدينتي)\s+(?:ال)?(?:موالي\w*|مؤيد\w*)\s+$")
# "مدفعية قوات البيشمركة", "طائرات جيش النظام": one unit word between the weapon (the trigger) and its owner
_UNIT_GAP = arabic_pattern(r"\s+(?:قوات|عناصر|مقاتلي|مسلحي|طائرات|طيران|جيش|ميليشيا|ميليشيات|مليشيا|مليشيات"
                           # "هاجمت مجموعة من عناصر تنظيم داعش": the verb's subject is a group of the actor's men
                           r"|مجموعه\s+من(?:\s+(?:عناصر|مقاتلي|مسلحي|فلول))?)\s+")


# "المدفعية في الجيش العربي السوري", "الطائرات التابعة للتحالف": a weapon (the trigger) "in" or "of" the force that
# owns it
_IN_FORCE = arabic_pattern(r"\s+(?:في|ضمن|لدي|التابع\w*)\s+")


# right after a name, a plural verb of attack whose subject it is ("مقاتلين من تنظيم داعش هاجموا", "مسلحين من
# الحزب أطلقوا النار")
_ACTS_AFTER = arabic_pattern(
    r"[\"»”]?\s+(?:(?:قد|الارهابي|المتطرف|المتشدد)\s+)?[وف]?(?:هاجموا|شنوا|استهدفوا|فجروا|اقتحموا|اطلقوا|قصفوا|اختطفوا|خطفوا|"
    r"اعدموا|نفذوا|اغتالوا|نصبوا|زرعوا|سيطروا|هجموا)(?![\u0621-\u064a])"
)
# right after a name: "(داعش) مسؤوليته عن", "المسؤولية عن": it claims the attack
_CLAIMS_AFTER = arabic_pattern(r"\s*(?:\([^)]{1,20}\)\s*)?(?:مسؤوليت(?:ه|ها|هم)|المسؤوليه)\s+عن")


# a counted object right after a name: "خطف تنظيم «داعش» نحو 230 مدنيا", "قتل التنظيم 15 شخصا"
_COUNT_AFTER = arabic_pattern(
    r"[\"»”]?\s+(?:(?:الارهابي|المتطرف|المتشدد)\s+)?(?:(?:نحو|قرابه|حوالي|اكثر\s+من|ما\s+لا\s+يقل\s+عن)\s+)?\d+"
)


_VERB_SUBJECT_GAP = arabic_pattern(r"\s+(?:(?:تنظيم|جماعه|قوات|عناصر|مسلحو|مسلحي|مقاتلو|مقاتلي)\s+)?[\"«“]?")


def _words_before(ctx: Context, span: Span) -> str:
    """The 40 characters before a name, ending in one space; an opening quote right before the name ('من تنظيم
    "الدولة"', "تنظيم ” داعش ”", reversed or slanted marks and slashes alike) must not hide the frame."""
    return ctx.norm[max(0, span.ns - 40):span.ns].rstrip(" \"«»“”‘’'(/") + " "


# between a casualty figure and the party whose men it counts: "مقتل أربعة من عناصر داعش", "3 عناصر من قوات النظام"
MEMBER_WORDS = r"(?:عناصر|مقاتلي|مسلحي|افراد|جنود|منتسبي)"  # the men of a party, counted ("19 من عناصر داعش")
_TOLL_GAP = arabic_pattern(r"\s*(?:من\s+)?(?:" + MEMBER_WORDS + r"\s+)?(?:من\s+)?")


def in_toll(ctx: Context, span: Span) -> bool:
    """The party's men are the dead or wounded that a figure counts ("7 عناصر من تنظيم داعش قتلوا", "لقي عدد من
    عناصر تنظيم داعش مصرعهم", "قتل أربعة من عناصر داعش")."""
    return any(f.value in ("killed", "wounded") and (
        (f.ns < span.ns and span.ne <= f.ne)
        or (span.ns - 30 <= f.ne <= span.ns and _TOLL_GAP.fullmatch(ctx.norm, f.ne, span.ns) is not None))
        for f in ctx.spans.get("figure", ()))


def _role(ctx: Context, span: Span, triggers: list[Span]) -> str:
    norm = ctx.norm
    before = _words_before(ctx, span)
    if any(t.value == "Disrupted weapons use" and t.attrs.get("stopped") and t.ns < span.ns and span.ne <= t.ne
           for t in triggers):
        return "agent"  # "عثرت القوات الأمنية على خمس عبوات ناسفة": the subject between the verb and the device
    if _SPEAKER.search(before):
        return "speaker"
    if span.attrs.get("author"):
        return "agent"  # "غارات جوية روسية": the nationality of a strike is its author
    if _ACTS_AFTER.match(ctx.norm, span.ne):
        return "agent"  # "مقاتلين من تنظيم داعش هاجموا رتلا": the subject of the attack verb that follows it
    if _CLAIMS_AFTER.match(ctx.norm, span.ne):
        return "agent"  # "وأعلن تنظيم الدولة الإسلامية (داعش) مسؤوليته عن الهجوم": the claimant is the author
    if (_ANNOUNCED.search(before) and _OWN_DEAD_AFTER.match(norm, span.ne)
            and not any(t.value == "Armed clash" for t in triggers)):
        # "أعلن الجيش التركي، الثلاثاء، مقتل أحد جنوده إثر هجوم شنه مسلحون": its own dead, hit by an attack (in a
        # battle, "مقتل ثمانية من جنوده في اشتباكات", the announcing side stays the first, as ACLED codes it)
        return "target"
    if span.attrs.get("counted"):
        # "مقتل أربعة جنود روس": soldiers counted are the side hit, unless they act ("أطلق جنود أتراك النار")
        return "agent" if _AGENT_BEFORE.search(before) else "target"
    number = _NUMBER_BEFORE.search(before)
    if number is not None and not _WEAPON_NAME.match(ctx.norm, span.ns):  # (not "عشرات الطائرات الحربية")
        # "قتل 45 مسلحا مواليا للنظام": men counted by a number are the side hit, unless a verb of acting comes
        # before the number ("هاجم 200 مسلح")
        return "agent" if _AGENT_BEFORE.search(before, 0, number.start()) else "target"
    if _CONTROL.search(before):
        return "speaker"  # "حي الشهباء الخاضع لسيطرة قوات النظام": who holds the place, not a party to the event
    if span.value == "civilians" and _FLEEING.search(before):
        return "speaker"  # "وسط استمرار نزوح المدنيين": people fleeing the fighting, not a side of it
    if _AUTHOR.search(before):
        return "agent"  # "هجوم قيل إنه من تدبير تنظيم الدولة": the (suspected) author, as the guideline codes it
    if _COUNT_AFTER.match(norm, span.ne) and any(
            _VERB_SUBJECT_GAP.fullmatch(norm, t.ne, span.ns) and not norm[t.ns:t.ne].startswith(("ال", "وال", "بال"))
            for t in triggers):
        return "agent"  # a verb, its subject, then the counted object: "خطف تنظيم «داعش» نحو 230 مدنيا"
    prev = [t for t in triggers if 0 <= span.ns - t.ne <= 2 or _UNIT_GAP.fullmatch(norm, t.ne, span.ns)
            or (_IN_FORCE.fullmatch(norm, t.ne, span.ns) and _WEAPON_NAME.search(norm, t.ns, t.ne))]
    if prev:
        if norm[span.ns:span.ns + 1] == "ل":
            if _SET_UP.search(norm, max(0, prev[-1].ns - 60), prev[-1].ns):
                return "target"  # "نصب عناصر من الحزب كمينا لقافلة عسكرية تركية": the ambush was laid for them
            return "agent"  # "كمين لداعش", "هجوم للتنظيم": the trigger's genitive is its author
        if not _GENITIVE_OBJECT.match(norm, prev[-1].ns):
            return "agent"  # idafa: "هجوم التنظيم", "قصف النظام" (but "استهداف قوات النظام" is the object)
        if _LAM_OBJECT_AFTER.match(norm, span.ne):
            return "agent"  # "باستهداف تنظيم داعش لسيارتهما": the verbal noun's subject, its object after "ل"
    if _AGENT_FROM.search(before) or _FIRE_OF.search(before):
        return "agent"
    fw = _FROM_WEAPON.search(before)
    if fw is not None and (fw.group("weapon") or _WEAPON_NAME.match(norm, span.ns)):
        return "agent"
    if _ALONGSIDE.search(before) and any(f.value in ("killed", "wounded") and 0 <= span.ns - f.ne <= 80
                                         for f in ctx.spans.get("figure", ())):
        return "target"  # "قتل 12 مسلحا يقاتلون إلى جانب القوات السورية": the side of the men counted
    if _COUNTED_LOYAL.search(before) or _FIGHT_WITH.search(before) or _BETWEEN_IT_AND.search(before):
        return "target"
    if _ALLY_BEFORE.search(before):
        return "agent"
    if _TARGET_BEFORE.search(before):
        return "target"
    near = [t for t in triggers if 0 <= span.ns - t.ne <= 14 and not _PUNCT.search(norm, t.ne, span.ns)]
    if near and norm[span.ns:span.ns + 1] == "ل":
        between = norm[near[-1].ne:span.ns].split()
        if len(between) == 1 and (between[0].startswith("و") or between[0].endswith(("ي", "يه"))
                                  or _INTENSITY.fullmatch(between[0])):
            return "agent"  # "قصف جوي وصاروخي للتحالف": an adjective between the event noun and its author
    if _AGENT_BEFORE.search(before):
        return "agent"
    first = triggers[0] if triggers else None
    if first is not None and span.ns > first.ns:
        return "target"
    return "agent"


# "قصف صاروخي مكثف لقوات النظام": how hard or how often, between the event noun and its author
_INTENSITY = arabic_pattern(r"(?:مكثف|كثيف|عنيف|متقطع|متواصل|مستمر|مفاجئ|واسع|جديد|مماثل|مركز)ه?")


_NAMES_ATTACK = arabic_pattern(r"هجوم|هجمات|محاول")
_BETWEEN = arabic_pattern(r"(?<![\u0621-\u064a])بين\s+(?:" + _W + r"\s+)?$")


def opens_pair(ctx: Context, span: Span) -> bool:
    """The party is the first of a battle's two sides ("بين الجيش التركي ومقاتلي داعش")."""
    return _BETWEEN.search(ctx.norm, max(0, span.ns - 20), span.ns) is not None


# what may separate the two parties of "بين X و Y": the rest of X's name, then "و" + at most one word ("ومقاتلي")
_AND_SECOND = arabic_pattern(r"^[^،,.:؛]{0,40}(?<![\u0621-\u064a])و(?:" + _W + r"\s+)?$")


# "قوات النظام أو الميليشيات الإيرانية": the second name is an alternative for the first
_OR_GAP = arabic_pattern(r"\s*[,،]?\s*(?:او|ام)\s+(?:ربما\s+)?")
# "اندلعت معارك عنيفة بين الطرفين": the two sides named just before
_BOTH_SIDES = arabic_pattern(r"(?<![\u0621-\u064a])بين\s+(?:الطرفين|الجانبين|الجهتين|القوتين)(?![\u0621-\u064a])")


def _sides_named_before(ctx: Context, m: Mention, pos: int) -> list[Span]:
    """The last two different parties named before ``pos``, in its sentence or the one before it."""
    start = ctx.sents[max(0, m.sent.index - 1)].start
    found: list[Span] = []
    for a in reversed(ctx.spans.get("actor", [])):
        if a.ns >= pos or a.value == "civilians":
            continue
        if a.ns < start or len(found) == 2:
            break
        if all(f.value != a.value for f in found) and not _SPEAKER.search(_words_before(ctx, a)):  # holders count
            found.append(a)
    return found[::-1] if len(found) == 2 else []


# a verb announcing or mourning right before a party ("أعلن الجيش", "نعت الفصائل")
_ANNOUNCED = arabic_pattern(r"(?<![\u0621-\u064a])[وف]?(?:اعلن|اعلنت|نعي|نعت)\s+$")
# after a party that announces or mourns: the death, wounding or capture of its own men, told with its pronoun ("أعلن
# الجيش التركي، الثلاثاء، مقتل أحد جنوده", "ونعت الفصائل مصرع ثلاثة من مقاتليها")
_OWN_DEAD_AFTER = arabic_pattern(
    r"[^.\n]{0,30}?(?<![\u0621-\u064a])(?:مقتل|مصرع|اصابه|استشهاد|اسر)\s+(?:[\u0621-\u064a0-9]+\s+){0,2}?(?:من\s+)?"
    + MEMBER_WORDS + r"(?:ه|ها|هم)(?![\u0621-\u064a])")
# a verb of saying right before a party that is also the source ("وقالت الشرطة", "وذكر الجيش"), not "أعلن" (a party
# announcing an arrest or a toll it inflicted is its author); the party speaks of its own deed with its pronoun ("وقالت
# الشرطة إنها اعتقلت")
_SAID_BY = arabic_pattern(r"(?<![\u0621-\u064a])[وف]?(?:قال|قالت|ذكر|ذكرت|افاد|افادت|اكد|اكدت|اوضح|اوضحت|اشار|اشارت"
                          r"|يقول|تقول)\s+$")
_OWN_DEED_AFTER = arabic_pattern(r"[^.،,\n]{0,40}?(?<![\u0621-\u064a])(?:انها|انه|انهم|انا|اننا)\s+(?:قد\s+)?"
                                 # (not the impersonal "إنه بعد وصول المشيعين", "إنه تم", "إنه لم")
                                 r"(?!(?:بعد|تم|في|من|لا|لم|لن|ليس|كان|جري|يجري|وقع|سيتم)(?![\u0621-\u064a]))"
                                 r"[\u0621-\u064a]")


def _co_speaker(ctx: Context, span: Span, sources: list[Span]) -> bool:
    """A name joined by "و" to a source that a reporting verb or attribution introduces ("بحسب المرصد ووحدات ...")."""
    if not ctx.norm.startswith("و", span.ns):
        return False
    reports = [r.ne for r in ctx.spans.get("report", ()) if r.ne <= span.ns]
    return any(s.ne <= span.ns and not ctx.norm[s.ne:span.ns].strip() and any(0 <= s.ns - e <= 12 for e in reports)
               for s in sources)


def _inside(span: Span, names: list[Span]) -> bool:
    """Strictly inside a longer name ("وزارة البيشمركة"), or starting inside it and running on with a modifier
    ("والإعلام الحربي لحزب الله اللبناني"); a source alias that is the actor's own name ("الشرطة") does not make it a
    speaker."""
    return any((n.ns <= span.ns and span.ne <= n.ne and n.ne - n.ns > span.ne - span.ns) or n.ns < span.ns < n.ne
               for n in names)


def assign_roles(ctx: Context, m: Mention, claim_actor: str | None) -> tuple[list[str], list[str], dict[str, Span]]:
    """Agents and targets (actor ids, in order) and the span that shows each one."""
    triggers = sorted(m.get("trigger"), key=lambda s: s.ns)
    agents: list[str] = []
    targets: list[str] = []
    ev: dict[str, Span] = {}
    sources = m.get("source")
    first_of_pair: Span | None = None  # X of "بين X و Y": Y is the other side
    last: Span | None = None  # the party named just before, and its role
    last_role = ""
    for a in sorted(m.get("actor"), key=lambda s: s.ns):
        if _inside(a, sources):
            continue  # "وزارة البيشمركة", "الدفاع الروسية": the speaker's name, not a party
        if _co_speaker(ctx, a, sources):
            continue  # "وفق ما أفاد المرصد السوري ووحدات حماية الشعب": a second speaker, not a party
        if (any(s.ns == a.ns and s.ne == a.ne for s in sources) and _SAID_BY.search(ctx.norm, max(0, a.ns - 12), a.ns)
                and not _OWN_DEED_AFTER.match(ctx.norm, a.ne)):
            continue  # "وقالت الشرطة إن الانفجار وقع قرب سوق": the police speak; they did not set off the bomb
        pair = first_of_pair
        first_of_pair = None
        if last is not None and last.ne <= a.ns and _PATRON_GAP.match(ctx.norm[last.ne:a.ns]):
            continue  # the patron of the party just named describes it
        # (the name's span may hold its clitic: "بين حزب الله وقوات النظام")
        gap = (ctx.norm[pair.ne:a.ns] + ("و" if ctx.norm.startswith("و", a.ns) else "")) if pair is not None else ""
        if pair is not None and _AND_SECOND.match(gap):
            role = "target"
            if ctx.kb.allied(pair.value, a.value) or _LOYAL_AFTER.match(ctx.norm, a.ne):
                # "بين قوات النظام وحزب الله من جهة، وفصائل المعارضة من جهة أخرى": an ally named with the first
                # side fights beside it; the other side is still to come
                role, first_of_pair = "agent", pair
        elif (last is not None and last_role == "target" and ctx.norm.startswith("و", a.ns)
              and not ctx.norm[last.ne:a.ns].strip()):
            role = "target"  # "قتل 19 من قوات النظام وفصائل المعارضة": the second of two counted sides is counted too
        elif last is not None and last_role and _OR_GAP.fullmatch(ctx.norm, last.ne, a.ns):
            role = last_role  # "قصفت قوات النظام أو الميليشيات الإيرانية": an alternative for the party just named
        elif (last is not None and last_role and 0 <= a.ns - last.ne <= 40
              and not _PUNCT.search(ctx.norm, last.ne, a.ns) and _ALONGSIDE.search(ctx.norm, last.ne, a.ns)):
            role = last_role  # "حزب الله الذي يقاتل إلى جانب قوات النظام": an ally of the party just named
        elif (last is not None and last_role == "agent" and ctx.norm.startswith("و", a.ns)
              and not ctx.norm[last.ne:a.ns].strip() and ctx.kb.allied(last.value, a.value)):
            role = "agent"  # "لهجوم من قوات النظام وحزب الله": an ally named with the author acts with it
        else:
            role = _role(ctx, a, triggers)
            if role == "agent" and _BETWEEN.search(ctx.norm, max(0, a.ns - 20), a.ns):
                first_of_pair = a
            elif role == "agent" and pair is not None and ctx.kb.allied(pair.value, a.value):
                # "بين قوات النظام المدعمة بقوات الدفاع الوطني وحزب الله ...": still the first side
                first_of_pair = pair
        last, last_role = a, role
        if role == "speaker":
            continue
        if role == "agent" and a.value == "civilians":
            role = "target"  # civilians are victims, never the side that acts (protesters are their own actor)
        bucket = agents if role == "agent" else targets
        actor = canonical(ctx.kb, a.value) or a.value
        if (role == "target" and a.attrs.get("counted") and actor in agents
                and _ANNOUNCED.search(ctx.norm, max(0, ev[actor].ns - 12), ev[actor].ns)):
            # "أعلن الجيش التركي مقتل ثلاثة جنود أتراك": a party announcing its own dead is the side hit
            agents.remove(actor)
            targets.append(actor)
            ev[actor] = a
            continue
        if actor not in agents and actor not in targets:
            bucket.append(actor)
            ev.setdefault(actor, a)
    both = _BOTH_SIDES.search(ctx.norm, m.start, m.end) if len(agents) + len(targets) < 2 else None
    if both is not None:
        for i, a in enumerate(_sides_named_before(ctx, m, both.start())):
            actor = canonical(ctx.kb, a.value) or a.value
            if actor not in agents and actor not in targets:
                (agents if i == 0 and not agents else targets).append(actor)
                ev.setdefault(actor, a)
    repel = next((t for t in triggers if t.attrs.get("defender_first")), None)
    if repel is not None:
        # "تصدت وحدات الجيش لهجوم شنه التنظيم", "صد الجيش العراقي هجوما لتنظيم داعش": whoever is named before the
        # attack that was repelled defends (actor2), whoever is named after it attacked (actor1)
        # (a repelling word that names the attack itself, "إحباط هجوم", "صد هجوم", is its own pivot: a battle word
        # further on is none, "إحباط هجوم شنه مسلحو داعش ... وقتل في الاشتباكات جنديان")
        attack = None if _NAMES_ATTACK.search(ctx.norm, repel.ns, repel.ne) else next(
            (t for t in triggers if t.ns > repel.ns and not t.attrs.get("defender_first")), None)
        pivot = attack.ns if attack is not None else repel.ne
        before = [a for a in agents + targets if ev[a].ns < pivot]
        after = [a for a in agents + targets if ev[a].ns >= pivot]
        if before and after:
            agents, targets = after, before
    if claim_actor and claim_actor not in agents:
        if claim_actor in targets and len(targets) > 1:
            targets.remove(claim_actor)
        if claim_actor not in targets:
            agents.insert(0, claim_actor)
    return agents, targets, ev
