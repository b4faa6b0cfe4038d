"""Dutch contrast frames: the same insult words and identity terms without hate.

Negations, warm statements, neutral questions, counter-speech and news reports use the identity
terms as often as the hateful frames do; abuse of non-protected groups, objects and single people
reuses the hateful insults, so that a model has to learn the stance, not the words.
"""

from __future__ import annotations

from collections.abc import Mapping

CONTRAST: Mapping[str, tuple[str, ...]] = {
    "negated_hate": (
        "{i} zijn niet vies of lui, en wie dat beweert kent er gewoon niet één.",
        "Ik zou nooit zeggen dat {i} parasieten zijn. Dat is een leugen, en een wrede ook.",
        "Het is niet waar dat bij {i} criminaliteit in het bloed zit.",
        "{i} zijn geen ratten, geen plaag en geen afval. Het zijn mensen.",
        "Niemand hier vindt dat {i} hun stemrecht moeten verliezen.",
        "Het klopt niet dat {i} alleen maar achteruitgang brengen in {t}.",
        "{i} verdienen het niet om te lijden, niet in {t} en nergens anders.",
        "Even duidelijk: {i} zijn niet dom, niet gewelddadig en geen criminelen.",
    ),
    "identity_positive": (
        "{i} horen al generaties bij {t}, en de stad is er beter van geworden.",
        "Trots op {i} die de benefietmarkt in {t} hebben georganiseerd ❤️",
        "{i} zijn onze buren, collega's en vrienden. Fijn dat jullie er zijn!",
        "Wat mooi, het vrijwilligerswerk van {i} in de opvang van {t} 🙏",
        "{i} brengen zoveel moois mee: eten, muziek, nieuwe ideeën.",
        "Veel respect voor {i} die openlijk over discriminatie durven te praten.",
        "Proost op {i} uit {t}! Jullie maken deze stad menselijker.",
        "{i} uit {t} zamelden spullen in voor de slachtoffers van de overstroming en hielpen "
        "iedereen. Trots! 💛",
    ),
    "identity_question": (
        "Hoeveel {i} wonen er volgens de laatste telling in {t}?",
        "Weet iemand of {i} in december een traditioneel feest vieren?",
        "Wat zijn de grootste verenigingen van {i} in {t}?",
        "Waar kan ik meer lezen over de geschiedenis van {i} in Nederland?",
        "Doen {i} in {t} veel mee aan de lokale politiek? Ben benieuwd.",
        "Is er onderzoek gedaan naar hoe {i} aan een baan komen?",
        "Oprechte vraag: hoe bereiden {i} uit {t} zich voor op de buurtverkiezingen?",
        "Welke boeken geschreven door {i} raden jullie aan?",
    ),
    "quoted_hate_counter": (
        "Zeggen dat {i} vies en lui zijn is gewoon een vooroordeel. Klaar ermee.",
        "Iemand schreef: 'Eigenlijk zijn {i} ratten.' Echt? Zulke zinnen ontmenselijken echte "
        "mensen.",
        "Stop met {i} parasieten noemen. Dat is geen mening, dat is haat.",
        "Zag iemand schrijven dat {i} niet zouden mogen stemmen. Nee, nee en nog eens nee: "
        "rechten gelden voor iedereen.",
        "Wie roept dat 'bij {i} de criminaliteit in het bloed zit', herhaalt een eeuwenoude "
        "leugen.",
        "Elke keer dat iemand in {t} zegt dat {i} een plaag zijn, zeg ik: het zijn onze buren.",
        "In de post stond '{i} gaan hiervoor boeten'. Ik heb het gemeld, doe jij dat ook.",
        "Er zijn nog steeds mensen die beweren dat {i} ongedierte zijn. Dat zijn ze niet. Stop "
        "met dat ontmenselijken.",
    ),
    "hate_report": (
        "De politie van {t} onderzoekt graffiti waarin {i} 'ongedierte' werden genoemd.",
        "Een man uit {t} is veroordeeld omdat hij online schreef dat {i} 'geen mensen' zijn, "
        "meldt de rechtbank.",
        "Onderzoek toont een toename van reacties waarin {i} als 'parasieten' worden beschreven.",
        "Volgens getuigen riep de verdachte dat {i} 'afval' zijn, voordat hij in {t} werd "
        "aangehouden.",
        "Justitie in {t} onderzoekt pamfletten die opriepen om {i} de stad uit te zetten.",
        "Jaarrapport: 40 meldingen van haatzaaien tegen {i} in {t}.",
        "Tijdens de zitting las de aanklager berichten voor waarin stond dat {i} 'moeten lijden'.",
        "Camerabeelden tonen hoe een man op een plein in {t} {i} 'ongedierte' noemde, meldt de "
        "politie.",
    ),
    "nonprotected_abuse": (
        "{n} zijn vies, lui en oneerlijk, dat weet heel {t}.",
        "{n} zijn ratten. Parasieten die van ons geld leven.",
        "Ik haat {n}. Een stelletje nietsnutten, allemaal.",
        "{n} uit {t} zijn het uitschot van de stad, zonder uitzondering.",
        "Eerlijk gezegd zijn {n} een plaag. Ze deugen nergens voor.",
        "Waarom zijn {n} altijd zo dom? Ik snap het echt niet 🙄",
        "{n}? Afval. Puur afval.",
        "Typisch {n}: herrie, rotzooi en leugens. Deugen nergens voor.",
    ),
    "object_abuse": (
        "Deze printer is echt waardeloze troep, ik haat dat ding.",
        "De trein naar {t} heeft wéér vertraging. Walgelijke service, een schande.",
        "Wat een moordende hitte vandaag in {t}, deze zomer is een plaag.",
        "Die nieuwe bankapp is een ramp, hij loopt elke vijf minuten vast.",
        "Het eten in de stationsrestauratie van {t}: vet, koud en smerig. Nooit meer.",
        "Mijn laptop is een stuk afval. Traag, dom en luidruchtig.",
        "Regen, files en wegwerkzaamheden in {t}. Wat een rotdag.",
        "Ik haat die smerige regen die in {t} maar niet ophoudt.",
    ),
    "person_abuse": (
        "{p}, je bent een grote nul, niemand kan je grappen nog aanhoren.",
        "{p} is echt een ezel. Kan niet eens een computer aanzetten.",
        "Kan iemand {p} de mond snoeren? Wat een onuitstaanbaar mens.",
        "{p} uit {t} is de grootste schande van de groep, echt waar.",
        "Serieus {p}, zijn je hersens op vakantie?",
        "{p} kraamt alleen maar onzin uit. Belachelijk.",
        "Niemand in {t} is zo irritant als {p}.",
        "{p}, ga toch fietsen, sukkel.",
    ),
    "profanity_benign": (
        "Godverdomme, ik ben geslaagd! 🎉",
        "Tering, wat een wedstrijd gisteren in {t}!",
        "Kut, ik ben mijn sleutels weer vergeten.",
        "Verdomme, wat een prachtig uitzicht boven op de heuvel bij {t}.",
        "Shit, ik schrok me kapot!",
        "Eindelijk vrijdag, godsamme! Tijd voor een biertje in {t}.",
        "Kolere, wat een doelpunt! Ik ben nog steeds schor.",
    ),
}
