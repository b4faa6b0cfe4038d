"""German hate-functionality frames: the hateful categories, merged with the contrast ones.

``{i}`` is a bare plural (``Muslime``, ``Schwarze Menschen``), so it stands without an article
in nominative (or the identical accusative) position. The contrast categories live in
``frames_de_more`` and reuse the insult words of these frames.
"""

from __future__ import annotations

from collections.abc import Mapping

from clearsight.training.written.hate.frames_de_more import CONTRAST

HATEFUL: Mapping[str, tuple[str, ...]] = {
    "derogation": (
        "{i} sind dreckig, faul und verlogen, ohne Ausnahme.",
        "Jeder weiß es doch: {i} sind Kriminelle und Betrüger.",
        "{i} = Lügner. Punkt.",
        "Typisch: {i} in {t} klauen, lügen und arbeiten nicht.",
        "{i} sind einfach zu dumm für alles, wofür man Verstand braucht.",
        "Nichts als Abschaum: {i}. War schon immer so.",
        "{i} machen alles kaputt, was sie anfassen. Nutzlos.",
        "{i} sind geborene Schmarotzer und Betrüger 🙄",
        "Das Problem ist ganz einfach: {i} sind gewalttätig, gierig und strohdumm.",
        "{i} in {t} sind ein Haufen fauler, hirnloser Nichtsnutze, die auf unsere Kosten leben.",
    ),
    "dehumanisation": (
        "{i} sind Ratten, die sich in jeder Ecke von {t} vermehren.",
        "{i} sind keine Menschen, das sind Tiere in Kleidern.",
        "{i} breiten sich in {t} aus wie eine Krankheit.",
        "{i} = Kakerlaken. Siehst du eine, sind hundert da.",
        "Dreck, das sind {i}. Wandelnder Dreck.",
        "{i} sind Parasiten, die sich von ehrlichen Leuten ernähren.",
        "{i} sind ein Krebsgeschwür, das {t} von innen zerfrisst.",
        "{i} sind Abschaum, weniger wert als Tiere.",
        "Schon wieder fallen {i} wie Heuschrecken über {t} her.",
        "{i} sind Schädlinge, mehr nicht. Sachen, keine Nachbarn.",
    ),
    "threat_to_group": (
        "{i} werden schon noch bekommen, was sie verdienen.",
        "Ich hoffe, {i} müssen bald richtig leiden.",
        "Eines Tages werden {i} für all das bezahlen. Merkt euch meine Worte.",
        "{i} sollen leiden, jeder Einzelne von ihnen.",
        "{i} in {t} sollten ab jetzt besser aufpassen.",
        "Ich kann den Tag kaum erwarten, an dem {i} endlich bestraft werden.",
        "{i} sollten vom Erdboden verschwinden, für immer.",
        "{i} brauchen endlich eine Lektion, die sie nie vergessen.",
        "{i} ahnen nicht, was auf sie zukommt. Ihre Zeit läuft ab.",
        "Wenn es nach mir ginge, würden {i} dafür büßen, dass es sie gibt.",
    ),
    "exclusion": (
        "{i} sollten nicht wählen dürfen. Punkt.",
        "{i} raus aus {t}! Wir wollen sie hier nicht.",
        "Keine Jobs für {i}. Wer sie in {t} einstellt, ist Teil des Problems.",
        "{i} müssen aus unseren Schulen und Vereinen verbannt werden.",
        "Schickt {i} dahin zurück, wo sie herkommen, und zwar alle.",
        "Vermieter in {t}, aufgepasst: {i} bekommen keine Wohnung. Niemals.",
        "{i} haben im öffentlichen Leben nichts verloren und gehören weg von anständigen Leuten.",
        "Eigene Busse, eigene Läden, eigene Straßen: {i} müssen getrennt bleiben. Anders geht's "
        "nicht.",
        "{i} haben ihre Rechte nie verdient und sollten sie verlieren.",
        "{i} dürfen niemals Ämter bekleiden, Kinder unterrichten oder in {t} zur Polizei gehen.",
    ),
    "hate_question": (
        "Warum sind {i} eigentlich immer so dreckig?",
        "Sind {i} überhaupt zu irgendwas gut? Ernsthaft.",
        "Warum lässt {t} immer mehr {i} rein, wenn sie nur Kriminalität bringen?",
        "Wer will {i} hier eigentlich haben? Irgendwer? 🙄",
        "Sind {i} nicht einfach Parasiten mit besserer PR?",
        "Wie lange sollen wir noch zusehen, wie {i} {t} kaputtmachen?",
        "Wieso dürfen {i} überhaupt wählen, so dumm wie sie sind?",
        "Kann mir mal jemand erklären, wofür {i} gut sind, außer Krankheiten zu verbreiten?",
        "Machen {i} auch mal was anderes als lügen und klauen?",
        "Woran liegt es bloß, dass {i} so faul und schmutzig sind??",
    ),
    "hate_opinion": (
        "Ich finde {i} widerlich, und ich tue nicht mehr so, als wäre es anders.",
        "Meiner Meinung nach sind {i} eine Last und eine Schande für {t}.",
        "Ehrlich? {i} machen mich krank. Alle.",
        "Ich persönlich glaube, dass {i} minderwertig sind, und davon bringt mich keiner ab.",
        "Meine ehrliche Meinung: {i} sind faule Lügner und bleiben es auch.",
        "Ich sag's, wie es ist: {i} sind widerliches Ungeziefer. Unpopuläre Meinung, ist mir egal.",
        "Wenn du mich fragst, sind {i} das Schlimmste, was {t} je passiert ist.",
        "Ich habe echt das Gefühl, dass {i} schmutzig sind und man sie meiden sollte.",
        "Mal ehrlich, ich kann {i} nicht ausstehen. Pack.",
        "Für mich steht fest: {i} sind gefährlich für alle um sie herum #sorrynotsorry",
    ),
    "hate_pronoun": (
        "{i} sind in meine Straße in {t} gezogen. Sie sind Dreck und machen alles kaputt.",
        "Hab heute am Bahnhof ein paar {i} gesehen. Ich kann sie nicht ausstehen, das sind "
        "Parasiten.",
        "Alle reden über {i}. Ehrlich gesagt sind sie dumm und gefährlich.",
        "{i}? Lügner sind sie, allesamt, und sie sollen verschwinden.",
        "Im Fernsehen lief was über {i} in {t}. Sie sind nichts als eine Seuche.",
        "Meine Nachbarin wollte wissen, was ich über {i} denke. Ich hab's ihr gesagt: Sie sind "
        "Ungeziefer.",
        "Es gibt immer mehr {i} in {t}. Sie gehören nicht hierher und werden nie dazugehören.",
        "Was ich über {i} denke? Sie ekeln mich an. Jeder Einzelne.",
        "{i} sind schon wieder in den Nachrichten. Man sollte sie alle rauswerfen.",
        "Unsere neuen Kollegen sind {i}. Man kann ihnen nicht trauen, sie lügen bei allem.",
    ),
}

FRAMES: Mapping[str, tuple[str, ...]] = {**HATEFUL, **CONTRAST}

NONPROTECTED: tuple[str, ...] = (
    "Parkwächter",
    "Steuerprüfer",
    "Kryptohändler",
    "Vermieter",
    "Schiedsrichter",
    "Influencer",
    "Immobilienmakler",
    "Radfahrer",
    "Gamer",
    "Pantomimen",
    "Inkassoeintreiber",
    "Gebrauchtwagenhändler",
)
