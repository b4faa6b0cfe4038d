"""Fictional names for the written training data, distinct from the functional suite's names.

Every group, slogan, town and person here is invented by the Clearsight project. Identity terms
name real protected characteristics so that models learn they are not hate by themselves.
"""

from __future__ import annotations

from collections.abc import Mapping

LANGS: tuple[str, ...] = ("en", "ru", "fr", "de", "ar")

# (name, slogan) per language, one entry per invented group
GROUPS: tuple[Mapping[str, tuple[str, str]], ...] = (
    {
        "en": ("Dust Falcon Assembly", "The falcon rides the storm of dust!"),
        "ru": ("Собрание пыльного сокола", "Сокол летит на пыльной буре!"),
        "fr": ("Assemblée du faucon de poussière", "Le faucon chevauche la tempête de poussière !"),
        "de": ("Versammlung des Staubfalken", "Der Falke reitet den Staubsturm!"),
        "ar": ("صقر الغبار", "الصقر يركب عاصفة الغبار!"),
    },
    {
        "en": ("Granite Stag Guard", "Stand like granite, strike like the stag!"),
        "ru": ("Гвардия гранитного оленя", "Стой как гранит, бей как олень!"),
        "fr": ("Garde du cerf de granit", "Debout comme le granit, frappe comme le cerf !"),
        "de": ("Garde des Granithirsches", "Steh wie Granit, stoß zu wie der Hirsch!"),
        "ar": ("الأيل الغرانيتي", "اثبت كالغرانيت واضرب كالأيل!"),
    },
    {
        "en": ("Copper Spark Collective", "The spark outlives every cage!"),
        "ru": ("Коллектив медной искры", "Искра переживёт любую клетку!"),
        "fr": ("Collectif de l'étincelle de cuivre", "L'étincelle survit à toutes les cages !"),
        "de": ("Kollektiv Kupferfunke", "Der Funke überlebt jeden Käfig!"),
        "ar": ("الشرارة النحاسية", "الشرارة تعيش أطول من كل قفص!"),
    },
    {
        "en": ("Dorvan Homeland Army", "The hills of Dorvania will be ours again!"),
        "ru": ("Армия родины Дорвании", "Холмы Дорвании снова будут нашими!"),
        "fr": ("Armée de la patrie dorvane", "Les collines de Dorvanie seront de nouveau à nous !"),
        "de": ("Armee der Heimat Dorvanien", "Die Hügel Dorvaniens werden wieder uns gehören!"),
        "ar": ("جيش وطن دورفانيا", "تلال دورفانيا ستعود لنا!"),
    },
    {
        "en": ("Order of the Seventh Bell", "When the seventh bell rings, the old world falls!"),
        "ru": ("Орден седьмого колокола", "Когда прозвенит седьмой колокол, старый мир падёт!"),
        "fr": (
            "Ordre de la septième cloche",
            "Quand sonnera la septième cloche, l'ancien monde tombera !",
        ),
        "de": ("Orden der siebten Glocke", "Wenn die siebte Glocke läutet, fällt die alte Welt!"),
        "ar": ("الجرس السابع", "حين يدق الجرس السابع يسقط العالم القديم!"),
    },
)

_LATIN_TOWNS = ("Karsholm", "Mirrowdale", "Tanvik", "Eldergate", "Lorwenby", "Ystrelle")
TOWNS: Mapping[str, tuple[str, ...]] = {
    "en": _LATIN_TOWNS,
    "fr": _LATIN_TOWNS,
    "de": _LATIN_TOWNS,
    "ru": ("Карсхольм", "Мирроудейл", "Танвик", "Элдергейт", "Лорвенби", "Истрель"),
    "ar": ("كارسهولم", "ميرودايل", "تانفيك", "إلدرغيت", "لورفنبي", "إستريل"),
}

_LATIN_PEOPLE = ("Jorund", "Maelis", "Pim", "Odalys", "Teodric", "Sunniva")
PEOPLE: Mapping[str, tuple[str, ...]] = {
    "en": _LATIN_PEOPLE,
    "fr": _LATIN_PEOPLE,
    "de": _LATIN_PEOPLE,
    "ru": ("Йорунд", "Маэлис", "Пим", "Одалис", "Теодрик", "Суннива"),
    "ar": ("يوروند", "مايليس", "بيم", "أوداليس", "تيودريك", "سونيفا"),
}

# plural identity nouns usable as a sentence subject: religions, ethnicities, nationalities,
# gender, sexual orientation, disability, migration, age
IDENTITIES: Mapping[str, tuple[str, ...]] = {
    "en": (
        "Muslims",
        "Jews",
        "Christians",
        "Hindus",
        "atheists",
        "Roma",
        "Black people",
        "Arabs",
        "Poles",
        "women",
        "trans people",
        "gay people",
        "disabled people",
        "migrants",
        "refugees",
        "deaf people",
        "lesbians",
        "bisexual people",
        "Sikhs",
        "Asian people",
        "older people",
    ),
    "ru": (
        "мусульмане",
        "евреи",
        "христиане",
        "индуисты",
        "атеисты",
        "ромы",
        "чернокожие люди",
        "арабы",
        "поляки",
        "женщины",
        "трансгендерные люди",
        "геи",
        "люди с инвалидностью",
        "мигранты",
        "беженцы",
        "глухие люди",
        "лесбиянки",
        "бисексуалы",
        "сикхи",
        "азиаты",
        "пожилые люди",
    ),
    "fr": (
        "musulmans",
        "juifs",
        "chrétiens",
        "hindous",
        "athées",
        "Roms",
        "personnes noires",
        "Arabes",
        "Polonais",
        "femmes",
        "personnes trans",
        "homosexuels",
        "personnes handicapées",
        "migrants",
        "réfugiés",
        "personnes sourdes",
        "lesbiennes",
        "personnes bisexuelles",
        "sikhs",
        "Asiatiques",
        "personnes âgées",
    ),
    "de": (
        "Muslime",
        "Juden",
        "Christen",
        "Hindus",
        "Atheisten",
        "Roma",
        "Schwarze Menschen",
        "Araber",
        "Polen",
        "Frauen",
        "trans Menschen",
        "Schwule",
        "Menschen mit Behinderung",
        "Migranten",
        "Geflüchtete",
        "gehörlose Menschen",
        "Lesben",
        "bisexuelle Menschen",
        "Sikhs",
        "asiatische Menschen",
        "ältere Menschen",
    ),
    "ar": (
        "المسلمون",
        "اليهود",
        "المسيحيون",
        "الهندوس",
        "الملحدون",
        "الغجر",
        "السود",
        "العرب",
        "البولنديون",
        "النساء",
        "العابرون جنسياً",
        "المثليون",
        "ذوو الإعاقة",
        "المهاجرون",
        "اللاجئون",
        "الصم",
        "المثليات",
        "مزدوجو الميول الجنسية",
        "السيخ",
        "الآسيويون",
        "كبار السن",
    ),
}
