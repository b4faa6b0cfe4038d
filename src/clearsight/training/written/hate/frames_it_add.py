"""Additional Italian hate-functionality frames, merged after the existing ones in ``FRAMES``.

They add registers and sentence shapes the first frames lack (chat lines, headlines, forum
replies, "just asking" questions, stereotypes told as facts) under the conventions of
``frames_it``: the fillers carry their article, no filler follows di, a, da, in or su, and
nothing has to agree with the filler's gender. All text is fictional and written for Clearsight.
"""

from __future__ import annotations

from collections.abc import Mapping

ADD: Mapping[str, tuple[str, ...]] = {
    "derogation": (
        "Chi ha fatto affari con {i} lo sa: una promessa per loro non vale niente.",
        "ahahah {i} che lavorano? Solo se c'è da fregare qualcuno",
        "Non è razzismo, sono numeri: a {t} dietro quasi ogni casino ci sono {i}.",
        "Mia nonna diceva che {i} non hanno vergogna. Crescendo ho capito che aveva ragione.",
        "Dove abitano {i} c'è immondizia sul marciapiede. A {t} è sempre stato così.",
    ),
    "dehumanisation": (
        "Trattare {i} come esseri umani è stato il primo errore.",
        "Cosa c'è nelle fogne di {t}? Topi e {i}. Stessa roba.",
        "{i} vivono come bestie in una stalla 🐀 e poi pretendono rispetto.",
        "{i} sono come la muffa: parte da un angolo e in un attimo ti prende tutto il muro.",
        "Diritti umani per {i}? Umani de che? Quelli sono animali.",
    ),
    "threat_to_group": (
        "Godetevela finché potete, {i}. I vostri giorni sono contati.",
        "Sentite bene, {i}: ci ricordiamo ogni singola faccia.",
        "Ragazzi del gruppo, è ora che {i} di {t} imparino cosa vuol dire avere paura.",
        "Di questo passo {i} si prenderanno una bella lezione, e poi non dite che non vi avevo "
        "avvisato.",
        "Che {i} non dormano più sonni tranquilli, perché il conto prima o poi arriva.",
    ),
    "exclusion": (
        "Appello ai proprietari di {t}: non affittate niente a gente come {i}.",
        "Classi separate, subito: i nostri figli non devono stare in classe con {i}.",
        "Nella chat del condominio abbiamo deciso: qui {i} non entrano.",
        "Chiudere i confini e non far passare più {i}. Zero.",
        "{i} a insegnare? A lavorare in ospedale? Mai. Non è roba per quella gente.",
    ),
    "hate_question": (
        "Chiedo solo: perché il quartiere peggiora sempre quando si trasferiscono {i}? 🤔",
        "Qualcuno ha mai calcolato quanto spende {t} ogni anno per mantenere {i}?",
        "Ma {i} nascono senza senso dell'igiene o lo imparano a casa?",
        "Perché {i} saltano la fila per i sussidi e noi dobbiamo aspettare?",
        "Dire che {i} sono gente fannullona adesso è reato? Non è semplicemente la verità?",
    ),
    "hate_opinion": (
        "Opinione mia e non accetto discussioni: {i} sono un peso morto per la società.",
        "Niente di personale, ma credo che {i} non meritino di vivere a {t}.",
        "Riassunto di quello che penso: {i} sono gente marcia fino al midollo.",
        "A essere sinceri, tra {i} non ho mai visto nessuno che valga qualcosa, e dubito che lo "
        "vedrò.",
        "Dal mio punto di vista, far entrare {i} è stato l'errore più grande nella storia di {t}.",
    ),
    "hate_pronoun": (
        "Nell'appartamento accanto adesso stanno {i}. Sono qui da ieri e il palazzo puzza già.",
        "Al mercato di {t} adesso ci sono solo {i}. Non compro niente che abbiano toccato.",
        "In metro stamattina c'erano {i}. Urla per tutto il tragitto. Non dovrebbero nemmeno "
        "salire con la gente normale.",
        "Titolo: {i} chiedono più diritti. Certo, sanno solo chiedere, mai fare.",
        "Sotto casa hanno aperto un negozietto gestito da gente come {i}. Non spendo un "
        "centesimo, prima o poi ti fregano.",
    ),
    "negated_hate": (
        "Conosco tanta gente tra {i} e nessuno è un fannullone. Quel discorso non sta in piedi.",
        "Chi dice che {i} rubano? Ho abitato dieci anni accanto a loro a {t} e non è mai sparito "
        "niente.",
        "{i} non sono un peso morto né animali. Smettetela.",
        "Chiamare {i} «topi di fogna» è inaccettabile, e non sarò mai d'accordo.",
        "{i} meritano di vivere in pace a {t}, come chiunque altro.",
    ),
    "identity_positive": (
        "Festa di quartiere a {t}: la bancarella che hanno preparato {i} era la più gettonata, "
        "coda fino "
        "all'angolo 😋",
        "Grazie mille ai colleghi: {i} della squadra mi hanno coperto il turno questa settimana!",
        "Sono stata all'incontro in cui {i} hanno raccontato le loro storie e ne sono uscita "
        "commossa.",
        "Nella nostra squadra giocano anche {i}, e che spirito di gruppo in campo e fuori 💪",
        "Una delle cose più belle dell'essere cresciuta a {t}? Avere tra i migliori amici anche "
        "{i}.",
    ),
    "identity_question": (
        "La biblioteca di {t} organizza incontri sulla cultura che {i} portano con sé? Vorrei "
        "andarci con i bambini.",
        "Come festeggiano il capodanno {i}? Ci sono tradizioni particolari?",
        "Esiste a {t} uno sportello di consulenza legale pensato per {i}?",
        "Sto scrivendo la tesi: qualcuno ha studiato come la stampa locale racconta {i}?",
        "In quali settori lavorano soprattutto {i} a {t}? Ci sono dati pubblici?",
    ),
    "quoted_hate_counter": (
        "Ogni volta che a un pranzo di famiglia qualcuno dice «{i} sono un peso morto», rispondo.",
        "Nei commenti qualcuno ha scritto che {i} sono «animali». Scusate, questo è odio, non "
        "libertà di espressione.",
        "Smettete di condividere quell'immagine secondo cui {i} «non conoscono l'igiene». È falsa "
        "e cattiva.",
        "Nella chat del condominio di {t} hanno scritto che {i} non devono entrare. Prima di "
        "uscire "
        "ho risposto: un vicino è un vicino.",
        "«Chiedo solo perché {i} sono gente fannullona»? Questa non è una domanda, è un "
        "pregiudizio "
        "incartato per bene.",
    ),
    "hate_report": (
        "Ultim'ora: scritte contro {i} sul muro di una scuola di {t}, la preside ha chiamato i "
        "carabinieri.",
        "Rapporto: in un anno sono raddoppiati i post che chiamano {i} «parassiti».",
        "Multato a {t} un proprietario per un annuncio con la frase «{i} astenersi».",
        "Una piattaforma dichiara di aver rimosso migliaia di post che paragonavano {i} a «topi».",
        "Convocato dalla polizia di {t} un uomo che in una chat aveva scritto che per {i} «i "
        "giorni "
        "sono contati».",
    ),
    "nonprotected_abuse": (
        "{n} sono sanguisughe, si sono presi tutti i soldi di {t}.",
        "Ragionare con {n}? Lascia perdere, non hanno cervello.",
        "{n}? Un nido di topi, vanno dove ci sono soldi 🐀",
        "Davvero, {n} sono la gente più sfacciata che abbia mai visto.",
        "Eccoli di nuovo, {n} di {t}. Branco di inutili.",
    ),
    "object_abuse": (
        "Questa lavatrice perde di nuovo. Spazzatura di prima categoria.",
        "Il viale nuovo di {t} è già pieno di buche dopo tre mesi. Lavoro fatto da cani.",
        "Questo aggiornamento è una piaga, il telefono adesso è una lumaca.",
        "Chi ha inventato le casse automatiche? Stupide da morire, danno errore ogni volta.",
        "La pasta è arrivata scotta e fredda. Schifosa. Voto zero!",
    ),
    "person_abuse": (
        "{p} è di nuovo in ritardo. Una persona inaffidabile, non ci si può contare.",
        "{p}, questo progetto l'hai scritto per chi, per i maiali?",
        "Nel gruppo chi se la tirava di più era {p}, e poi non ha fatto niente. Ridicolo.",
        "{p}, la smetti di farti ridere dietro da tutta {t}?",
        "Non ci posso credere, {p} ha combinato un'altra idiozia 🙄",
    ),
    "profanity_benign": (
        "Cazzo, che torta buona!",
        "Porca puttana, i fuochi di stasera a {t} erano pazzeschi 🎆",
        "Minchia, ho azzeccato la risposta, non ci credo!",
        "Porca troia, per poco perdevo l'ultimo autobus, ho corso come un matto.",
        "Cazzo sì! La squadra di {t} l'ha ribaltata!",
    ),
}
