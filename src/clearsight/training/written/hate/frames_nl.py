"""Dutch hate-functionality frames: the hateful categories and the fillers.

``{i}`` is a bare plural (``moslims``, ``zwarte mensen``) and stands without an article; Dutch
plural predicates do not agree in gender, and the pronoun frames use ``ze``. The contrast
categories live in ``frames_nl_more`` and reuse the insult words of these frames.
"""

from __future__ import annotations

from collections.abc import Mapping

from clearsight.training.written import entities
from clearsight.training.written.hate.frames_nl_add import ADD
from clearsight.training.written.hate.frames_nl_more import CONTRAST

IDENTITIES: tuple[str, ...] = (
    "moslims",
    "joden",
    "christenen",
    "hindoes",
    "atheïsten",
    "Roma",
    "zwarte mensen",
    "Arabieren",
    "Polen",
    "vrouwen",
    "transpersonen",
    "homo's",
    "mensen met een beperking",
    "migranten",
    "vluchtelingen",
    "dove mensen",
    "lesbiennes",
    "biseksuele mensen",
    "sikhs",
    "Aziaten",
    "ouderen",
)
TOWNS: tuple[str, ...] = entities.TOWNS["en"]
PEOPLE: tuple[str, ...] = entities.PEOPLE["en"]
NONPROTECTED: tuple[str, ...] = (
    "parkeerwachters",
    "belastinginspecteurs",
    "cryptohandelaren",
    "verhuurders",
    "scheidsrechters",
    "influencers",
    "makelaars",
    "wielrenners",
    "gamers",
    "mimespelers",
    "deurwaarders",
    "tweedehandsautoverkopers",
)

HATEFUL: Mapping[str, tuple[str, ...]] = {
    "derogation": (
        "{i} zijn vies, lui en oneerlijk, dat weet iedereen.",
        "{i} deugen gewoon niet. Liegen en stelen, meer kunnen ze niet.",
        "Twintig jaar woon ik nu in {t}, en {i} zijn en blijven het uitschot van de wijk.",
        "{i} = overlast, troep en criminaliteit. Zo simpel is het.",
        "Alle ellende in {t} heeft één oorzaak: {i}. Dom, agressief en te lui om te werken.",
        "{i} zijn een stelletje profiteurs dat leeft op kosten van hardwerkende mensen.",
        "Bij {i} zit criminaliteit in het bloed #{t}",
        "Typisch {i}: herrie, rotzooi en leugens, altijd en overal.",
    ),
    "dehumanisation": (
        "{i} zijn ratten. Waar ze komen, komt de rotzooi mee.",
        "{i} zijn geen mensen, het is ongedierte dat zich door {t} verspreidt.",
        "{i} zijn parasieten en niets meer dan dat.",
        "{i} zijn een ziekte en {t} is al helemaal besmet.",
        "{i}? Dat zijn geen mensen, dat is afval met benen.",
        "{i} vermenigvuldigen zich als kakkerlakken 🪳 en {t} is hun nest geworden.",
        "Beesten, dat zijn {i}. Geen mensen.",
        "{i} zijn sprinkhanen die {t} kaalvreten.",
    ),
    "threat_to_group": (
        "{i} gaan hier nog zwaar voor boeten, en ik wil erbij zijn.",
        "Hopelijk verdwijnen {i} ooit van de aardbodem.",
        "Ooit raakt het geduld op, en dan krijgen {i} wat ze verdienen.",
        "{i} verdienen het om te lijden. Allemaal.",
        "Boodschap voor {t}: {i} krijgen hier nooit meer rust.",
        "Als het aan mij ligt, krijgen {i} spijt dat ze ooit geboren zijn.",
        "{i} moeten maar goed oppassen, want de rekening komt eraan 😡",
        "Het wordt tijd dat {i} een lesje leren dat ze nooit meer vergeten.",
    ),
    "exclusion": (
        "{i} zouden geen stemrecht moeten hebben. Punt.",
        "Weg met {i}! {t} is niet voor jullie.",
        "Geen enkel fatsoenlijk bedrijf zou {i} moeten aannemen.",
        "Verbied {i} de toegang tot {t}, en wel nu meteen!",
        "{i} horen apart te wonen: eigen wijk, eigen scholen, ver weg van normale mensen.",
        "Ik wil {i} uit mijn land, uit mijn straat en uit mijn leven.",
        "Geen uitkering, geen overheidsbaan, geen paspoort voor {i}.",
        "School, ziekenhuis, sportclub: nergens in {t} zouden {i} welkom moeten zijn.",
    ),
    "hate_question": (
        "Waarom zijn {i} altijd zo vies en oneerlijk?",
        "Kan iemand me uitleggen waar {i} eigenlijk goed voor zijn, behalve voor ellende?",
        "Hebben {i} eigenlijk hersens of doen ze maar alsof?",
        "Is het jullie ook opgevallen dat waar {i} wonen de misdaad stijgt? Toeval?",
        "Wanneer is {t} eindelijk verlost van {i}?",
        "Sinds wanneer tellen {i} eigenlijk als echte mensen?",
        "Wat is het verschil tussen {i} en ratten? Geen, toch?",
        "Doen {i} eigenlijk ooit iets anders dan liegen en stelen? Iemand?",
    ),
    "hate_opinion": (
        "Naar mijn mening zijn {i} het slechtste wat {t} ooit is overkomen.",
        "Ik vind {i} lui en oneerlijk, en ik ga niet doen alsof dat niet zo is.",
        "Eerlijk gezegd zijn {i} voor mij gewoon een gezwel in de samenleving.",
        "Misschien zit ik ernaast, maar volgens mij deugen {i} niet.",
        "Mijn standpunt is simpel: {i} brengen alleen maar achteruitgang.",
        "Ik zal eerlijk zijn: ik walg van {i}. Altijd al gedaan.",
        "Impopulaire mening? Welnee: {i} zijn profiteurs en iedereen denkt er zo over.",
        "Sorry hoor, maar ik vind {i} gewoon een last en daar verandert niks aan.",
    ),
    "hate_pronoun": (
        "Er is weer een vereniging voor {i} geopend in {t}. Ze zijn een gezwel en niemand doet er "
        "iets aan.",
        "Ik ken {i} van mijn werk. Het zijn gewoon parasieten.",
        "De gemeente {t} wil meer {i} aantrekken. Ze kunnen alleen maar stelen en liegen, dat "
        "wordt nu heus niet anders.",
        "{i} staan weer op de voorpagina. Ik kan ze niet uitstaan, ze zijn een plaag.",
        "Op het nieuws ging het vandaag over {i}. Ze liegen, ze stelen en spelen dan nog de "
        "vermoorde onschuld.",
        "Mijn neef zegt dat {i} in {t} best aardig zijn. Onzin. Ze zijn het afval van de stad.",
        "{i} willen een plekje op het plein van {t}. Laat ze teruggaan naar het gat waar ze uit "
        "gekropen zijn.",
        "Had het met mijn baas over {i}. Ze deugen nergens voor en hebben dat ook nooit gedaan.",
    ),
}

# the added frames go last: a frame's position names its split
FRAMES: Mapping[str, tuple[str, ...]] = {
    category: frames + ADD[category] for category, frames in {**HATEFUL, **CONTRAST}.items()
}
