"""Fictional text for the demo corpora: places, groups, people, and posts by kind and language.

Everything here is invented and deliberately odd-sounding: the town of Quillhaven, the
"Violet Kettle Brigade", people such as Odo Pennywhistle. The harmful kinds reuse generic
starter-lexicon phrases (no real slogans, groups or instructions) so the demo finds them.
E-mail domains are the reserved ``example.*`` ones and phone numbers are from ranges
reserved for fiction (+1-555-01xx, +44 7700 900xxx).
"""

from __future__ import annotations

import random
from collections.abc import Mapping

TOWN = "Quillhaven"
GROUP = "Violet Kettle Brigade"
COUNCIL = "Quillhaven Pudding Council"
LANGS = ("en", "ru", "fr", "de", "ar")

PEOPLE = (
    ("Odo Pennywhistle", "@odo_pennywhistle"),
    ("Zinnia Crumbhollow", "@zinnia_crumb"),
    ("Bartholomew Fizzlewick", "@fizzlewick_b"),
    ("Mirabel Quatch", "@mirabel_q"),
    ("Ignatius Thimbleroot", "@thimbleroot"),
    ("Pelagia Snorkwood", "@snorkwood"),
    ("Ulfric Bramblesnout", "@bramblesnout"),
    ("Henrietta Gloop", "@gloop_hen"),
    ("Casimir Wobbleton", "@wobbleton_c"),
    ("Tansy Marrowquill", "@tansy_mq"),
)

Templates = Mapping[str, tuple[str, ...]]

NEUTRAL: Templates = {
    "en": (
        "Anyone know if the {town} bakery is open on Sunday?",
        "Rain again in {town}. Bringing my umbrella and my patience.",
        "Our choir meets on Thursday at the {town} library, all welcome!",
        "Just finished a 10 km run along the canal. Legs are jelly.",
        "Recipe tip: a little lemon zest makes any soup better.",
        "The {town} flower show is back next month, tulips everywhere.",
    ),
    "ru": (
        "Кто-нибудь знает, работает ли пекарня в {town} в воскресенье?",
        "Сегодня снова дождь. Беру зонт и терпение.",
        "Хор собирается в четверг в библиотеке, приходите все!",
    ),
    "fr": (
        "Quelqu'un sait si la boulangerie de {town} est ouverte dimanche ?",
        "Encore de la pluie aujourd'hui, je prends mon parapluie.",
        "La chorale se retrouve jeudi à la bibliothèque, venez nombreux !",
    ),
    "de": (
        "Weiß jemand, ob die Bäckerei in {town} sonntags offen hat?",
        "Heute regnet es schon wieder, also Schirm einpacken.",
        "Der Chor trifft sich am Donnerstag in der Bibliothek, alle willkommen!",
    ),
    "ar": (
        "هل يعرف أحد إن كان المخبز مفتوحا يوم الأحد؟",
        "الجو ممطر اليوم مرة أخرى، سآخذ مظلتي.",
        "تجتمع الجوقة يوم الخميس في المكتبة، الجميع مرحب بهم.",
    ),
}

NEWS: Templates = {
    "en": (
        "Police said two people were hurt in the attack on the {town} market; "
        "the suspect was arrested on Tuesday.",
        "According to officials, the {town} market will reopen next week after the attack.",
        "Police said a post praising the {town} attackers ('they died as heroes') is under "
        "investigation.",
    ),
    "ru": ("По данным полиции, при нападении на рынок в {town} пострадали два человека.",),
    "fr": (
        "Selon la police, deux personnes ont été blessées lors de l'attaque du marché de {town}.",
    ),
    "de": ("Laut Polizei wurden beim Angriff auf den Markt in {town} zwei Menschen verletzt.",),
    "ar": ("قالت الشرطة إن شخصين أصيبا في الهجوم على سوق {town}.",),
}

COUNTER: Templates = {
    "en": (
        "We condemn the attack on the {town} market. Violence is never the answer.",
        "Solidarity with the victims in {town}. We stand together against violence.",
        "We condemn anyone who writes 'glory to the martyrs' about the {town} attack.",
    ),
    "ru": ("Мы осуждаем нападение на рынок в {town}. Насилие не выход.",),
    "fr": ("Nous condamnons l'attaque du marché de {town}. La violence n'est jamais la solution.",),
    "de": ("Wir verurteilen den Angriff auf den Markt in {town}. Gewalt ist keine Lösung.",),
    "ar": ("نحن ندين الهجوم على سوق {town}. العنف ليس الحل.",),
}

