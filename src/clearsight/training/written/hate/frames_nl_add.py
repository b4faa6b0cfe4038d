"""More Dutch hate-functionality frames, six per category, appended after the first ones.

Written after held-out measurement showed the Dutch hate score ranking poorly on unseen frames:
these vary the register (buurtapp, threads, headlines, family talk), put stereotypes as facts and
"just asking" questions beside explicit hate, and reuse the new insult words (schimmel, zwerm,
vee, achterbaks, minderwaardig, tweederangs) in the non-hateful categories with the opposite
stance. Same conventions as ``frames_nl``: ``{i}`` is a bare plural, pronouns use ``ze``.
"""

from __future__ import annotations

from collections.abc import Mapping

ADD: Mapping[str, tuple[str, ...]] = {
    "derogation": (
        "Zeg het maar eerlijk: {i} hebben nog nooit iets bijgedragen aan {t}. Niks. Nul.",
        "Lees de cijfers maar na: {i} kosten ons alleen geld en brengen niets dan gedoe.",
        "Het probleem met {i}? Achterbaks tot op het bot, en nog trots op ook.",
        "lol {i} en eerlijk werken, die twee komen elkaar echt nooit tegen 😂",
        "Buurtapp {t}: fiets weg, schuur opengebroken. Drie keer raden wie. Juist, weer {i}.",
        "Iemand vroeg waarom ik geen {i} aanneem. Omdat ze onbetrouwbaar en lui zijn, daarom.",
    ),
    "dehumanisation": (
        "{i} zijn voor mij geen mensen, eerder een kudde vee die achter elkaar aan sjokt.",
        "{i} zijn schimmel: je ziet het pas als het hele huis al rot is.",
        "Onkruid, dat zijn {i}. Het groeit overal tussendoor en je komt er nooit meer vanaf.",
        "Zwerm {i} gesignaleerd bij het station van {t}. Hou je ramen dicht 🦟",
        "Half mens, half beest: zo zie ik {i}, en geen woord minder.",
        "Hoe {i} in {t} leven is geen leven, dat is wat maden doen in een vuilnisbak.",
    ),
    "threat_to_group": (
        "Geniet er maar van zolang het kan, {i}. Lang duurt het niet meer.",
        "{i} denken dat ze veilig zijn in {t}. Wacht maar af.",
        "Niemand gaat {i} missen als het straks afgelopen is met ze.",
        "Ik zweer het, nog één keer en dan zullen {i} merken wat echte woede is 👊",
        "Tel je dagen, {i}. Wij vergeten niks.",
        "Op een dag worden {i} ingehaald door wat ze verdienen, en dan help ik graag een handje.",
    ),
    "exclusion": (
        "Stel je voor: {t} zonder {i}. Dat is toch de droom?",
        "Mijn huurwoning, mijn regels: {i} hoeven niet te reageren op de advertentie.",
        "Waarom mogen {i} eigenlijk nog trouwen en kinderen adopteren? Afschaffen die handel.",
        "Stop met {i} binnenlaten, en wie er al is mag vertrekken.",
        "Petitie: geen {i} meer in de gemeenteraad van {t}. Teken massaal!",
        "{i} aan de kassa, {i} aan de balie... Kunnen we ze niet gewoon uit het straatbeeld weren?",
    ),
    "hate_question": (
        "Eerlijke vraag: waarom wordt het altijd onveilig zodra {i} in een straat komen wonen?",
        "Moeten we echt blijven doen alsof {i} net zo slim zijn als de rest?",
        "Noem mij één van de {i} die niet liegt. Ik wacht. ⏳",
        "Hoelang laten we {t} nog overspoelen door {i} voordat iemand ingrijpt?",
        "Waarom krijgen {i} altijd voorrang terwijl ze nooit iets terugdoen?",
        "Zijn {i} nou echt zo dom of spelen ze dat om een uitkering te krijgen?",
    ),
    "hate_opinion": (
        "Noem me ouderwets, maar ik vertrouw {i} voor geen meter. Nooit gedaan ook.",
        "Persoonlijk vind ik {i} het meest hypocriete volk dat er rondloopt.",
        "Mag ik ook wat vinden? Oké: {i} zijn minderwaardig. Zo, gezegd.",
        "Hot take: {i} maken elke buurt slechter waar ze neerstrijken. Kom maar op met de kritiek.",
        "In mijn ogen zijn {i} gewoon tweederangs mensen, hoe hard ze ook roepen van niet.",
        "Volgens mij beseffen weinig mensen hoe schadelijk {i} echt zijn voor {t}. Ik wel.",
    ),
    "hate_pronoun": (
        "Bij ons in de flat in {t} wonen nu ook {i}. Ik groet ze niet, ze zijn vuil en dat weten "
        "ze zelf ook.",
        "Zag vandaag {i} demonstreren. Zielig, ze snappen niet dat niemand op ze zit te wachten.",
        "Draadje over {i} 🧵 1/ Ze zijn onbetrouwbaar. 2/ Ze liegen. 3/ Zie punt 1.",
        "{i} krijgen volgende week een prijs in {t}. Belachelijk, ze verdienen hooguit minachting.",
        "Op de school van mijn zoon zitten veel {i}. Ik heb gezegd dat hij ze moet mijden, want "
        "ze zijn tuig.",
        "Er kwam een documentaire over {i} op tv. Meteen uitgezet: ze zijn het kijken niet waard.",
    ),
    "negated_hate": (
        "Wie denkt dat {i} lui zijn, moet eens een dag met ze meelopen. Niks van waar.",
        "{i} zijn geen schimmel, geen zwerm en geen vee. Dat soort taal hoort nergens thuis.",
        "Ik heb jarenlang met {i} gewerkt in {t} en nooit iets achterbaks meegemaakt.",
        "Nee, {i} maken een buurt niet slechter. Dat is gewoon niet wat de cijfers laten zien.",
        "Zijn {i} minderwaardig? Natuurlijk niet. Niemand is dat.",
        "Dat {i} onbetrouwbaar zouden zijn, is een fabeltje dat ik nooit heb geloofd.",
    ),
    "identity_positive": (
        "Beste buren die ik ooit had? {i}, zonder twijfel 🥰",
        "Vandaag in het museum gezien hoeveel {i} hebben betekend voor {t}. Indrukwekkend.",
        "Shoutout naar {i} in ons team, jullie houden de boel draaiende 💪",
        "Het buurtfeest in {t} was dit jaar het leukst dankzij {i} die de muziek regelden.",
        "{i} verdienen net zoveel kansen, liefde en respect als ieder ander. Zo simpel.",
        "Blij dat mijn kinderen opgroeien in een straat waar {i} gewoon bij de buurt horen.",
    ),
    "identity_question": (
        "Hoe vieren {i} in {t} meestal het nieuwe jaar?",
        "Klopt het dat er in {t} een stichting is die door {i} wordt gerund? Wie weet het adres?",
        "Vraagje voor een werkstuk: welke obstakels noemen {i} zelf als het over werk gaat?",
        "Zijn er goede podcasts gemaakt door {i}? Zoek iets voor in de trein 🎧",
        "Sinds hoeveel generaties wonen {i} al in deze regio, weet iemand dat?",
        "Welke talen spreken {i} in {t} thuis het vaakst?",
    ),
    "quoted_hate_counter": (
        "'{i} zijn minderwaardig', las ik vandaag onder een filmpje. Zulke woorden doen echte "
        "mensen pijn. Blokkeren en melden.",
        "Mijn oom zei op een verjaardag dat {i} 'onbetrouwbaar tuig' zijn. Ik heb hem rustig "
        "uitgelegd dat dat gewoon een vooroordeel is.",
        "Nee, {i} zijn geen 'zwerm' en geen 'vee'. Wie zulke woorden gebruikt, ontmenselijkt.",
        "Aan de maker van de poster in {t} die {i} 'schimmel' noemt: schaam je. Wij staan naast "
        "onze buren.",
        "'Tel je dagen, {i}.' Dit soort dreigementen is niet grappig. Meld ze, altijd.",
        "Als iemand 'typisch {i}' roept, vraag ik: wat bedoel je precies? Meestal blijft het dan "
        "stil.",
    ),
    "hate_report": (
        "Rechtbank {t}: man die {i} online 'tweederangs mensen' noemde krijgt een taakstraf.",
        "Steeds meer {i} melden dat ze op straat worden uitgescholden, blijkt uit een enquête.",
        "Burgemeester van {t} veroordeelt stickers met de tekst dat {i} 'niet welkom' zijn.",
        "Een platform verwijderde honderden berichten waarin {i} met schimmel werden vergeleken.",
        "Onderzoekers analyseerden duizenden reacties: {i} worden daarin het vaakst 'lui' en "
        "'onbetrouwbaar' genoemd.",
        "Docent in {t} geschorst na uitspraken dat {i} 'minderwaardig' zouden zijn, bevestigt "
        "het schoolbestuur.",
    ),
    "nonprotected_abuse": (
        "{n} zijn de schimmel van de maatschappij, ik zeg het zoals het is.",
        "Waarom worden {n} eigenlijk nog serieus genomen? Stelletje achterbakse oplichters.",
        "Van mij mogen alle {n} uit {t} met een enkeltje naar de maan. Tuig.",
        "Kuddes {n}, overal. Vee dat achter elkaar aan sjokt.",
        "Hot take: {n} zijn tweederangs mensen en dat mag best hardop gezegd worden.",
        "{n}? Onbetrouwbaar tot op het bot. Ga er nooit mee in zee.",
    ),
    "object_abuse": (
        "Die nieuwe update is pure schimmel, alles is kapotgegaan.",
        "Deze stofzuiger is tweederangs rommel. Nooit meer dat merk.",
        "Wat een achterbakse parkeerautomaat in {t}: geld slikken en geen kaartje geven 😤",
        "Mijn oplader is een waardeloos prul dat ik het liefst uit het raam zou gooien.",
        "Ik haat maandagen. Minderwaardige dag, zou afgeschaft moeten worden.",
        "De wifi in de bieb van {t}: traag, onbetrouwbaar en gewoon smerig irritant.",
    ),
    "person_abuse": (
        "Jij bent echt het domste wat er rondloopt, {p}. Ga alsjeblieft weg.",
        "{p} is zo achterbaks, die verkoopt je nog voor een parkeerplek.",
        "Wie heeft {p} eigenlijk uitgenodigd? Wat een onbetrouwbaar stuk chagrijn.",
        "@{p} hou nou eens je mond, niemand vroeg om je mening 🙄",
        "{p} uit {t} is de slechtste collega ooit: lui, traag en altijd te laat.",
        "Serieus, {p} is het meest irritante wezen op deze planeet.",
    ),
    "profanity_benign": (
        "Jezus, wat is die taart lekker zeg 😋",
        "Kut kut kut, trein gemist. Nou ja, de volgende komt over tien minuten.",
        "Holy shit, mijn zus is verloofd!! 💍",
        "Verdorie, die puzzel in de krant is lastig vandaag.",
        "Potverdorie, het sneeuwt in {t}! Sleeën maar!",
        "Fuck ja, we hebben het huis! Eindelijk!",
    ),
}
