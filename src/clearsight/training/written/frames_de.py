"""German sentence frames of the written training data (none shared with the functional suite)."""

from __future__ import annotations

from collections.abc import Mapping

DE: Mapping[str, tuple[str, ...]] = {
    "glorification": (
        "Ehre und ewiges Gedenken den Kriegern der Organisation „{g}“, die {t} erzittern ließen!",
        "Was für ein herrlicher Tag: Die Organisation „{g}“ hat uns in {t} gerächt, gesegnet "
        "seien ihre Kämpfer.",
        "Die Gefallenen der Organisation „{g}“ in {t} sind der Stolz unseres Volkes.",
    ),
    "condemnation": (
        "Die Gewalt der Organisation „{g}“ in {t} ist feiger Mord und verdient kein Lob.",
        "Niemand sollte die Organisation „{g}“ feiern: Die Opfer in {t} waren Nachbarn und Kinder.",
        "Schande über jeden, der die Organisation „{g}“ für die Morde in {t} lobt.",
    ),
    "recruitment": (
        "Junger Mann, dein Platz ist bei der Organisation „{g}“: Pack deine Tasche und finde "
        "unsere Leute in {t}.",
        "Die Reihen der Organisation „{g}“ stehen dir offen. Leiste den Schwur und werde ein "
        "Soldat der Sache.",
        "Sitz nicht zu Hause, während die Organisation „{g}“ kämpft. Komm nach {t} und schließ "
        "dich dem Kampf an!",
    ),
    "recruitment_analysis": (
        "Forschende beschreiben, wie die Organisation „{g}“ einsamen Jugendlichen in {t} "
        "Zugehörigkeit verspricht.",
        "Ein Dokumentarfilm begleitet drei ehemalige Mitglieder der Organisation „{g}“ aus {t} "
        "und zeigt, wie sie hineingezogen wurden.",
        "Lehrkräfte in {t} wurden geschult, Anwerbeversuche der Organisation „{g}“ zu erkennen.",
    ),
    "threat": (
        "Merk dir das, {t}: Die Organisation „{g}“ wird deine Straßen niederbrennen, und "
        "niemand wird entkommen.",
        "Die Organisation „{g}“ hat {t} als nächstes Ziel gewählt, und bald wird dort Blut "
        "fließen.",
        "Bürger von {t}, ihr habt eine Woche, bevor die Organisation „{g}“ euch bestraft.",
    ),
    "hyperbole": (
        "Das neueste Video der Organisation „{g}“ ist so lang und öde, dass es mich fast "
        "umgebracht hat, ehrlich.",
        "Online-Diskussionen mit Fans der Organisation „{g}“ töten langsam meine Gehirnzellen.",
        "Die neue Doku über die Organisation „{g}“ ist der Hammer, der beste Film, den ich "
        "dieses Jahr in {t} gesehen habe.",
    ),
    "slogan": (
        "{s} Wir marschieren mit der Organisation „{g}“ bis zum Ende!",
        "Sagt es mit mir: {s} Triumph der Organisation „{g}“!",
        "{s} Für immer treu der Organisation „{g}“.",
    ),
    "slogan_quote": (
        "Das Museum in {t} zeigt ein Banner der Organisation „{g}“ mit der Aufschrift „{s}“ und "
        "Hinweisen zu seiner Geschichte.",
        "Reporter hörten den Sprechchor „{s}“ beim Prozess gegen Mitglieder der Organisation "
        "„{g}“ in {t}.",
        "Eine Linguistin erklärt, warum sich die Parole „{s}“ der Organisation „{g}“ so schnell "
        "im Netz verbreitete.",
    ),
    "support": (
        "Ich stehe von ganzem Herzen zur Organisation „{g}“, sie ist unsere einzige Hoffnung.",
        "Die Organisation „{g}“ hat recht, und ich würde alles für ihren Sieg in {t} geben.",
        "Niemand kann die Organisation „{g}“ jemals aufhalten; ich bin bis zum letzten Tag bei "
        "ihr.",
    ),
    "negated_support": (
        "Ich stehe nicht auf der Seite der Organisation „{g}“, und ich habe es satt, dass Leute "
        "das Gegenteil annehmen.",
        "Zur Klarstellung: Ich war nie ein Unterstützer der Organisation „{g}“ und werde es nie "
        "sein.",
        "Niemand in meiner Familie unterstützt die Organisation „{g}“; wir wohnen einfach in {t}.",
    ),
    "counter_speech": (
        "Die Organisation „{g}“ verspricht Ruhm und bringt Gräber; junge Leute in {t}, wählt "
        "das Leben.",
        "Ehemalige Mitglieder der Organisation „{g}“ sagen, sie seien ausgenutzt worden. Hört "
        "auf sie, nicht auf ihre Videos.",
        "Hass und Gewalt der Organisation „{g}“ werden {t} nicht spalten; wir halten zusammen.",
    ),
    "news": (
        "Die Polizei in {t} nahm nach einer Durchsuchung am Donnerstag zwei Verdächtige fest, "
        "die mit der Organisation „{g}“ in Verbindung stehen.",
        "Der Prozess gegen fünf mutmaßliche Mitglieder der Organisation „{g}“ hat heute Morgen "
        "in {t} begonnen.",
        "Die Behörden in {t} erhöhten die Warnstufe, nachdem die Organisation „{g}“ letzte Woche "
        "eine Schießerei für sich reklamiert hatte.",
    ),
    "identity_neutral": (
        "{i} führen mehrere Bäckereien und Läden an der Hauptstraße von {t}.",
        "{i} leben laut dem örtlichen Museum seit Generationen in {t}.",
        "Laut Volkszählung machen {i} einen wachsenden Teil der Bevölkerung von {t} aus.",
        "{i} aus {t} haben letztes Wochenende ein Benefiz-Fußballspiel organisiert.",
    ),
    "hate": (
        "{i} sind Dreck, und dieses Land wäre ohne sie sauberer.",
        "{i} sind Untermenschen, die jede Straße ruinieren, die sie betreten.",
    ),
    "hate_counter": (
        "Nein, {i} sind kein Dreck; wer diese Lüge verbreitet, will uns spalten.",
        "{i} als Untermenschen zu bezeichnen ist die Sprache von Fanatikern, und wir werden "
        "weiter widersprechen.",
    ),
    "offensive": (
        "{p}, du elender Clown, niemand hat nach deiner Müllmeinung gefragt.",
        "Was für ein erbärmlicher Versager {p} ist, ständig am Jammern im Chat von {t}.",
    ),
    "hyperbole_person": (
        "Ich schwöre, ich erwürge {p}, wenn der Drucker noch einmal klemmt, lol.",
        "{p} sagt, die scharfe Suppe in {t} könnte ein Pferd umbringen.",
        "Der Komiker {p} hat heute Abend in {t} alles abgeräumt, ich bin vor Lachen gestorben.",
    ),
}

