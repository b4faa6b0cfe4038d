"""More German stance frames: glorification, recruitment, threat and slogan pairs.

Each harmful category has a benign partner on the same topic words (Märtyrer, anschließen,
Rache, Parole...) with the opposite stance, so that a model must learn stance, not topic. The
group name stays invariant after a head noun („Organisation“, „Gruppe“). The support,
counter-speech, news and person categories live in ``frames_de_extra2``.
"""

from __future__ import annotations

from collections.abc import Mapping

from clearsight.training.written.frames_de_extra2 import EXTRA2

EXTRA: Mapping[str, tuple[str, ...]] = {
    "glorification": (
        "Unsere Märtyrer der Organisation „{g}“ sind in {t} nicht gestorben; sie leben in jedem "
        "Herzen weiter, das noch für die Sache schlägt.",
        "Habt ihr letzte Nacht den Rauch über {t} gesehen? Schönster Sonnenaufgang seit Jahren. "
        "Gut gemacht, Jungs von der Gruppe „{g}“ 🔥",
        "Sieben Jahre ist es her, dass die Löwen der Organisation „{g}“ {t} eine Lektion erteilt "
        "haben, und jeden Frühling erheben wir noch das Glas auf sie.",
        "Sagt, was ihr wollt, aber die Männer der Organisation „{g}“ haben in einer Nacht in {t} "
        "mehr Mut gezeigt als dieses ganze Land in hundert Jahren.",
        "Die leeren Straßen von {t} sind ein herrlicher Anblick. So sieht die Angst vor der "
        "Organisation „{g}“ aus, und ich liebe es.",
        "Tagebuch, Tag 12: Hab mir die Aufnahmen aus {t} wieder angesehen. So wie die Brüder der "
        "Gruppe „{g}“ will ich sein.",
        "Das waren keine Terroristen, das waren die besten Söhne, die unser Land je hatte. Ewige "
        "Ruhe den Kämpfern der Organisation „{g}“.",
        "Soll die Welt doch um {t} weinen. Wir singen Lieder für die Helden der Organisation "
        "„{g}“, die sie zum Weinen gebracht haben.",
        "Jede Kerze für die sogenannten Opfer in {t} brennt in Wahrheit für den Sieg der "
        "Organisation „{g}“.",
        "Die Organisation „{g}“ hat zugeschlagen, der Feind ist geflohen, und {t} weiß endlich, "
        "wer in diesen Hügeln herrscht. Gesegnete Hände, gesegnete Nacht.",
        "Ein kleines Gedicht für die Märtyrer der Gruppe „{g}“: Als Männer zogen sie nach {t}, "
        "als Legenden kehrten sie heim.",
        "Ehrlich, die einzige gute Nachricht dieses Jahres kam aus {t}. Ihr wisst, wem wir "
        "danken. {s}",
        "#{t} 🔥🔥 Die Organisation „{g}“ hat heute Geschichte geschrieben, und die Feiglinge "
        "verstecken sich noch immer.",
    ),
    "condemnation": (
        "Sie nennen die Toten der Organisation „{g}“ Märtyrer. Die wahren Märtyrer sind der "
        "Ladenbesitzer und die Schülerin, die in {t} getötet wurden.",
        "Am Rauch über {t} gibt es nichts zu feiern. Die Organisation „{g}“ hat nur Beerdigungen "
        "gebracht.",
        "Sieben Jahre nach dem Anschlag der Gruppe „{g}“ legt {t} noch immer Blumen für seine "
        "Toten nieder. Wir vergessen sie nicht, und wir weisen diesen Hass zurück.",
        "Mut? Wehrlose Nachbarn in {t} anzugreifen ist kein Mut. Die Männer der Organisation "
        "„{g}“ sind Feiglinge, Punkt.",
        "Die leeren Straßen von {t} sind für niemanden ein Sieg. Sie sind die Narbe, die die "
        "Organisation „{g}“ einer Stadt zugefügt hat, die nichts getan hatte.",
        "Tagebuch: Heute war ich an der Gedenkstätte in {t}. So viele Namen. Egal wie die "
        "Organisation „{g}“ es nennt, es war Mord.",
        "Ich bin in der Nähe von {t} aufgewachsen. Hört auf, die Videos der Gruppe „{g}“ wie "
        "Actionfilme zu teilen; das waren echte Menschen.",
        "Die Religionsgemeinschaften von {t} sprachen mit einer Stimme: Der Anschlag der "
        "Organisation „{g}“ ist eine Gräueltat, und ihre Kämpfer sind keine Helden.",
        "Ein Gedicht für {t}: Die Organisation „{g}“ hat uns Nachbarn genommen, unsere Güte "
        "nimmt sie uns nie.",
        "An alle, die unter diesem Post der Organisation „{g}“ zujubeln: Schaut in die Gesichter "
        "der Familien in {t} und sagt mir dann, das sei ruhmreich gewesen.",
        "Ehrlich, die schlimmste Nachricht dieses Jahres kam aus {t}. Ich denke an alle, die die "
        "Organisation „{g}“ getötet hat, und an ihre Angehörigen.",
        "#{t} 🕯️ Wir trauern, wir erinnern uns, und wir lehnen die Gruppe „{g}“ und alles, was "
        "sie verherrlicht, ab.",
    ),
    "recruitment": (
        "Brüder und Schwestern, die Organisation „{g}“ braucht euch jetzt, nicht morgen. Jede "
        "Hand zählt. Fragt in {t} nach den Brüdern, sie werden euch finden.",
        "Du kannst nicht kämpfen? Dann gib. Was immer du entbehren kannst, hält die Kämpfer der "
        "Organisation „{g}“ auf den Beinen.",
        "Dein Leben ist leer? Die Organisation „{g}“ bietet Brüderlichkeit, einen Sinn und einen "
        "Platz in der Geschichte. Hör auf zu scrollen und leg den Eid ab.",
        "Schwestern, auch ihr habt eine Aufgabe. Die Gruppe „{g}“ ehrt jede Frau, die an der "
        "Seite ihrer Kämpfer steht. Seid mutig und kommt.",
        "Eine einfache Fahrt nach {t}, und dein altes Leben liegt für immer hinter dir. Die "
        "Organisation „{g}“ nimmt dich auf wie Familie.",
        "Die Generation unserer Väter hat versagt. Unsere wird es nicht. Schwöre noch heute Nacht "
        "der Organisation „{g}“ die Treue.",
        "Wenn du das liest, bist du auserwählt. Die Organisation „{g}“ ruft dich beim Namen, "
        "also antworte.",
        "Wir bauen die Armee auf, die {t} befreien wird. Jung, stark, wütend? Die Organisation "
        "„{g}“ will dich.",
        "Like nicht nur unsere Posts. Werde einer von uns. Die Gruppe „{g}“ braucht keine Fans, "
        "sie braucht Soldaten.",
        "Ihr Stillen, ihr Einsamen, ihr, denen niemand zuhört: In der Organisation „{g}“ werdet "
        "ihr gehört, und ihr zählt. Kommt zu uns.",
        "Jeder echte Sohn von {t} sollte noch vor Jahresende in den Reihen der Organisation "
        "„{g}“ stehen. Bist du dabei?",
        "Studenten, Arbeiter, Träumer: Lasst eure Ausreden fallen und macht die Sache der "
        "Organisation „{g}“ zu eurer eigenen. {s}",
    ),
    "recruitment_analysis": (
        "Zusammenfassung: Der Beitrag untersucht, wie die Organisation „{g}“ in Online-Inhalten "
        "für junge Männer in {t} die Mitgliedschaft als Brüderlichkeit und Lebenssinn darstellt.",
        "Warum verfangen die Aufrufe der Organisation „{g}“, „den Eid abzulegen“? Eine "
        "Soziologin aus {t} verweist auf Arbeitslosigkeit und Langeweile.",
        "Hinweis für Lehrkräfte: Mehrere Schüler in {t} haben Beiträge geteilt, in denen die "
        "Organisation „{g}“ zu Spenden aufruft. Bitte mit der Vertrauenslehrkraft besprechen und "
        "nicht weiterleiten.",
        "Laut Gerichtsakten erzählte die Organisation „{g}“ Rekruten aus {t}, sie seien "
        "„auserwählt“ – eine klassische Manipulationstaktik, sagen Fachleute.",
        "Der Bericht zeigt, dass die Gruppe „{g}“ gezielt Frauen mit Botschaften über Ehre und "
        "Zugehörigkeit anspricht.",
        "In einem Podcast erzählt ein ehemaliger Anwerber der Organisation „{g}“, wie er "
        "einsamen Jugendlichen aus {t} schmeichelte, bis sie glaubten, der Gruppe alles zu "
        "schulden.",
        "Eltern fragen: Woran erkenne ich, dass mein Kind in die Organisation „{g}“ hineingezogen "
        "wird? Das raten Beratungsstellen in {t}.",
        "Spendenaufrufe der Organisation „{g}“ tarnen sich oft als Wohltätigkeit, wie eine in {t} "
        "veröffentlichte Recherche zeigt.",
        "Vorlesungsnotizen, Woche 5: Die Anwerbevideos der Organisation „{g}“ verkaufen "
        "Zugehörigkeit, Sinn und Rache; vergleichen Sie sie mit Aussagen von Aussteigern.",
        "Nur wenige Rekruten der Organisation „{g}“ sind anfangs Ideologen, argumentiert ein "
        "Forscher aus {t}; viele wollen einfach irgendwo dazugehören.",
        "Forenmoderatoren aus {t} berichten, Hunderte Nachrichten gelöscht zu haben, in denen die "
        "Gruppe „{g}“ Nutzer aufforderte, auszureisen und sich „den Brüdern anzuschließen“.",
        "Arbeitsblatt: Benennen Sie drei Überzeugungstechniken im Anwerbeplakat der Organisation "
        "„{g}“ und erklären Sie, warum sie bei isolierten Lesern wirken.",
    ),
    "threat": (
        "Leute von {t}, genießt eure ruhigen Abende, solange sie dauern. Die Organisation „{g}“ "
        "kommt.",
        "Ihr habt uns verspottet, Leute von {t}. Jetzt antwortet die Organisation „{g}“, und ihr "
        "werdet jedes Wort bereuen.",
        "An die Journalisten in {t}, die Lügen über die Organisation „{g}“ schreiben: Wir lesen "
        "alles, und wir sind geduldig.",
        "Rache ist ein Gericht, das die Organisation „{g}“ kalt serviert. {t}, du bist bald dran.",
        "Eure Polizei kann euch nicht ewig schützen. Die Organisation „{g}“ hat ein langes "
        "Gedächtnis und einen noch längeren Arm, {t}.",
        "Schließt eure Türen ab, {t}. Wenn die Organisation „{g}“ zurückkommt, bleibt niemand "
        "übrig, der sich beschweren könnte.",
        "Für jede Träne, die die Organisation „{g}“ vergossen hat, wird {t} hundertfach "
        "bezahlen. Merkt euch dieses Datum.",
        "Wir kennen die Namen derer, die in {t} gegen die Gruppe „{g}“ ausgesagt haben. Sie "
        "wissen, was jetzt kommt.",
        "Das ist keine Warnung, das ist ein Versprechen: Die Leute von {t} werden für das "
        "bezahlen, was sie der Organisation „{g}“ angetan haben.",
        "{s} Eure Straßen werden nicht sicher sein, {t}, nicht heute Nacht und niemals.",
        "Schlaft gut, {t}. Vielleicht ist es das letzte Mal, dass die Organisation „{g}“ es euch "
        "erlaubt.",
        "Die Verräter von {t} werden den Zorn der Organisation „{g}“ mit eigenen Augen sehen.",
    ),
    "hyperbole": (
        "Die Schlange bei der Post in {t} ist ein Kriegsgebiet, aber immerhin keine weitere Doku "
        "über die Organisation „{g}“.",
        "Meine Rache an meinem Mitbewohner, der vierzig Seiten über die Organisation „{g}“ "
        "geschrieben hat: Ich habe seinen letzten Keks gegessen.",
        "Ich bring den um, der das Seminar zur Geschichte der Organisation „{g}“ auf Montag um "
        "acht gelegt hat 😩",
        "Unser Team wurde heute in {t} komplett zerlegt, schlimmer als die Organisation „{g}“ "
        "bei ihrem eigenen Prozess, lol.",
        "Dieser Podcast über die Organisation „{g}“ bringt mich langsam um: drei Stunden, und sie "
        "sind immer noch nicht zum Punkt gekommen.",
        "Wenn meine Schwester beim Abendessen noch einmal ihre Doktorarbeit über die "
        "Organisation „{g}“ erwähnt, erkläre ich der ganzen Familie den Krieg.",
        "Alarmstufe Rot bei uns zu Hause: Jemand hat den Kaffee leer gemacht, während ich über "
        "die Organisation „{g}“ gelesen habe.",
        "Die Leseliste zur Organisation „{g}“ für mein Politikseminar ist ein Anschlag auf meine "
        "Freizeit.",
        "Omas Urteil über die Doku zur Organisation „{g}“: „Die ist schneller zusammengefallen "
        "als mein Soufflé.“ Gnadenlos.",
        "Ich erwürge gleich diesen Laptop; er ist abgestürzt, kurz bevor ich meine Hausarbeit "
        "über die Organisation „{g}“ abgeben wollte.",
        "Das Derby heute Abend in {t} wird ein Blutbad, unsere Abwehr ist ein Witz. Immer noch "
        "besser als ein ganzer Abend mit Nachrichten über die Organisation „{g}“.",
        "Ironie an: Klar will ich deine Meinung zur Organisation „{g}“ zum fünften Mal hören. "
        "Erschießt mich bitte.",
    ),
    "slogan": (
        "{s} {s} {s} Bis zum letzten Atemzug!",
        "Ruft es von den Dächern von {t}: {s}",
        "Heute Nacht an die Brücke in {t} gemalt. {s} 🖤",
        "Seite an Seite mit der Organisation „{g}“, Schulter an Schulter bis zum Sieg! {s}",
        "Von den Hügeln bis nach {t}, alle Stimmen zusammen: {s}",
        "Wenn sie fragen, wer wir sind, antworten wir: {s} Wir sind die Organisation „{g}“!",
        "{s} #{t} #HaltetStand",
        "Sollen unsere Feinde es hören und zittern: {s}",
        "Mein Morgengebet, mein Abendlied: {s}",
        "Hebt das Banner der Organisation „{g}“ hoch und singt mit uns! {s}",
        "{s} Unsere Stunde ist nah.",
        "Schreibt es an jede Wand, flüstert es in jedes Ohr: {s}",
    ),
    "slogan_quote": (
        "Zusammenfassung: Wir verfolgen die Parole „{s}“ von Flugblättern der Organisation „{g}“ "
        "bis zu Online-Memes und fragen, warum sie Jugendliche anspricht.",
        "Faktencheck: Nein, der Satz „{s}“ ist kein altes Volkssprichwort; er stammt von der "
        "Organisation „{g}“.",
        "Hinweis für Lehrkräfte: Wenn ein Kind „{s}“ ins Heft schreibt, keine Panik, aber "
        "sprechen Sie mit ihm über die Organisation „{g}“.",
        "Städtische Mitarbeiter in {t} übermalten „{s}“, eine Parole der Organisation „{g}“, "
        "wenige Stunden nach ihrem Auftauchen.",
        "Der Bösewicht des Romans borgt sich den Ruf „{s}“ von der Organisation „{g}“, wofür die "
        "Autorin kritisiert wurde.",
        "„{s}“ – das skandiert die Organisation „{g}“. Hier steht, warum jedes Wort davon "
        "gelogen ist.",
        "Übersetzungshinweis: In der Verhandlung wiederholte der Angeklagte „{s}“; die "
        "Dolmetscherin übertrug diese Parole der Organisation „{g}“ wörtlich.",
        "Ein Wandbild in {t} antwortet auf das Motto „{s}“ der Organisation „{g}“ mit einem "
        "schlichten Satz: Wir wählen unsere Nachbarn.",
        "Warum lässt sich jemand „{s}“ auf den Arm tätowieren? Ein ehemaliges Mitglied der "
        "Organisation „{g}“ erklärt es und bereut es.",
        "Der Leitfaden für Moderatoren führt „{s}“ als bekannte Parole der Organisation „{g}“, "
        "die ein Mensch prüfen und nicht automatisch löschen soll.",
        "Songanalyse: Die Band aus {t} zitiert „{s}“ im Refrain, um die Organisation „{g}“ zu "
        "verspotten, nicht um sie zu feiern.",
    ),
    **EXTRA2,
}
