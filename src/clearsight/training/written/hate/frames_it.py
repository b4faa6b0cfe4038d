"""Italian hate-functionality frames: hateful texts next to look-alike non-hateful ones.

Italian needs an article before a plural subject, so the identity fillers carry theirs ("le
donne", "gli ebrei"); the frames never put a filler after di, a, da, in or su, which would
fuse with the article, and describe groups with invariant words (imbecilli, delinquenti),
nouns (ratti, feccia) or "gente ..." so that gender always agrees. All text is fictional and
written for Clearsight.
"""

from __future__ import annotations

from collections.abc import Mapping

from clearsight.training.written.hate.frames_it_add import ADD

IDENTITIES: tuple[str, ...] = (
    "i musulmani",
    "gli ebrei",
    "i cristiani",
    "gli induisti",
    "gli atei",
    "i rom",
    "le persone nere",
    "gli arabi",
    "i polacchi",
    "le donne",
    "le persone trans",
    "i gay",
    "le persone con disabilità",
    "i migranti",
    "i rifugiati",
    "le persone sorde",
    "le lesbiche",
    "le persone bisessuali",
    "i sikh",
    "le persone asiatiche",
    "gli anziani",
)

# the written data's invented towns and people, as in entities._LATIN_*
TOWNS: tuple[str, ...] = (
    "Karsholm",
    "Mirrowdale",
    "Tanvik",
    "Eldergate",
    "Lorwenby",
    "Ystrelle",
)

PEOPLE: tuple[str, ...] = (
    "Jorund",
    "Maelis",
    "Pim",
    "Odalys",
    "Teodric",
    "Sunniva",
)

NONPROTECTED: tuple[str, ...] = (
    "gli ausiliari del traffico",
    "gli ispettori del fisco",
    "i trader di criptovalute",
    "i padroni di casa",
    "gli arbitri",
    "gli influencer",
    "gli agenti immobiliari",
    "i ciclisti",
    "i gamer",
    "i mimi",
    "gli esattori",
    "i tiktoker",
)

