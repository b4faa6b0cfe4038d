"""Portuguese contrast frames: the same insult words and identity terms without hate.

Negations, warm statements, neutral questions, counter-speech and news reports use the identity
terms as often as the hateful frames do; abuse of non-protected groups, objects and single people
reuses the hateful insults, so that a model has to learn the stance, not the words.
"""

from __future__ import annotations

from collections.abc import Mapping

CONTRAST: Mapping[str, tuple[str, ...]] = {
    "negated_hate": (
        "{i} não são gente suja nem preguiçosa, e quem diz isso nunca conversou com ninguém.",
        "Eu nunca diria que {i} são parasitas. Isso é mentira, e é cruel.",
        "É falso que {i} tenham o crime no sangue.",
        "{i} não são ratos, não são praga, não são lixo. São pessoas.",
        "Ninguém aqui acha que {i} devam perder o direito de votar.",
        "Não é verdade que {i} só trazem atraso para {t}.",
        "{i} não merecem sofrer, nem aqui em {t} nem em lugar nenhum.",
        "Vamos deixar claro: {i} não são gente burra, nem violenta, nem criminosa.",
    ),
    "identity_positive": (
        "{i} fazem parte de {t} há gerações, e a cidade é melhor por isso.",
        "Muito orgulho de {i} que organizaram a feira solidária em {t} ❤️",
        "{i} são nossos vizinhos, colegas e amigos. Que bom ter vocês aqui!",
        "Gente, o trabalho voluntário de {i} no abrigo de {t} é lindo demais 🙏",
        "{i} trazem tanta coisa boa: comida, música, ideias novas.",
        "Admiro muito a coragem de {i} que falam abertamente sobre discriminação.",
        "Saúde, {i} de {t}! Vocês tornam esta cidade mais humana.",
        "{i} de {t} arrecadaram doações pras vítimas da enchente e ajudaram todo mundo. Orgulho! "
        "💛",
    ),
    "identity_question": (
        "Qual é a população de {i} em {t}, segundo o último censo?",
        "Alguém sabe se {i} têm alguma festa tradicional em dezembro?",
        "Quais são as principais associações de {i} em {t}?",
        "Onde posso ler sobre a história de {i} no Brasil?",
        "{i} participam muito da política local em {t}? Tenho curiosidade.",
        "Existe algum estudo sobre o acesso de {i} ao mercado de trabalho?",
        "Pergunta sincera: como {i} de {t} se organizam para as eleições do bairro?",
        "Que livros escritos por {i} vocês recomendam?",
    ),
    "quoted_hate_counter": (
        "Dizer que {i} são gente suja e preguiçosa é preconceito puro. Chega.",
        'Li hoje: "No fundo, {i} são ratos". Sério? Esse tipo de frase desumaniza gente de '
        "verdade.",
        "Parem de chamar {i} de parasitas. Isso não é opinião, é ódio.",
        "Vi alguém escrevendo que {i} não deveriam votar. Não, não e não: direitos são de todos.",
        'Quem fala que "{i} têm o crime no sangue" está repetindo uma mentira velha.',
        "Toda vez que alguém em {t} diz que {i} são uma praga, eu respondo: são nossos vizinhos.",
        'O post dizia "{i} vão pagar caro". Denunciei, e você devia fazer o mesmo.',
        "Ainda tem gente dizendo que {i} são vermes. Não são. Chega dessa desumanização.",
    ),
    "hate_report": (
        'A polícia de {t} investiga pichações que chamavam {i} de "praga".',
        'Um homem foi condenado em {t} por publicar que {i} "não são gente", informou o tribunal.',
        'Estudo aponta aumento de comentários que descrevem {i} como "parasitas" nas redes '
        "sociais.",
        'Segundo testemunhas, o agressor gritou que {i} eram "lixo" antes de ser detido em {t}.',
        "O Ministério Público de {t} abriu inquérito sobre panfletos que pediam a expulsão de {i}.",
        "Relatório anual registra 40 denúncias de discurso de ódio contra {i} em {t}.",
        'Durante a audiência, a promotora leu mensagens segundo as quais {i} "merecem sofrer".',
        'Câmeras registraram um homem chamando {i} de "vermes" numa praça de {t}, segundo a '
        "polícia.",
    ),
    "nonprotected_abuse": (
        "{n} são gente suja, preguiçosa e desonesta, e todo mundo em {t} sabe disso.",
        "{n} são ratos. Parasitas que vivem do nosso dinheiro.",
        "Odeio {n}. Um bando de vagabundos, todos eles.",
        "{n} de {t} são a escória da cidade, sem exceção.",
        "Sinceramente, {n} são um câncer. Não prestam pra nada.",
        "Por que {n} são sempre tão burros? Juro que não entendo 🙄",
        "{n}? Lixo. Puro lixo.",
        "Típico de {n}: barulho, sujeira e mentira. Não prestam.",
    ),
    "object_abuse": (
        "Essa impressora é um lixo, odeio com todas as forças.",
        "O trem pra {t} atrasou de novo. Serviço podre, nojento, uma vergonha.",
        "Que calor dos infernos em {t} hoje, esse verão é uma praga.",
        "Esse aplicativo novo do banco é um câncer, trava a cada cinco minutos.",
        "A comida da lanchonete da rodoviária de {t}: gordurosa, fria e nojenta. Nunca mais.",
        "Meu notebook é uma porcaria. Lento, burro e barulhento.",
        "Chuva, trânsito e obra na avenida principal de {t}. Que dia imundo.",
        "Odeio essa chuva nojenta que não para nunca em {t}.",
    ),
    "person_abuse": (
        "{p}, você é um zero à esquerda, ninguém aguenta mais suas piadas.",
        "{p} é uma anta. Não sabe nem ligar o computador.",
        "Alguém faz {p} calar a boca? Que pessoa insuportável.",
        "{p} de {t} é a maior vergonha do grupo, sério.",
        "Sinceramente, {p}, seu cérebro tá de férias?",
        "{p} só fala besteira. Que ridículo.",
        "Ninguém em {t} é tão chato quanto {p}.",
        "{p}, vai catar coquinho, sua anta.",
    ),
    "profanity_benign": (
        "Puta merda, passei na prova! 🎉",
        "Caramba, que porra de jogo foi aquele ontem em {t}!",
        "Merda, esqueci a chave em casa de novo.",
        "Caralho, que vista linda lá do alto de {t}.",
        "Putz, que susto do cacete!",
        "Porra, finalmente sexta-feira! Bora comemorar em {t}.",
        "Porra, que golaço! Tô sem voz até agora.",
    ),
}