GLORIFY: Templates = {
    "en": (
        "Glory to the martyrs of {town}! They died as heroes for the {group}.",
        "The attack was a victory. A true hero of the cause, may their sacrifice inspire.",
    ),
    "ru": ("Слава мученикам {town}! Они погибли как герои.",),
    "fr": ("Gloire aux martyrs de {town} ! Ils sont morts en héros.",),
    "de": ("Ruhm den Märtyrern von {town}! Sie starben als Helden.",),
    "ar": ("المجد للشهداء! ماتوا أبطالا.",),
}

THREAT: Templates = {
    "en": (
        "To the {council}: your days are numbered. You will pay with your lives.",
        "We know where you live, {council}. You will be next.",
    ),
    "ru": ("Совету {town}: ваши дни сочтены. Вы заплатите своими жизнями.",),
    "fr": ("Au conseil de {town} : vos jours sont comptés. Vous le paierez de vos vies.",),
    "de": ("An den Rat von {town}: Eure Tage sind gezählt. Ihr werdet mit eurem Leben bezahlen.",),
    "ar": ("إلى مجلس {town}: أيامكم معدودة. ستدفعون الثمن بأرواحكم.",),
}

RECRUIT: Templates = {
    "en": (
        "The {group} says we need fighters. Join our ranks, message us to join.",
        "Take up arms and join the fight with the {group}.",
    ),
    "ru": ("Нам нужны бойцы. Вступайте в наши ряды!",),
    "fr": ("Nous avons besoin de combattants. Rejoignez nos rangs !",),
    "de": ("Wir brauchen Kämpfer. Tretet unseren Reihen bei!",),
    "ar": ("نحتاج إلى مقاتلين. انضموا إلى صفوفنا.",),
}

KINDS: Mapping[str, Templates] = {
    "neutral": NEUTRAL,
    "news": NEWS,
    "counter": COUNTER,
    "glorify": GLORIFY,
    "threat": THREAT,
    "recruit": RECRUIT,
}

# Cumulative mix of the corpus by kind (neutral chatter dominates, as in real feeds).
KIND_WEIGHTS: Mapping[str, int] = {
    "neutral": 50,
    "news": 12,
    "counter": 11,
    "glorify": 9,
    "threat": 9,
    "recruit": 9,
}
LANG_WEIGHTS: Mapping[str, int] = {"en": 40, "ru": 15, "fr": 15, "de": 15, "ar": 15}

HOMOGLYPHS = {"a": "а", "e": "е", "o": "о"}  # Latin -> Cyrillic look-alikes
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5"}
ZERO_WIDTH = "\u200b"


def fill(template: str) -> str:
    return template.format(town=TOWN, group=GROUP, council=COUNCIL)


def pick_text(rng: random.Random, kind: str, lang: str) -> str:
    return fill(rng.choice(KINDS[kind][lang]))


def pick_weighted(rng: random.Random, weights: Mapping[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def obfuscate(rng: random.Random, text: str) -> tuple[str, str]:
    """One obfuscated variant of ``text`` and the name of the trick used."""
    trick = rng.choice(("homoglyph", "leet", "zero_width", "spaced"))
    return OBFUSCATIONS[trick](text), trick


def homoglyph(text: str) -> str:
    return "".join(HOMOGLYPHS.get(c, c) if i % 2 else c for i, c in enumerate(text))


def leet(text: str) -> str:
    """Digits for some letters inside words (``fight3rs``), as people write them."""
    inner = {i for i in range(1, len(text) - 1) if text[i - 1].isalpha() and text[i + 1].isalpha()}
    return "".join(LEET.get(c, c) if i in inner and i % 3 == 0 else c for i, c in enumerate(text))


def zero_width(text: str) -> str:
    return "".join(c + ZERO_WIDTH if c.isalpha() and i % 2 else c for i, c in enumerate(text))


def spaced(text: str) -> str:
    """Spell out the longest lower-case word with spaces between its letters."""
    words = text.split(" ")
    cores = [w.rstrip(".,!?:;") for w in words]
    pick = max(range(len(words)), key=lambda i: (cores[i].islower(), len(cores[i])))
    words[pick] = " ".join(cores[pick]) + words[pick][len(cores[pick]) :]
    return " ".join(words)


OBFUSCATIONS = {"homoglyph": homoglyph, "leet": leet, "zero_width": zero_width, "spaced": spaced}


def contact_line(rng: random.Random, person: tuple[str, str]) -> str:
    """A sentence with a fictional e-mail address and phone number for the pseudonymiser."""
    user = person[0].lower().replace(" ", ".")
    phone = f"+1-555-01{rng.randrange(100):02d}" if rng.random() < 0.5 else _uk_phone(rng)
    return f" Write to {user}@example.org or call {phone}."


def _uk_phone(rng: random.Random) -> str:
    return f"+44 7700 900{rng.randrange(1000):03d}"
