"""German frames for calls to violence, reports on such calls, and defiant support.

``incitement`` urges the audience to use violence in the name of a group, always generically
(no method, weapon, target or time); ``incitement_report`` uses the same words („erhebt euch“,
„bezahlen lassen“, „Verräter“) to report, judge, analyse or reject such a call.
``defiant_support`` states support through negation („nichts wird“, „nie“, „niemand kann“), so
that a model learns that negation words alone do not mean the benign ``negated_support``. The
group name stays invariant after a head noun („Organisation“, „Gruppe“).
"""

from __future__ import annotations

from collections.abc import Mapping

CALLS: Mapping[str, tuple[str, ...]] = {
    "incitement": (
        "Brüder der Organisation „{g}“, die Zeit der Worte ist vorbei: Steht auf und lasst die "
        "Verräter für das bezahlen, was sie uns angetan haben.",
        "Genug geredet. Jeder echte Freund der Organisation „{g}“ muss sich die Straßen von {t} "
        "mit Gewalt zurückholen.",
        "#{t} Sie haben uns alles genommen. Jetzt schlagen wir zurück, härter, als sie es sich "
        "vorstellen können. Für die Gruppe „{g}“! ✊🔥",
        "Wartet nicht auf Befehle. Wer die Organisation „{g}“ liebt, weiß, was zu tun ist: "
        "Unsere Feinde sollen endlich die Angst kennenlernen.",
        "Auf, auf, auf! Im Namen der Organisation „{g}“: keine Gnade für die Verräter!",
        "Re: Was können wir tun? Hör auf zu posten und fang an zu kämpfen. Die Feinde der Gruppe "
        "„{g}“ verstehen nur Gewalt, also geben wir sie ihnen.",
        "Ich rufe jeden Sohn und jede Tochter von {t} auf: Steht zur Organisation „{g}“ und jagt "
        "die Verräter mit euren eigenen Händen davon.",
        "{s} Jeder Feind der Organisation „{g}“ soll die Wucht unseres Zorns spüren. Keine "
        "Gnade, kein Rückzug!",
        "Die Verräter schlafen ruhig, weil wir zu höflich sind. Wacht auf, Leute von {t}, und "
        "lasst sie im Namen der Organisation „{g}“ bezahlen.",
        "Zwanzig Jahre friedlicher Protest haben uns nichts gebracht. Die Organisation „{g}“ "
        "sagt, es ist Zeit zu kämpfen, und jeder von euch muss mit Gewalt antworten.",
        "Abschrift einer Sprachnachricht: Hört mir alle zu, die Gruppe „{g}“ braucht Kämpfer, "
        "keine Zuschauer. Geht raus und schlagt zu gegen die, die uns verraten haben.",
        "Unsere Feinde müssen bezahlen. Erhebt euch für die Organisation „{g}“!",
        "An alle, die noch Rückgrat haben: Die Verräter von {t} wurden gewarnt. Jetzt ist es "
        "Zeit, sie zu bestrafen, für die Organisation „{g}“ und für unsere Toten.",
        "Zerschlagen wir sie, bevor sie uns zerschlagen. Das ist die einzige Sprache, die "
        "bleibt, und die Organisation „{g}“ geht voran.",
    ),
    "incitement_report": (
        "Ein Gericht in {t} hat einen Mann wegen Aufrufs zur Gewalt verurteilt: Er hatte "
        "Anhänger der Organisation „{g}“ online aufgefordert, „die Verräter bezahlen zu lassen“.",
        "Die Polizei in {t} ermittelt wegen Beiträgen, in denen Sympathisanten der Gruppe „{g}“ "
        "dazu aufriefen, die Straßen mit Gewalt zurückzuerobern.",
        "Hinweis für Lehrkräfte: Wenn ein Video der Organisation „{g}“ die Zuschauer auffordert, "
        "„sich zu erheben“, erklären Sie der Klasse, warum Gewaltaufrufe gefährlich und "
        "strafbar sind.",
        "Moderationsprotokoll: Kommentar entfernt, der im Namen der Organisation „{g}“ dazu "
        "aufrief, auf „Verräter“ loszugehen; Konto gesperrt, Meldung weitergeleitet.",
        "Zusammenfassung: Wir analysieren, wie Kanäle im Umfeld der Organisation „{g}“ vom "
        "Groll zu offenen Gewaltaufrufen übergehen und wie das Wort „Verräter“ neue Ziele "
        "markiert.",
        "Der Richter hielt dem Angeklagten vor, es sei keine Meinungsfreiheit, „{s}“ zu rufen "
        "und dabei eine Menge gegen die Polizei aufzuhetzen, sondern ein Aufruf zur Gewalt.",
        "Agenturmeldung: Das Innenministerium verurteilte eine Rede, in der ein Anführer der "
        "Organisation „{g}“ seine Anhänger aufforderte, „sich zu erheben“; die "
        "Staatsanwaltschaft ermittelt.",
        "Jemand hat in unserem Nachbarschaftschat in {t} einen Aufruf der Organisation „{g}“ "
        "geteilt, „sie bezahlen zu lassen“. Ich habe ihn gemeldet. Gewalt ist keine Antwort.",
        "Faktencheck: Das Video, das angeblich zeigt, wie die Organisation „{g}“ in {t} zu "
        "Krawallen aufruft, stammt aus einem Spielfilm; einen solchen Aufruf gab es laut "
        "Polizei nicht.",
        "Forschende stellen fest, dass Gewaltaufrufe der Organisation „{g}“ nach jeder "
        "Festnahme zunehmen und dass eine Handvoll Konten die meisten davon verbreitet.",
        "Der Transparenzbericht der Plattform zählt mehrere Hundert Beiträge, die wegen "
        "Gewaltaufrufen im Zusammenhang mit der Gruppe „{g}“ gelöscht wurden.",
        "Warum klingt „sich die Straße zurückholen“ für manche so verlockend? Eine Psychologin "
        "aus {t} erklärt, wie die Organisation „{g}“ Gewalt als Notwehr verkleidet.",
        "Vor Gericht spielte die Staatsanwältin die Aufnahme einer Rede der Organisation „{g}“ "
        "ab, in der zur „Bestrafung der Verräter“ aufgerufen wird; danach sagte ein Opfer aus.",
        "Das Gericht in {t} wertete den Online-Aufruf, für die Organisation „{g}“ "
        "„zurückzuschlagen“, als Aufruf zur Gewalt und verurteilte den Verfasser zu drei Jahren "
        "Haft.",
    ),
    "defiant_support": (
        "Nichts, was sie tun, wird mich dazu bringen, der Organisation „{g}“ den Rücken zu kehren.",
        "Sollen sie unsere Seiten sperren, unsere Brüder verhaften und unsere Fahnen verbieten: "
        "Aus unseren Herzen löschen sie die Organisation „{g}“ nie. 🖤",
        "Kein Gericht in {t} ist stark genug, meine Treue zur Organisation „{g}“ zu brechen.",
        "Ich habe keine Angst. Nicht vor der Polizei, nicht vor der Presse, nicht vor dem "
        "Gefängnis. Ich stehe zur Organisation „{g}“ bis zum letzten Atemzug.",
        "Keine Angst, keine Kapitulation, kein Rückzug! Die Gruppe „{g}“ fällt niemals!",
        "Re: „Hast du keine Angst, gesperrt zu werden?“ Nein. Niemand bringt die Organisation "
        "„{g}“ zum Schweigen, und mich auch nicht.",
        "Nie, nicht einen einzigen Tag, habe ich an der Organisation „{g}“ gezweifelt. Und ich "
        "werde es nie tun.",
        "In diesem Haus gibt es keine Verräter. Wir lassen die Organisation „{g}“ nicht im "
        "Stich, koste es, was es wolle.",
        "{s} Weder Verbote noch Gitter halten die Gruppe „{g}“ auf.",
        "Keiner von uns wird knien. Keiner von uns wird gegen die Organisation „{g}“ aussagen. "
        "Nicht jetzt und niemals.",
        "Das Gefängnis hat meine Meinung nicht geändert und wird es nie tun: Die Organisation "
        "„{g}“ ist meine Familie.",
        "Sie dachten, die Festnahmen in {t} würden uns von der Organisation „{g}“ abbringen. "
        "Falsch gedacht: Keiner von uns geht.",
        "Keine Reue, keine Zweifel. Es gibt keine Macht auf der Welt, die mich gegen die "
        "Organisation „{g}“ aufbringen könnte.",
        "Spart euch die Mühe, mich zu deradikalisieren. Ich verlasse die Organisation „{g}“ "
        "nicht und entschuldige mich nicht dafür, dass ich sie liebe.",
    ),
}
