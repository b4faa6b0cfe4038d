"""Fictional fillers for the functional suite: invented groups, slogans, towns and people.

Every name here is invented for Clearsight's tests; none names a real group, person or place.
The written training data (``clearsight.training.written``) uses a different set of names.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Group:
    """An invented group: its ideology facet and, per language, its name and slogan."""

    ideology: str
    name: Mapping[str, str]
    slogan: Mapping[str, str]


GROUPS: tuple[Group, ...] = (
    Group(
        "jihadist",
        {
            "en": "Nine Lantern Brotherhood",
            "ru": "Братство девяти фонарей",
            "fr": "Fraternité des neuf lanternes",
            "de": "Bruderschaft der neun Laternen",
            "ar": "أخوية الفوانيس التسعة",
        },
        {
            "en": "The ninth lantern will light the whole world!",
            "ru": "Девятый фонарь осветит весь мир!",
            "fr": "La neuvième lanterne éclairera le monde entier !",
            "de": "Die neunte Laterne wird die ganze Welt erleuchten!",
            "ar": "الفانوس التاسع سينير العالم كله!",
        },
    ),
    Group(
        "violent_far_right",
        {
            "en": "Iron Heron Legion",
            "ru": "Легион железной цапли",
            "fr": "Légion du héron de fer",
            "de": "Legion des eisernen Reihers",
            "ar": "فيلق مالك الحزين الحديدي",
        },
        {
            "en": "Iron wings over our land!",
            "ru": "Железные крылья над нашей землёй!",
            "fr": "Des ailes de fer sur notre pays !",
            "de": "Eiserne Flügel über unserem Land!",
            "ar": "أجنحة من حديد فوق أرضنا!",
        },
    ),
    Group(
        "violent_far_left",
        {
            "en": "Red Thistle Cells",
            "ru": "Ячейки красного чертополоха",
            "fr": "Cellules du chardon rouge",
            "de": "Zellen der roten Distel",
            "ar": "خلايا الشوك الأحمر",
        },
        {
            "en": "The thistle will pierce every palace!",
            "ru": "Чертополох пронзит каждый дворец!",
            "fr": "Le chardon percera chaque palais !",
            "de": "Die Distel durchbohrt jeden Palast!",
            "ar": "الشوكة ستخترق كل قصر!",
        },
    ),
    Group(
        "ethno_separatist",
        {
            "en": "Free Velmoria Front",
            "ru": "Фронт свободной Вельмории",
            "fr": "Front pour une Velmorie libre",
            "de": "Front für ein freies Velmorien",
            "ar": "جبهة فيلموريا الحرة",
        },
        {
            "en": "Velmoria rises from the river!",
            "ru": "Вельмория восстаёт из реки!",
            "fr": "La Velmorie se lève du fleuve !",
            "de": "Velmorien erhebt sich aus dem Fluss!",
            "ar": "فيلموريا تنهض من النهر!",
        },
    ),
    Group(
        "other",
        {
            "en": "Clockwork Covenant",
            "ru": "Завет часового механизма",
            "fr": "Alliance de l'horloge",
            "de": "Bund des Uhrwerks",
            "ar": "عهد الساعة الآلية",
        },
        {
            "en": "The last gear turns for us!",
            "ru": "Последняя шестерня вращается для нас!",
            "fr": "Le dernier engrenage tourne pour nous !",
            "de": "Das letzte Zahnrad dreht sich für uns!",
            "ar": "الترس الأخير يدور من أجلنا!",
        },
    ),
)

TOWNS: Mapping[str, tuple[str, ...]] = {
    "en": ("Quillmere", "Brackenholt", "Ostvale", "Dunmarrow", "Pellingford"),
    "fr": ("Quillmere", "Brackenholt", "Ostvale", "Dunmarrow", "Pellingford"),
    "de": ("Quillmere", "Brackenholt", "Ostvale", "Dunmarrow", "Pellingford"),
    "ru": ("Квиллмир", "Бракенхольт", "Оствейл", "Данмарроу", "Пеллингфорд"),
    "ar": ("كويلمير", "براكنهولت", "أوستفيل", "دنمارو", "بيلينغفورد"),
}

PEOPLE: Mapping[str, tuple[str, ...]] = {
    "en": ("Brannock", "Tilda", "Osric", "Wenna", "Corvin", "Ysolde"),
    "fr": ("Brannock", "Tilda", "Osric", "Wenna", "Corvin", "Ysolde"),
    "de": ("Brannock", "Tilda", "Osric", "Wenna", "Corvin", "Ysolde"),
    "ru": ("Браннок", "Тильда", "Осрик", "Венна", "Корвин", "Изольда"),
    "ar": ("برانوك", "تيلدا", "أوسريك", "وينا", "كورفين", "إيزولد"),
}

# plural nouns for identity groups, used only as a sentence subject (Arabic: nominative)
IDENTITIES: Mapping[str, tuple[str, ...]] = {
    "en": (
        "Muslims",
        "Jews",
        "Christians",
        "migrants",
        "gay people",
        "women",
        "disabled people",
        "refugees",
        "Roma",
        "Black people",
        "Hindus",
        "trans people",
    ),
    "ru": (
        "мусульмане",
        "евреи",
        "христиане",
        "мигранты",
        "геи",
        "женщины",
        "люди с инвалидностью",
        "беженцы",
        "ромы",
        "чернокожие люди",
        "индуисты",
        "трансгендерные люди",
    ),
    "fr": (
        "musulmans",
        "juifs",
        "chrétiens",
        "migrants",
        "homosexuels",
        "femmes",
        "personnes handicapées",
        "réfugiés",
        "Roms",
        "personnes noires",
        "hindous",
        "personnes trans",
    ),
    "de": (
        "Muslime",
        "Juden",
        "Christen",
        "Migranten",
        "Schwule",
        "Frauen",
        "Menschen mit Behinderung",
        "Geflüchtete",
        "Roma",
        "Schwarze Menschen",
        "Hindus",
        "trans Menschen",
    ),
    "ar": (
        "المسلمون",
        "اليهود",
        "المسيحيون",
        "المهاجرون",
        "المثليون",
        "النساء",
        "ذوو الإعاقة",
        "اللاجئون",
        "الغجر",
        "السود",
        "الهندوس",
        "العابرون جنسياً",
    ),
}
