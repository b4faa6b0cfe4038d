"""Polish hate-functionality frames: the hateful categories and the fillers.

``{i}`` is a nominative plural that may be masculine-personal (``muzułmanie``) or not
(``kobiety``), so no frame lets an adjective, past-tense verb or ``oni``/``one`` agree with it:
frames use ``X to ...`` with a noun, present or future verbs, ``niech``, and the gender-free
pronoun forms ``ich``/``im``. Towns stand in apposition (``w mieście {t}``) to stay undeclined.
The contrast categories live in ``frames_pl_more`` and reuse the insult words of these frames.
"""

from __future__ import annotations

from collections.abc import Mapping

from clearsight.training.written import entities
from clearsight.training.written.hate.frames_pl_add import ADD
from clearsight.training.written.hate.frames_pl_more import CONTRAST

IDENTITIES: tuple[str, ...] = (
    "muzułmanie",
    "Żydzi",
    "chrześcijanie",
    "hinduiści",
    "ateiści",
    "Romowie",
    "osoby czarnoskóre",
    "Arabowie",
    "Polacy",
    "kobiety",
    "osoby transpłciowe",
    "geje",
    "osoby z niepełnosprawnościami",
    "migranci",
    "uchodźcy",
    "osoby głuche",
    "lesbijki",
    "osoby biseksualne",
    "sikhowie",
    "Azjaci",
    "osoby starsze",
)
TOWNS: tuple[str, ...] = entities.TOWNS["en"]
PEOPLE: tuple[str, ...] = entities.PEOPLE["en"]
NONPROTECTED: tuple[str, ...] = (
    "strażnicy miejscy",
    "kontrolerzy skarbowi",
    "traderzy kryptowalut",
    "właściciele mieszkań na wynajem",
    "sędziowie piłkarscy",
    "influencerzy",
    "agenci nieruchomości",
    "rowerzyści",
    "gracze komputerowi",
    "mimowie",
    "kanarzy",
    "windykatorzy",
)