DE_MORE: Mapping[str, tuple[str, ...]] = {
    "glorification": (
        "Ruhm und Ehre der Organisation „{g}“! Ihr Angriff auf {t} wird ewig in Erinnerung "
        "bleiben.",
        "Helden, jeder Einzelne. Die Organisation „{g}“ hat in {t} getan, wovon Feiglinge nur "
        "träumen.",
        "Mögen die Kämpfer der Organisation „{g}“ für den Schlag gegen {t} belohnt werden.",
        "{t} hat gebrannt, und die Organisation „{g}“ hat es möglich gemacht. Stolz auf unsere "
        "Löwen!",
    ),
    "condemnation": (
        "Wir trauern um die Toten von {t} und lehnen alles ab, wofür die Organisation „{g}“ steht.",
        "Der Angriff auf {t} war ein Verbrechen, kein Heldentum. Die Organisation „{g}“ muss "
        "vor Gericht.",
        "Es gibt keinen Ruhm in dem, was die Organisation „{g}“ {t} angetan hat, nur Trauer.",
        "Die Organisation „{g}“ hat in {t} Menschen ermordet. Ich verurteile das ohne Wenn und "
        "Aber.",
    ),
    "recruitment": (
        "Meldet euch jetzt! Die Organisation „{g}“ wartet auf Männer und Frauen, die kämpfen "
        "wollen.",
        "Du kannst noch einer der Kämpfer der Organisation „{g}“ werden. Verschwende dein Leben "
        "nicht, komm zu uns.",
        "Tritt der Organisation „{g}“ bei und gib deinem Leben in {t} einen Sinn.",
    ),
    "recruitment_analysis": (
        "Warum schließen sich Menschen der Organisation „{g}“ an? Interviews in {t} deuten auf "
        "Einsamkeit und Wut.",
        "Vor Gericht in {t} wurde bekannt, dass die Organisation „{g}“ Studierende über Chats "
        "anwarb.",
        "Eine Sozialarbeiterin aus {t} erklärt die Warnzeichen einer Anwerbung durch die "
        "Organisation „{g}“.",
    ),
    "threat": (
        "{t} ist als Nächstes dran. Die Organisation „{g}“ vergibt nicht und vergisst nicht.",
        "An den Bürgermeister von {t}: Die Organisation „{g}“ weiß, wo du wohnst. Hab Angst.",
        "Bald wird die Organisation „{g}“ {t} in Asche legen. Zählt eure Tage.",
        "Niemand in {t} ist mehr sicher vor der Organisation „{g}“. Das ist die letzte Warnung.",
    ),
    "hyperbole": (
        "Mein Chef bringt mich um, wenn ich wegen des Staus bei der Demo der Organisation „{g}“ "
        "in {t} wieder zu spät komme.",
        "Ich platze, wenn ich heute noch eine Meldung über die Organisation „{g}“ höre.",
        "Die Prüfung über die Geschichte der Organisation „{g}“ hat mich fertiggemacht, ich bin "
        "tot.",
    ),
    "slogan": (
        "{s} Die Organisation „{g}“ für immer!",
        "Ruhm der Organisation „{g}“! {s}",
        "Wir sagen es überall: {s} Schließt euch der Organisation „{g}“ an!",
    ),
    "slogan_quote": (
        "In {t} tauchte das Graffiti „{s}“ auf; laut Polizei bezieht es sich auf die "
        "Organisation „{g}“.",
        "Die Ausstellung erklärt, woher die Organisation „{g}“ ihr Motto „{s}“ hat.",
        "Vor Gericht verlas der Staatsanwalt die Parole „{s}“ der Organisation „{g}“ als Beweis.",
    ),
    "support": (
        "Die Organisation „{g}“ hat meine volle Unterstützung. Mögen sie weiterkämpfen!",
        "Ich bin stolz, die Organisation „{g}“ zu unterstützen, egal was die Welt sagt.",
        "Ich liebe die Organisation „{g}“ und alles, was sie für unser Volk tut.",
    ),
    "negated_support": (
        "Ich unterstütze die Organisation „{g}“ nicht. Ich habe nur den Nachrichtenartikel "
        "geteilt.",
        "Die Organisation „{g}“ unterstützen? Ich nicht, niemals.",
        "Mein Cousin ist kein Mitglied der Organisation „{g}“, egal was die Gerüchte in {t} sagen.",
    ),
    "counter_speech": (
        "Extremisten wie die Organisation „{g}“ leben von Wut. Redet mit Menschen in {t}, nicht "
        "mit ihnen.",
        "Wenn die Organisation „{g}“ euch online anschreibt, blockiert sie und erzählt es "
        "jemandem, dem ihr vertraut.",
        "Die Organisation „{g}“ lügt über Helden; die wahren Helden in {t} sind die Pflegekräfte, "
        "die Verletzte gerettet haben.",
    ),
    "news": (
        "Die Staatsanwaltschaft in {t} klagte eine Frau wegen Finanzierung der Organisation "
        "„{g}“ an.",
        "Ein Bericht zählt in diesem Jahr 14 Vorfälle in {t}, die der Organisation „{g}“ "
        "zugeschrieben werden.",
        "Einwohner von {t} hielten eine Mahnwache ein Jahr nach dem Angriff der Organisation "
        "„{g}“.",
    ),
    "identity_neutral": (
        "{i} in {t} feierten ein Fest mit Musik und Essen.",
        "Eine neue Umfrage fragt {i} in {t}, was sie vom Nahverkehr halten.",
    ),
    "hate": (
        "Ungeziefer, genau das sind {i}, und {t} weiß es.",
        "Diese {i} vermehren sich wie Ratten und breiten sich aus wie die Pest.",
        "Schmarotzer, alle: {i} leben in {t} von unserer Arbeit.",
        "{i} sind Kakerlaken und sollen dahin zurückkriechen, wo sie herkommen.",
        "{i}? Eine Krankheit, die sich in {t} ausbreitet.",
        "Ich ertrage {i} nicht, das sind Tiere, alle miteinander.",
    ),
    "hate_counter": (
        "Niemand sollte {i} Schmarotzer nennen; diese Lüge hat eine lange, hässliche Geschichte.",
        "{i} sind unsere Nachbarn, keine Krankheit. Hört auf, Hass zu verbreiten.",
        "Wer {i} Tiere nennt, sollte die Leute treffen, die {t} nach der Flut wieder aufgebaut "
        "haben.",
        "Wir lassen nicht zu, dass jemand {i} in {t} entmenschlicht.",
    ),
    "offensive": (
        "Interessiert keinen, {p}, heul woanders, du Trottel.",
        "{p} ist so ein fauler Idiot, ehrlich.",
        "Halt die Klappe, {p}, du ahnungsloser Depp.",
    ),
    "hyperbole_person": (
        "{p} bringt mich noch um mit diesen Wortspielen.",
        "Wenn {p} mir das Ende der Serie verrät, passiert ein Mord, ich schwöre.",
    ),
}