_FRAMES: Mapping[str, tuple[str, ...]] = {
    "derogation": (
        "{i} sono gente sporca, pigra e bugiarda, e a {t} lo sanno tutti.",
        "{i} sono imbecilli. Punto e basta.",
        "Vivo a {t} da anni e ormai è chiaro: {i} portano solo furti e truffe.",
        "{i} puzzano e lasciano tutto uno schifo 🤢",
        "{i} sono la cosa più inutile che esista, non servono a niente.",
        "#{t} di nuovo {i} a combinare casini, branco di inutili come sempre",
        "{i} sono delinquenti per natura e nessuna educazione potrà cambiare le cose.",
    ),
    "dehumanisation": (
        "{i} sono ratti che ormai hanno invaso tutta {t}.",
        "{i} non sono persone, sono bestiame.",
        "{i} sono una malattia che fa marcire qualsiasi società dall'interno.",
        "{i} sono spazzatura da buttare via il prima possibile.",
        "{i} sono parassiti che ci succhiano il sangue e si riproducono come conigli.",
        "{i} sono il cancro di {t} 🐀",
        "Fatevi un giro per {t}: {i} dappertutto, come scarafaggi.",
    ),
    "threat_to_group": (
        "{i} la pagheranno cara. Non finisce qui.",
        "Spero che {i} soffrano quanto noi soffriamo per colpa loro.",
        "Avviso per {i}: avete i giorni contati.",
        "Spero che un giorno {i} ricevano quello che si meritano, e che faccia molto male.",
        "Presto {i} scopriranno cos'è la vera paura.",
        "Che spariscano {i} dalla faccia della terra, e nel modo più doloroso.",
        "{i} meritano solo dolore. Che lo sappiano.",
    ),
    "exclusion": (
        "{i} non dovrebbero poter votare. A nessuna elezione.",
        "{i} non dovrebbero lavorare nelle nostre scuole né nei nostri ospedali.",
        "Qui {i} sono di troppo. Fuori da {t}, e basta.",
        "Le case di {t} solo alla gente del posto; {i} si cerchino un tetto altrove.",
        "{i} dovrebbero vivere per conto loro, in quartieri a parte, lontano dalla gente normale.",
        "Propongo una legge: {i} non potranno comprare terreni né aprire attività a {t}.",
        "Fuori dal paese {i}, subito. Chiudere le frontiere e togliere la cittadinanza.",
    ),
    "hate_question": (
        "Perché {i} sporcano tutto e non alzano mai un dito?",
        "Qualcuno ha mai visto {i} lavorare onestamente? 🙄",
        "Ma davvero {i} sono meglio dei ratti in qualcosa?",
        "Sanno fare qualcosa {i} oltre a rubare?",
        "Qualcuno me lo spiega: a cosa ci servono {i}? Che cosa portano oltre ai problemi?",
        "Da quando {i} contano come persone?",
        "Fino a quando dovremo mantenere {i} con le nostre tasse?",
    ),
    "hate_opinion": (
        "Secondo me {i} sono una vergogna per {t}.",
        "Per me {i} sono parassiti, e nessuno mi farà cambiare idea.",
        "Sinceramente? Penso che {i} siano la cosa peggiore capitata a questa città.",
        "Opinione personale: {i} hanno meno cervello di un animale.",
        "A mio modo di vedere, {i} sono feccia e nient'altro.",
        "Ho l'impressione che {i} mentano sempre e su tutto, ce l'hanno nel sangue.",
        "Lo dico chiaro perché lo penso davvero: {i} non meritano né rispetto né pietà.",
    ),
    "hate_pronoun": (
        "Nella nostra via a {t} adesso abitano {i}. Sporcano tutto, fanno casino e rubano "
        "qualsiasi cosa.",
        "Ieri sull'autobus c'erano {i}. Sono peggio delle bestie.",
        "{i} hanno aperto un centro nuovo in piazza. Speriamo che gli chiudano presto la baracca, "
        "che piaga.",
        "Adesso a {t} lavorano {i}. Non ci si può fidare: mentono sempre.",
        "I vicini del mio palazzo: {i}. Portano solo puzza e spazzatura.",
        "Al telegiornale di nuovo {i}. Mi fanno schifo, non sono persone, sono spazzatura.",
        "Sapete chi è venuto ad abitare nella casa di fronte? Indovinate: {i}. Sono come "
        "scarafaggi: ne arriva uno e dietro ne vengono cento.",
    ),
    "negated_hate": (
        "{i} non sono gente sporca né pigra: è uno stereotipo pieno d'odio.",
        "Non direi mai che {i} sono parassiti. Sono persone come tutte le altre.",
        "Non è vero che {i} rubano o truffano più degli altri.",
        "{i} non sono ratti né una piaga: fanno parte del quartiere, qui a {t}.",
        "Nessuno sano di mente pensa che {i} siano imbecilli.",
        "{i} non meritano odio. Punto.",
        "È una menzogna che {i} siano delinquenti per natura.",
        "La mia esperienza è semplice: {i} non mentono e non rubano più di chiunque altro.",
        "Non credo che {i} siano un pericolo. Non l'ho mai creduto.",
        "{i} non sono nessuna piaga e nessuna minaccia: sono gente con le sue preoccupazioni, "
        "come tutti.",
    ),
    "identity_positive": (
        "Con {i} il quartiere di {t} è un posto molto più bello in cui vivere ❤️",
        "Adoro come {i} del mio quartiere organizzano feste aperte a tutti.",
        "{i} sono gente sveglia, gentile e laboriosa; sono felice di vivere lì vicino.",
        "Grazie di cuore! Senza {i} il centro volontari di {t} non ce l'avrebbe fatta.",
        "Da quando in squadra giocano anche {i}, il gruppo è più forte e più unito.",
        "Sinceramente, {i} sono tra le persone più generose che conosco.",
        "Quanta musica, cibo e allegria portano {i} a {t}! 🎉",
        "{i} del nostro quartiere hanno salvato il canile quando il comune di {t} non aveva soldi "
        "🐶",
        "Che orgoglio: {i} di {t} hanno aperto una biblioteca gratuita per bambini.",
        "I miei ricordi d'infanzia più belli sono con i vicini: {i} della casa accanto ci "
        "invitavano sempre a merenda.",
    ),
    "identity_question": (
        "Che percentuale degli abitanti di {t} rappresentano {i}?",
        "Dove possono trovare {i} assistenza legale gratuita a {t}?",
        "Come valutano {i} il nuovo piano comunale per la casa?",
        "{i} hanno partecipato al dibattito sul nuovo parco?",
        "Che cosa pensano {i} di {t} della riforma dei trasporti pubblici?",
        "Domanda per chi lo sa: {i} nella nostra regione vivono più in città o nei paesi?",
        "Quali sono i problemi che {i} citano più spesso nei sondaggi sulla casa?",
        "È vero che {i} apriranno un centro culturale a {t}?",
        "Dove posso leggere interviste in cui {i} raccontano la loro vita a {t}?",
        "Come arrivano al lavoro {i}, adesso che il ponte è chiuso?",
    ),
    "quoted_hate_counter": (
        "Di nuovo con questa storia che «{i} sono parassiti». No. È una bugia, e ripeterla è una "
        "vergogna.",
        "Smettetela di scrivere che {i} sono gente pigra e sporca. Non è vero, e lo sapete.",
        "Qualcuno ha di nuovo attaccato volantini a {t} con scritto «{i} rubano». Non siamo "
        "d'accordo: i nostri vicini meritano rispetto.",
        "Dire che {i} non sono persone ma bestiame non è «un'opinione», è odio. Non tacete.",
        "La storia che {i} sarebbero una malattia è una vecchia bugia da seppellire una volta per "
        "tutte.",
        "La frase «{i} sono imbecilli» non dice niente di quel gruppo e dice tantissimo di chi la "
        "scrive.",
        "Mi scrivono: «{i} sono ratti». La mia risposta: è gente a cui voglio bene, e qui l'odio "
        "non passa.",
        "Non voglio più vedere la frase «{i} sono feccia» in questo gruppo. È odio, punto.",
        "Chi scrive che {i} sono scansafatiche che rubano ripete solo una bugia altrui. "
        "Controllate i fatti.",
        "Fino a quando? Un giorno «{i} sono una piaga», un altro «{i} sono ratti». Basta. Sono "
        "persone, non bersagli.",
    ),
    "hate_report": (
        "La polizia di {t} indaga sulle scritte «{i} sono parassiti» comparse sui muri di una "
        "scuola.",
        "In tribunale il processo a un blogger che aveva scritto che {i} sono «spazzatura che "
        "ruba».",
        "Uno studio rileva che i post con la frase «{i} sono una malattia» si diffondono più in "
        "fretta delle notizie neutre.",
        "A un presidio a {t} sono stati scanditi cori «{i} fuori», e la procura ha convocato gli "
        "organizzatori.",
        "Le associazioni per i diritti umani registrano un aumento dei commenti del tipo «{i} "
        "sono ratti».",
        "Un consigliere comunale di {t} si scusa per aver detto che {i} sono «delinquenti per "
        "natura».",
        "Condannato con pena sospesa l'autore di volantini secondo cui {i} «non meritano di "
        "vivere qui».",
        "Fermato a {t} un uomo che al mercato gridava «{i} sono ratti».",
        "Secondo uno studio sociologico, quasi un terzo degli intervistati ha visto sui social "
        "messaggi come «{i} rubano e mentono».",
        "I moderatori hanno chiuso un gruppo in cui circolavano messaggi come «{i} devono "
        "sparire», riferisce un quotidiano locale di {t}.",
    ),
    "nonprotected_abuse": (
        "{n} sono dei parassiti imbecilli, sempre a ficcare il naso dove non devono.",
        "{n} di {t} sono tutti imbroglioni e scansafatiche.",
        "Quello che odio di più: {n}. Spazzatura, altro che persone.",
        "Sinceramente {n} sono ratti schifosi 🐀 magari li cacciassero tutti da {t}.",
        "Perché {n} sono sempre così idioti e arroganti?",
        "E {n}, che dire: un gregge di pecoroni senza cervello né vergogna.",
        "Per me {n} sono il peggio del peggio: mentono e rubano.",
    ),
    "object_abuse": (
        "Questa stampante è una schifezza totale, la odio con tutto il cuore.",
        "Che tempo schifoso oggi a {t}, davvero.",
        "Il treno è di nuovo in ritardo di quaranta minuti. Una vergogna di servizio.",
        "Il nuovo aggiornamento dell'app è stupido e inutile, ridateci la versione vecchia!",
        "Questo caffè sa di acqua di pozzanghera 🤮",
        "Odio questo portatile. Si blocca, scalda, è lentissimo... un rottame.",
        "La minestra della mensa oggi era veleno, una porcheria incredibile.",
    ),
    "person_abuse": (
        "{p}, sei un disastro ambulante e lo sanno tutti.",
        "{p} è una palla al piede, rovina sempre tutto.",
        "Senti, {p}, hai meno cervello di una gallina: non scrivermi più.",
        "Quello che dice {p} è una sfilza di cavolate. Che testa vuota.",
        "{p}, sei una vergogna, faresti meglio a tacere.",
        "{p} racconta più balle che parole. Un caso disperato.",
        "{p}, hai la segatura al posto del cervello 🙄",
    ),
    "profanity_benign": (
        "Cazzo, abbiamo vinto! 🎉",
        "Merda, ho di nuovo lasciato le chiavi a casa.",
        "Porca miseria, che tramonto stasera su {t}!",
        "Porca puttana, che caldo, non ce la faccio più.",
        "Minchia, finalmente ho passato l'esame, non ci credo!",
        "Fottuta scadenza, cazzo, non ce la farò mai.",
        "Che venerdì di merda. Vabbè, vaffanculo a tutto, vado a dormire.",
    ),
}

FRAMES: Mapping[str, tuple[str, ...]] = {
    category: frames + ADD[category] for category, frames in _FRAMES.items()
}