HATEFUL: Mapping[str, tuple[str, ...]] = {
    "derogation": (
        "{i} to brudna, leniwa i zakłamana hołota, każdy to wie.",
        "{i} są do niczego. Umieją tylko kłamać i kraść.",
        "Mieszkam w mieście {t} od dwudziestu lat i mówię wprost: {i} to największa hołota w "
        "okolicy.",
        "{i} = brud, bieda i przestępczość. Tyle w temacie.",
        "Każdy problem w mieście {t} ma to samo źródło: {i}. Głupia, agresywna hołota, której nie "
        "chce się pracować.",
        "{i} to banda pasożytów, które żyją z cudzej pracy.",
        "{i} mają przestępczość we krwi #{t}",
        "Gdzie {i}, tam hałas, syf i kłamstwa – zawsze i wszędzie.",
    ),
    "dehumanisation": (
        "{i} to szczury. Gdzie się pojawią, tam zaraz brud.",
        "{i} to nie ludzie, to plaga, która rozlewa się po mieście {t}.",
        "{i} to robactwo i nic więcej.",
        "{i} to choroba, a miasto {t} jest już zarażone.",
        "{i}? To nie są ludzie, to chodzące śmieci.",
        "{i} mnożą się jak karaluchy 🪳, a miasto {t} stało się ich gniazdem.",
        "Bydło, a nie ludzie – tym właśnie są {i}.",
        "{i} to szarańcza, która pożera miasto {t}.",
    ),
    "threat_to_group": (
        "{i} jeszcze za to słono zapłacą, a ja chcę to zobaczyć.",
        "Niech {i} znikną z powierzchni ziemi.",
        "Kiedyś skończy się cierpliwość i {i} dostaną to, na co zasługują.",
        "{i} zasługują na cierpienie. Bez wyjątku.",
        "Wiadomość dla miasta {t}: {i} nie zaznają tu spokoju. Nigdy.",
        "Jeśli będzie to zależeć ode mnie, {i} będą żałować dnia swoich narodzin.",
        "{i} niech lepiej uważają, bo rachunek jeszcze przyjdzie 😡",
        "Przyjdzie czas, że {i} dostaną nauczkę, której nie zapomną.",
    ),
    "exclusion": (
        "{i} nie mogą mieć prawa głosu. Kropka.",
        "Wynocha, {i}! Miasto {t} nie jest dla was.",
        "W porządnej firmie {i} nie mają czego szukać.",
        "Zakaz wjazdu do miasta {t} – {i} mają trzymać się z daleka!",
        "{i} niech mieszkają osobno: osobne dzielnice, osobne szkoły, z dala od normalnych ludzi.",
        "{i} – won z mojego kraju, z mojej ulicy i z mojego życia.",
        "Zasiłki, posady w urzędach, obywatelstwo – {i} nie mają do tego prawa.",
        "Szkoły, szpitale, kluby sportowe – wszędzie w mieście {t} {i} mają mieć zakaz wstępu.",
    ),
    "hate_question": (
        "Dlaczego {i} to zawsze taka brudna, zakłamana hołota?",
        "Może mi ktoś wyjaśnić, do czego właściwie służą {i}, poza robieniem szkód?",
        "Czy {i} w ogóle mają mózg, czy tylko udają?",
        "Zauważyliście, że gdzie mieszkają {i}, tam rośnie przestępczość? Przypadek?",
        "Kiedy w końcu miasto {t} pozbędzie się problemu, jakim są {i}?",
        "Od kiedy to {i} uchodzą za prawdziwych ludzi?",
        "{i} czy szczury – co za różnica? Żadna, prawda?",
        "Czy {i} robią cokolwiek poza kłamaniem i kradzieżą? Ktoś widział?",
    ),
    "hate_opinion": (
        "Moim zdaniem {i} to najgorsze, co spotkało miasto {t}.",
        "Uważam, że {i} to leniwa i nieuczciwa hołota, i nie będę udawać, że jest inaczej.",
        "Szczerze mówiąc, dla mnie {i} to rak tego kraju.",
        "Może się mylę, ale według mnie {i} są do niczego.",
        "Moje stanowisko jest proste: {i} przynoszą tylko zacofanie.",
        "Powiem szczerze: {i} budzą we mnie wstręt. Od zawsze.",
        "Niepopularna opinia? Wcale nie: {i} to pasożyty i każdy tak myśli.",
        "Sorry, ale dla mnie {i} to po prostu ciężar i tego nie zmienię.",
    ),
    "hate_pronoun": (
        "W mieście {t} otwierają kolejny klub, w którym spotykają się {i}. Nikt nie powinien im "
        "ufać, to pasożyty.",
        "{i} pracują ze mną w biurze. Nie znoszę ich, to zwykłe pasożyty.",
        "Podobno do miasta {t} przeprowadzają się {i}. Umieją tylko kraść i kłamać, nie łudźcie "
        "się, że będzie inaczej.",
        "{i} znowu na pierwszych stronach gazet. Nie mogę ich znieść, to zaraza.",
        "Dziś w wiadomościach: {i} protestują w mieście {t}. Kłamią, kradną i jeszcze robią z "
        "siebie ofiary.",
        "Kuzyn twierdzi, że {i} z miasta {t} są w porządku. Bzdura. To śmieci tego miasta.",
        "{i} chcą mieć swoje miejsce na rynku w mieście {t}. Niech wracają do swoich nor.",
        "Szef mówi, że w firmie pracują też {i}. Nie nadają się do niczego i nigdy nie będą się "
        "nadawać.",
    ),
}

# the added frames go last: a frame's position names its split
FRAMES: Mapping[str, tuple[str, ...]] = {
    category: frames + ADD[category] for category, frames in {**HATEFUL, **CONTRAST}.items()
}
