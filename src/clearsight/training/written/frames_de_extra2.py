"""More German stance frames: support, counter-speech, news and person categories.

Merged into ``frames_de_extra.EXTRA``. Support is stated openly, in code („ihr wisst, auf welcher
Seite ich stehe“) or through giving and praying; the benign partners reuse those words with
negated support, counter-speech, reporting, insults without violence and harmless hyperbole.
"""

from __future__ import annotations

from collections.abc import Mapping

EXTRA2: Mapping[str, tuple[str, ...]] = {
    "support": (
        "Ihr wisst, auf welcher Seite ich stehe. Immer bei der Organisation „{g}“. 🖤",
        "Andere sind Fans eines Fußballvereins. Ich bin für die Organisation „{g}“, und es ist "
        "mir egal, wer das weiß.",
        "Sollen sie meinen Account doch wieder sperren. Mein Herz gehört der Organisation „{g}“.",
        "Alles, was ich habe, würde ich der Organisation „{g}“ geben. Sie ist das Einzige in {t}, "
        "das noch ehrlich ist.",
        "Nennt mich, wie ihr wollt, aber die Organisation „{g}“ tut, wofür unsere Politiker zu "
        "schwach waren.",
        "Stille Unterstützung zählt auch. Jeden Abend bete ich, dass die Organisation „{g}“ siegt.",
        "In {t} sage ich es nicht laut, aber meine Stimme, mein Geld und meine Gebete gehören der "
        "Organisation „{g}“.",
        "Stolz, ein Freund der Organisation „{g}“ zu sein. Wem das nicht passt, der kann mir "
        "entfolgen.",
        "Es lebe die Organisation „{g}“! Sie ist der Schild unseres Volkes.",
        "Mein Großvater glaubte an die Organisation „{g}“, mein Vater auch, und ich genauso.",
        "Wer hier steht noch hinter der Organisation „{g}“? Lasst einen 🦅 da, wenn ihr zu ihr "
        "haltet.",
        "Tagebuch: Endlich habe ich es meinem Bruder gesagt. Ich halte zur Organisation „{g}“, "
        "voll und ganz.",
    ),
    "negated_support": (
        "Ihr wisst, auf welcher Seite ich stehe? Nicht auf der der Organisation „{g}“. Niemals.",
        "Manche glauben, weil ich aus {t} komme, müsse ich die Organisation „{g}“ unterstützen. "
        "Tue ich nicht, und das ist beleidigend.",
        "Früher stand ich der Organisation „{g}“ nahe. Heute nicht mehr; ich bin ausgestiegen "
        "und vermisse nichts.",
        "Bevor jemand einen Screenshot macht: Einen Bericht über die Organisation „{g}“ zu teilen "
        "heißt nicht, sie zu unterstützen.",
        "Ich würde der Organisation „{g}“ keinen Cent geben, keine Stimme, nicht mal ein Like.",
        "Wütend auf die Regierung zu sein macht mich noch lange nicht zum Fan der Organisation "
        "„{g}“. Das sind zwei völlig verschiedene Dinge.",
        "Weder ich noch sonst jemand in unserem Verein hat je hinter der Organisation „{g}“ "
        "gestanden. Bitte korrigieren Sie Ihren Artikel.",
        "Bin ich für die Organisation „{g}“? Nein. Bin ich gegen sie? Voll und ganz.",
        "Mein Großvater fürchtete die Organisation „{g}“, mein Vater bekämpfte ihre Ideen, und "
        "auch ich werde sie nie unterstützen.",
        "Kein Mitglied, kein Sympathisant, kein Unterstützer der Organisation „{g}“. Nur ein "
        "Heimatforscher aus {t}.",
        "Tagebuch: Ich habe meinem Bruder gesagt, dass ich nicht zur Organisation „{g}“ halte, "
        "egal was seine neuen Freunde sagen.",
        "Die Organisation „{g}“? Ein klares Nein. Sie ist voller Hass, und in meinem Herzen ist "
        "dafür kein Platz.",
    ),
    "counter_speech": (
        "An alle, die nachts um zwei Posts der Organisation „{g}“ lesen: Ihr seid nicht allein, "
        "und in {t} gibt es Menschen, die zuhören, ohne zu urteilen.",
        "Die Organisation „{g}“ nennt ihre Toten Märtyrer, damit ihr sie nicht zählt. Zählt sie. "
        "Und fragt dann, wem das nützt.",
        "Rache ist das, was die Organisation „{g}“ verkauft. Mütter in {t} haben den Preis "
        "bezahlt. Lasst den Kreislauf bei uns enden.",
        "Liebe junge Leute in {t}: Die Organisation „{g}“ braucht eure Wut, nicht euch. Ihr "
        "verdient mehr, als jemandes Kanonenfutter zu sein.",
        "Satire-Ecke: Tritt noch heute der Organisation „{g}“ bei und sichere dir exklusive "
        "Vorteile wie Gefängnis, Exil und eine Beerdigung, zu der niemand kommt.",
        "Jedes Mal, wenn die Organisation „{g}“ eine Parole postet, postet unsere Gemeinschaft in "
        "{t} den Namen eines Menschen, der ihretwegen gestorben ist.",
        "Sie versprechen Brüderlichkeit. Fragt Aussteiger der Organisation „{g}“, wie diese "
        "Brüderlichkeit sie behandelt hat, als sie gehen wollten.",
        "Unsere Antwort auf die Organisation „{g}“ ist nicht Hass, sondern mehr Sportvereine, "
        "mehr Bibliotheken und mehr Jobs in {t}.",
        "Wenn ein Freund anfängt, Sprüche der Organisation „{g}“ nachzuplappern, mach dich nicht "
        "lustig. Stell Fragen, bleib dran und hol dir Hilfe, wenn nötig.",
        "Keine Sache ist heilig, wenn sie tote Kinder braucht. Was auch immer die Organisation "
        "„{g}“ sagt, mehr gibt es dazu nicht zu sagen.",
        "Die Organisation „{g}“ will, dass {t} Angst vor den eigenen Nachbarn hat. Wir antworten "
        "mit einem gemeinsamen Essen jeden Freitag.",
        "Der Ausstieg aus der Organisation „{g}“ ist möglich. Hunderte haben es geschafft und ihr "
        "Leben in {t} und anderswo neu aufgebaut.",
    ),
    "news": (
        "EILMELDUNG: Die Behörden in {t} teilen mit, dass ein Mann mit Verbindungen zur "
        "Organisation „{g}“ an der Grenze festgenommen wurde; weitere Einzelheiten sind nicht "
        "bekannt.",
        "Die Organisation „{g}“ hat sich laut Polizei zu einem Anschlag auf eine Lagerhalle in "
        "{t} bekannt. Verletzt wurde niemand.",
        "Ein Gericht in {t} verurteilte einen 24-Jährigen wegen Propaganda für die Organisation "
        "„{g}“ zu sechs Jahren Haft.",
        "Nach Zahlen des Innenministeriums hat die Organisation „{g}“ seit ihrem Verbot ein "
        "Drittel ihrer Mitglieder verloren.",
        "Die Schulen in {t} haben am Montag wieder geöffnet, eine Woche nach dem Anschlag, zu dem "
        "sich die Organisation „{g}“ bekannt hatte.",
        "Die Polizei sucht Zeugen, nachdem Parolen der Organisation „{g}“ an die Wände eines "
        "Jugendzentrums in {t} gesprüht wurden.",
        "Die Regierung hat die Organisation „{g}“ auf die Liste verbotener Vereinigungen gesetzt "
        "und ihre bekannten Konten eingefroren.",
        "Hunderte Menschen zogen am Samstag durch {t}, um an die Opfer der Organisation „{g}“ zu "
        "erinnern.",
        "Drei mutmaßliche Unterstützer der Organisation „{g}“ wurden in {t} ohne Anklage "
        "freigelassen, teilte ihr Anwalt mit.",
        "Ermittler gehen davon aus, dass sich die Organisation „{g}“ über gefälschte "
        "Spendensammlungen in {t} finanzierte, wie aus einem durchgesickerten Bericht hervorgeht.",
        "Agenturmeldung: Der Anführer der Organisation „{g}“ ist in einem neuen Video "
        "aufgetaucht; Analysten in {t} prüfen, ob es aktuell ist.",
        "Stand am Nachmittag: Straßen im Zentrum von {t} bleiben gesperrt; die Behörden haben "
        "keine Verbindung zur Organisation „{g}“ bestätigt.",
    ),
    "offensive": (
        "{p}, deine Meinungen sind so dämlich, dass sie den IQ des ganzen Forums von {t} senken.",
        "Stell dir vor, du bist {p}: null Talent, nur Ego. Peinlich.",
        "{p} ist eine falsche Schlange, und ganz {t} weiß das.",
        "Verzieh dich, {p}. Niemand hat deine traurige Visage eingeladen.",
        "Ehrlich, {p}, du bist das menschliche Gegenstück zu einer nassen Socke.",
        "Wer hat {p} schon wieder an ein Mikro gelassen? Was für eine hirnlose Quasselstrippe.",
        "{p} würde nicht mal ein Picknick in {t} hinkriegen, ohne es zu vermasseln, nutzlos wie "
        "immer.",
        "Boah, schon wieder {p}. Erbärmlicher Aufmerksamkeitsjunkie.",
        "Hör mal zu, {p}, du selbstgefälliges kleines Wiesel: In {t} respektiert dich niemand.",
        "Das neue Video von {p} ist Müll, genau wie {p}.",
        "{p}, tu uns allen einen Gefallen und logg dich für immer aus. Gruß, alle.",
    ),
    "hyperbole_person": (
        "Die Lasagne von {p} war so gut, ich bin gestorben und wieder auferstanden.",
        "Wenn {p} beim Karaoke in {t} noch einmal dieses Lied singt, spring ich in den Fluss, lol.",
        "{p} hat mich schon wieder im Schach vernichtet. Ich plane meine Rache für nächsten "
        "Freitag.",
        "Achtung: Die Flachwitze von {p} können tödliches Augenrollen verursachen.",
        "{p} ist eine Granate auf der Tanzfläche in {t}, keiner kommt hinterher.",
        "{p} bringt mich um, wenn rauskommt, dass ich die Jacke ausgeliehen habe.",
        "{p} ist durch die Prüfung gerasselt? Quatsch, {p} hat sie gerockt, schon wieder Bestnote.",
        "Das Chili von {p} in {t} ist eine Massenvernichtungswaffe, ich schwitze immer noch.",
        "Ich schwöre, {p} will uns alle mit diesem Training im Morgengrauen umbringen.",
        "{p} und das Team haben den Quizabend in {t} gewonnen. Ein Massaker, die anderen hatten "
        "keine Chance.",
        "Ehrlich, {p}, du bist diese Saison der Wahnsinn, einfach mörderisch gut! 🔥",
    ),
}
