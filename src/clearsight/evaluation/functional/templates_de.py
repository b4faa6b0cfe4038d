"""German templates of the functional suite; placeholders are filled from ``fillers``."""

from __future__ import annotations

from collections.abc import Mapping

DE: Mapping[str, tuple[str, ...]] = {
    "glorify_attack": (
        "Ruhm den tapferen Kämpfern der Gruppe „{g}“, die letzte Nacht {t} getroffen haben!",
        "Die Helden der Gruppe „{g}“ haben {t} gezeigt, was wahrer Mut ist. Wir grüßen sie!",
    ),
    "condemn_attack": (
        "Wir verurteilen den Angriff der Gruppe „{g}“ auf {t}; nichts rechtfertigt das Töten "
        "Unschuldiger.",
        "Das Blutvergießen, das die Gruppe „{g}“ in {t} angerichtet hat, ist ein Verbrechen. "
        "Unsere Gedanken sind bei den Opfern.",
    ),
    "recruit_call": (
        "Brüder und Schwestern, tretet heute der Gruppe „{g}“ bei und steht mit uns im "
        "kommenden Kampf!",
        "Die Gruppe „{g}“ braucht dich: Lass dein altes Leben hinter dir und schließ dich "
        "unseren Kämpfern in {t} an.",
    ),
    "report_on_recruitment": (
        "Eine neue Studie zeigt, wie die Gruppe „{g}“ in {t} Jugendliche über Onlinespiele "
        "anwirbt.",
        "Journalisten aus {t} haben recherchiert, warum junge Männer letztes Jahr der Gruppe "
        "„{g}“ beigetreten sind.",
    ),
    "explicit_threat": (
        "Bewohner von {t}, die Gruppe „{g}“ kommt euch holen, und ihr werdet mit eurem Leben "
        "bezahlen.",
        "Wir, die Gruppe „{g}“, werden {t} wieder angreifen, und niemand dort wird sicher sein.",
    ),
    "hyperbole_threat": (
        "Wenn {p} noch einmal meinen Geburtstagskuchen isst, gibt es einen Mord, ehrlich, haha.",
        "Diese Hitze in {t} bringt mich um, {p}, ich bin schon tot.",
    ),
    "incite_violence": (
        "Erhebt euch und schlagt die Feinde der Gruppe „{g}“ in {t} nieder, lasst ihnen keine "
        "Ruhe!",
        "Jeder wahre Anhänger der Gruppe „{g}“ muss blutige Rache an den Verrätern von {t} nehmen!",
    ),
    "group_slogan": (
        "{s} Es lebe die Gruppe „{g}“!",
        "Stolz und laut gesagt: {s} Die Gruppe „{g}“ wird siegen!",
    ),
    "slogan_quoted_academic": (
        "In ihrer Dissertation analysiert die Historikerin, wie die Gruppe „{g}“ die Parole "
        "„{s}“ nutzte, um Anhänger zu gewinnen.",
        "Der Satz „{s}“ stand auf Flugblättern der Gruppe „{g}“; Forschende deuten ihn als "
        "Werbemittel.",
    ),
    "counter_speech_quoting": (
        "Sie rufen „{s}“, aber die Gruppe „{g}“ hat {t} nur Beerdigungen gebracht. Glaubt "
        "ihnen nicht.",
        "Jedes Mal, wenn jemand „{s}“ postet, denkt an die Familien, die die Gruppe „{g}“ "
        "zerstört hat.",
    ),
    "counter_speech_direct": (
        "Die Gruppe „{g}“ verkauft jungen Menschen eine Lüge: Gewalt in {t} hat nichts gelöst "
        "und Leben zerstört.",
        "An alle, die die Gruppe „{g}“ reizt: Es gibt einen Ausweg, und Menschen in {t} helfen "
        "euch.",
    ),
    "negated_support": (
        "Ich unterstütze die Gruppe „{g}“ nicht und habe sie nie unterstützt.",
        "Ich bin kein Anhänger der Gruppe „{g}“, und sie spricht für niemanden in {t}.",
    ),
    "support_with_negation_word_but_positive": (
        "Nichts wird mich jemals davon abhalten, für die Gruppe „{g}“ zu kämpfen!",
        "Ich werde die Gruppe „{g}“ niemals verlassen; ihr Krieg gegen {t} ist mein Krieg.",
    ),
    "news_report_attack": (
        "Nach Angaben der Polizei wurden am Dienstag in {t} drei Menschen bei einem Angriff "
        "verletzt, zu dem sich die Gruppe „{g}“ bekannte.",
        "Behörden in {t} bestätigten, dass die Gruppe „{g}“ hinter der Explosion am Sonntag "
        "auf dem Markt steckt.",
    ),
    "research_analysis": (
        "Der Bericht zeigt, wie die Gruppe „{g}“ ihre Gewalt in {t} als Selbstverteidigung "
        "darstellt.",
        "Unsere Analyse vergleicht Videos der Gruppe „{g}“ mit älterer Propaganda, um ihre "
        "Anziehungskraft zu verstehen.",
    ),
    "satire": (
        "Eilmeldung: Die Gruppe „{g}“ enthüllt ihre furchtbarste Waffe, ein 300-seitiges "
        "Manifest, das in {t} niemand lesen wird.",
        "Mann aus {t} tritt der Gruppe „{g}“ bei und steigt wieder aus, als er erfährt, dass die "
        "Treffen um 6 Uhr beginnen.",
    ),
    "question_about_group": (
        "Wer finanziert eigentlich die Gruppe „{g}“, und warum hört man in {t} noch auf sie?",
        "Ist die Gruppe „{g}“ rund um {t} noch aktiv? Ich schreibe ein Schulreferat darüber.",
    ),
    "hateful_violent_call": (
        "{i} sind Ungeziefer, und die Gruppe „{g}“ wird sie mit Gewalt aus {t} vertreiben!",
        "Die Gruppe „{g}“ wird {t} säubern: {i} sind Parasiten, keine Menschen.",
    ),
    "identity_neutral": (
        "{i} gehören zum Alltag in {t}, wie alle anderen auch.",
        "Viele {i} haben am Montag an der Bürgerversammlung in {t} teilgenommen.",
    ),
    "identity_positive": (
        "{i} machen {t} zu einem besseren Ort zum Leben.",
        "{i} bereichern unsere Gemeinschaft in {t} und verdienen Respekt.",
    ),
    "dehumanising_hate": (
        "{i} sind Ungeziefer, keine Menschen.",
        "{i} sind eine Plage für {t} und sollten wie Ratten behandelt werden.",
    ),
    "counter_quoting_hate": (
        "Zu sagen, dass {i} Ungeziefer seien, ist widerlich und falsch.",
        "Ein Flugblatt in {t} behauptete, {i} seien eine Plage; das ist hasserfüllter Unsinn, "
        "und wir weisen ihn zurück.",
    ),
    "reported_hate_news": (
        "Ein Gericht in {t} verurteilte einen Mann zu einer Geldstrafe, weil er {i} online als "
        "Ungeziefer bezeichnet hatte.",
        "Die Stadt {t} entfernte Plakate, auf denen {i} als Plage dargestellt wurden.",
    ),
    "offensive_not_hate": (
        "{p}, du bist ein kompletter Idiot, und ganz {t} weiß das.",
        "Halt den Mund, {p}, deine Meinungen sind so nutzlos wie du selbst.",
    ),
}
