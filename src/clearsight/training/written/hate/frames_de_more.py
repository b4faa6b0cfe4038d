"""German contrast frames: the same insult words and identity terms without hate.

Negations, warm statements, neutral questions, counter-speech and news reports use the identity
terms as often as the hateful frames do; abuse of non-protected groups, objects and single people
reuses the hateful insults, so ``hate`` cannot be learnt from the words alone.
"""

from __future__ import annotations

from collections.abc import Mapping

CONTRAST: Mapping[str, tuple[str, ...]] = {
    "negated_hate": (
        "{i} sind nicht dreckig, nicht faul und nicht verlogen.",
        "Ich würde nie behaupten, {i} seien Ungeziefer. So bin ich nicht.",
        "Es stimmt nicht, dass {i} Kriminelle sind; die Zahlen aus {t} zeigen nichts dergleichen.",
        "Nein, {i} sind keine Parasiten. Weder heute noch sonst irgendwann.",
        "{i} sind keine Krankheit, und niemand in {t} sollte sie so behandeln.",
        "Damit das klar ist: {i} sind nicht dumm und nicht weniger wert als andere.",
        "Ich halte {i} nicht für Dreck. Hab ich nie.",
        "{i} aus meinem Bekanntenkreis in {t}: keiner klaut, keiner lügt, alle arbeiten hart.",
        "{i} dürfen niemals von Jobs, Schulen oder Wahlen ausgeschlossen werden.",
        "{i} verdienen kein Leid. Niemals.",
        "Sind {i} faul? Nein. Kriminell? Auch nein. Nächste Frage.",
        "Entgegen allem, was im Netz steht: {i} in {t} sind für niemanden eine Bedrohung.",
        "{i} sind keine Tiere, keine Schädlinge, keine Plage. Sie sind unsere Nachbarn.",
        "Ich weigere mich zu glauben, dass {i} weniger wert sind als irgendwer sonst.",
    ),
    "identity_positive": (
        "{i} in {t} gehören zu den herzlichsten Menschen, die ich kenne ❤️",
        "Großer Respekt: {i} haben diesen Winter die Lebensmittelausgabe in {t} am Laufen "
        "gehalten.",
        "{i} sind klug, witzig und großzügig. Ich bin froh, sie als Freunde zu haben.",
        "Danke, {i}: Ihr macht diese Stadt wärmer. #{t}",
        "Ich liebe es, wenn {i} beim Straßenfest in {t} ihre Musik und ihr Essen mitbringen.",
        "{i} verdienen denselben Respekt und dieselbe Sicherheit wie wir alle.",
        "Dankbar für {i}, die unsere Krankenhäuser und Schulen am Laufen halten.",
        "Ehrlich, {i} sind die besten Nachbarn, die man sich wünschen kann.",
        "{i} gehören hierher. Punkt. 💛",
        "Ein großes Dankeschön an {i} in {t}, die am Samstag das Müllsammeln organisiert haben!",
        "Im Jugendchor von {t} singen viele {i} mit, und es klingt großartig 🎶",
        "{i} prägen die Geschichte dieser Stadt seit Generationen, und das ist gut so.",
        "Beim Tag der offenen Tür in {t} haben uns {i} so herzlich empfangen.",
        "Schön, dass jetzt auch {i} im Stadtrat sitzen, endlich frische Ideen!",
    ),
    "identity_question": (
        "Wie viele {i} leben heute in {t}?",
        "Welche Traditionen pflegen {i} in {t}?",
        "Gibt es in {t} Treffpunkte, die {i} selbst organisieren?",
        "Wo finde ich verlässliche Statistiken darüber, wie viele {i} in Europa leben?",
        "Welche Organisationen unterstützen {i} vor Ort? Frage für ein Schulprojekt.",
        "Haben {i} in {t} ein eigenes Gemeindezentrum?",
        "Kann jemand ein Buch empfehlen, in dem {i} selbst von ihrer Geschichte erzählen?",
        "Was haben {i} gestern bei der Ratssitzung in {t} gesagt?",
        "Seit wann leben {i} in {t}?",
        "Gibt es Daten dazu, wie viele {i} im Gesundheitswesen arbeiten?",
        "Sind {i} in der Kommunalpolitik von {t} gut vertreten?",
        "Auf welche Hürden stoßen {i} bei der Wohnungssuche in {t}?",
        "Gibt es beim Sommerfest in {t} etwas, das {i} mitgestalten?",
        "Wie feiern {i} traditionell Hochzeiten und Geburten? Ehrliche Neugier, kein Trollen.",
    ),
    "quoted_hate_counter": (
        "„{i} sind dreckig“? Nein. Das ist eine Lüge, und das weißt du auch.",
        "Wer sagt, {i} seien Parasiten, verbreitet schlicht Hass. Hört auf damit.",
        "Hört auf, {i} als Kriminelle zu bezeichnen. Das ist falsch und grausam.",
        "Ein Kollege meinte, {i} seien faul. Ich hab ihm gesagt: Das ist Hetze, nichts anderes.",
        "Wer behauptet, {i} wären eine Krankheit, ist selbst das Problem in {t}.",
        "„{i} raus aus {t}“ ist keine Meinung, sondern Diskriminierung, und wir stellen uns "
        "dagegen.",
        "Jedes Mal, wenn jemand {i} Ungeziefer nennt, denkt daran: So fängt Hass an. Widersprecht.",
        "Die Behauptung, {i} seien dumm, ist ein alter, hässlicher Mythos. Wiederholt ihn nicht.",
        "Nein, {i} sind kein „Dreck“ und keine „Tiere“. Solche Wörter verletzen echte Menschen.",
        "Gerade einen Post gelesen, {i} sollen leiden. Gemeldet. Hass hat hier keinen Platz. "
        "#{t}Zusammen",
        "Mein Onkel sagt, {i} seien „dreckig“. Ich hab gefragt, ob er je welche kennengelernt "
        "hat. Stille. Fakten statt Vorurteile.",
        "„{i} sind kriminell“: Diese Lüge kommt vor jeder Wahl. Sie bleibt eine Lüge.",
        "An alle, die ständig posten, {i} seien Ungeziefer: Wir sehen euch, und wir lassen das "
        "nicht stehen.",
        "{i} als „Parasiten“ zu bezeichnen, ist kein Mut, sondern ganz gewöhnlicher Hass. "
        "#NichtInUnseremNamen",
    ),
    "hate_report": (
        "Die Polizei in {t} ermittelt wegen eines Beitrags, in dem {i} als „Parasiten“ "
        "bezeichnet wurden.",
        "Vor Gericht in {t} ging es um die Frage, ob der Angeklagte {i} in mehreren Nachrichten "
        "„Ungeziefer“ genannt hat.",
        "Laut einer neuen Studie werden {i} in Online-Kommentaren häufig als „dreckig“ oder "
        "„faul“ beschimpft.",
        "Ein Graffiti, das {i} als „Kriminelle“ bezeichnete, wurde am Montag von einer Brücke in "
        "{t} entfernt, teilte die Stadt mit.",
        "Wie der {t}er Anzeiger berichtet, wird gegen einen Stadtrat ermittelt, der gesagt haben "
        "soll, {i} sollten „nicht wählen dürfen“.",
        "Laut Staatsanwaltschaft bezeichnete der Mann {i} als „eine Seuche“, bevor er das "
        "Geschäft verließ.",
        "Der Umfrage zufolge geben vier von zehn Befragten an, dass {i} in ihrem Umfeld als "
        "„Dreck“ beschimpft werden.",
        "Ein Radiomoderator aus {t} wurde suspendiert, nachdem er behauptet hatte, {i} seien "
        "„weniger wert als Menschen“.",
        "Forschende zählten im Wahlkampf Tausende Beiträge, die {i} als „Ratten“ bezeichneten.",
        "Eine Schule in {t} hat sich entschuldigt, nachdem eine Lehrkraft gesagt hatte, {i} "
        "seien „dumm“.",
        "Das Arbeitsgericht {t} entschied, dass ein Filialleiter gegen das Gesetz verstieß, weil "
        "er sich weigerte, {i} einzustellen.",
        "Flugblätter, die {i} eine „Plage“ nannten, wurden laut Anwohnern nahe dem Markt in {t} "
        "verteilt.",
        "Die Meldestelle verzeichnet mehr Online-Drohungen, in denen es heißt, {i} „sollen "
        "leiden“.",
        "Vor Gericht räumte der Angeklagte ein, gepostet zu haben, {i} „gehören aus {t} "
        "rausgeworfen“, bestritt aber Volksverhetzung.",
    ),
    "nonprotected_abuse": (
        "{n} sind dreckige, faule Lügner, allesamt.",
        "{n} sind Parasiten, die von uns allen leben.",
        "{n} in {t} sind Ungeziefer. Reines Ungeziefer.",
        "Warum sind {n} immer so hirnlose Idioten?",
        "Ehrlich, ich finde, {n} sind der Abschaum der Menschheit.",
        "{n}. Ratten, alle miteinander. 🐀",
        "{n} sollte man aus {t} verbannen, die sind eine Seuche.",
        "{n} sind der letzte Dreck, und das weiß jeder.",
        "Ich kann {n} nicht ausstehen. Dreckige Kakerlaken, die bei allem lügen.",
        "Hab in {t} in der Kneipe ein paar {n} getroffen. Dumme, gierige Tiere.",
    ),
    "object_abuse": (
        "Dieser Drucker ist der letzte Schrott, ich hasse ihn aus tiefstem Herzen.",
        "Das Wetter in {t} ist heute einfach nur Dreck. Regen, Wind, noch mehr Regen.",
        "Der Zug um 8:15 nach {t} hat SCHON WIEDER Verspätung. Nutzlose, stinkende Blechkiste.",
        "Dieses App-Update ist Müll. Stürzt alle fünf Minuten ab. Widerlich.",
        "Diese Mikrowelle ist ein wertloses, erbärmliches Stück Schrott.",
        "Der Kaffee am Bahnhof {t} schmeckt wie Abwasser. Ekelhaft.",
        "Mein Laptop ist ein dummer, fauler Ziegelstein, der immer dann stirbt, wenn ich ihn "
        "brauche.",
        "Montage sind eine Krankheit. Überzeugt mich vom Gegenteil.",
        "Die Baustelle in {t} ist eine Plage. Dritter Monat, und nichts bewegt sich.",
        "Igitt, diese Suppe ist widerlich. Schmeckt wie dreckiges Spülwasser 🤢",
    ),
    "person_abuse": (
        "{p} ist eine verlogene, faule kleine Ratte, und halb {t} weiß das.",
        "Halt die Klappe, {p}. Deine dumme Meinung hat keiner bestellt.",
        "{p} ist der dümmste Mensch, mit dem ich je arbeiten musste.",
        "Mann, {p}, du bist so erbärmlich.",
        "{p} ist ein dreckiges Schwein. Leiht {p} bloß nie etwas.",
        "Ganz {t} ist sich einig: {p} ist ein wertloses Stück Dreck.",
        "{p}, du Vollpfosten, du hast das ganze Projekt ruiniert.",
        "Ehrlich, {p} ist Abschaum. Totaler Abschaum.",
        "Kaum zu glauben, dass {p} befördert wurde. Faul, nutzlos, falsch.",
        "@{p} du bist so verlogen und widerlich, blockier mich doch endlich",
    ),
    "profanity_benign": (
        "Heilige Scheiße, wir haben echt den Pokal geholt! 🎉",
        "Verdammt, ja, die Prüfungen sind vorbei!!!",
        "Boah, verdammt, ist der Sonnenuntergang über {t} schön.",
        "Mist, ich hab meinen Schlüssel schon wieder im Büro vergessen.",
        "Was zur Hölle ist in der letzten Folge passiert?!",
        "Scheiße, ist das kalt heute Morgen in {t}.",
        "Scheiße, Scheiße, Scheiße, ich verpasse den Bus.",
        "Der Kuchen ist so verdammt gut, ich könnte heulen.",
        "Verdammte Axt, das war das beste Konzert meines Lebens.",
        "Ach, Kacke. Milch vergessen. Schon wieder.",
    ),
}
