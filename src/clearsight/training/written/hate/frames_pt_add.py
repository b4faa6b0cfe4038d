"""Additional Portuguese (Brazilian) hate-functionality frames, merged after the existing ones.

They add registers and sentence shapes the first frames lack (chat lines, headlines, forum
replies, "just asking" questions, stereotypes told as facts) under the conventions of
``frames_pt``: ``{i}`` is a bare plural of either gender, so nothing agrees with it, and the
pronoun frames use the null subject. All text is fictional and written for Clearsight.
"""

from __future__ import annotations

from collections.abc import Mapping

ADD: Mapping[str, tuple[str, ...]] = {
    "derogation": (
        "Quem já fez negócio com {i} sabe: palavra dada não vale nada.",
        "kkkk {i} trabalhando? Só se for pra dar golpe",
        "Não é preconceito, é estatística: em {t}, {i} estão por trás de quase toda confusão.",
        "Minha avó dizia que {i} não têm vergonha na cara. Cresci e vi que ela tinha razão.",
        "Bairro com {i} é bairro com lixo na calçada. Sempre foi assim em {t}.",
    ),
    "dehumanisation": (
        "Tratar {i} como gente foi o primeiro erro.",
        "O que tem nos esgotos de {t}? Ratos e {i}. Dá no mesmo.",
        "{i} se amontoando feito gado 🐀 e ainda querem respeito.",
        "{i} são como mofo: começa num canto e logo toma a parede inteira.",
        "Direitos humanos pra {i}? Humanos de onde? Aquilo é bicho.",
    ),
    "threat_to_group": (
        "Aproveitem enquanto dá, {i}. Os dias de vocês estão contados.",
        "{i}, escutem bem: a gente lembra de cada cara.",
        "Pessoal do grupo, tá na hora de {i} de {t} aprenderem o que é medo.",
        "Do jeito que vai, alguém ainda vai ensinar {i} na marra. Depois não digam que não avisei.",
        "Que {i} nunca mais durmam tranquilos, porque a cobrança vem.",
    ),
    "exclusion": (
        "Recado pros proprietários de {t}: não aluguem nada pra {i}.",
        "Filho de {i} na mesma sala que os nossos? Nem pensar.",
        "No grupo do condomínio já ficou combinado: {i} aqui não entram.",
        "Fecha a fronteira e não deixa passar mais {i}. Zero.",
        "{i} dando aula? Atendendo em posto de saúde? Nunca. Não é lugar pra esse povo.",
    ),
    "hate_question": (
        "Só perguntando: por que o bairro sempre piora quando chegam {i}? 🤔",
        "Alguém já calculou quanto {t} gasta por ano sustentando {i}?",
        "Será que {i} nascem sem noção de higiene ou aprendem em casa?",
        "Por que {i} furam a fila dos benefícios e a gente tem que esperar?",
        "Falar que {i} são gente vagabunda virou crime agora? Não é só a verdade?",
    ),
    "hate_opinion": (
        "Opinião minha e não aceito discussão: {i} são um peso morto pra sociedade.",
        "Não é nada pessoal, só acho que {i} não merecem morar em {t}.",
        "Resumo do que penso sobre {i}: podre até a raiz.",
        "Pra ser franco, nunca conheci {i} que prestassem e duvido que vá conhecer.",
        "Do meu ponto de vista, deixar {i} entrarem foi o maior erro da história de {t}.",
    ),
    "hate_pronoun": (
        "Mudaram {i} pro apartamento do lado. Chegaram ontem e o prédio já tá fedendo.",
        "A feira de {t} agora tá cheia de {i}. Não compro nada que tenham tocado.",
        "Peguei o metrô com um monte de {i}. Gritaria o caminho todo. Não deviam nem andar com "
        "gente normal.",
        "Manchete: {i} pedem mais direitos. Claro, só sabem pedir, nunca fazem nada.",
        "Abriram uma lojinha de {i} aqui embaixo. Não dou um centavo, mais cedo ou mais tarde "
        "passam a perna.",
    ),
    "negated_hate": (
        "Conheço um monte de {i} e ninguém ali é vagabundo. Essa conversa não se sustenta.",
        "Quem disse que {i} roubam? Morei dez anos perto de {i} em {t} e nunca sumiu nada.",
        "{i} não são peso morto nem bicho. Parem com isso.",
        'Chamar {i} de "ratos de esgoto" é inaceitável, e eu jamais vou concordar com isso.',
        "{i} merecem viver em paz em {t}, como qualquer um.",
    ),
    "identity_positive": (
        "Dia da comunidade em {t}: a barraca de {i} foi a mais disputada, fila dobrando a esquina "
        "😋",
        "Valeu demais, {i} da equipe, por cobrirem meu turno essa semana!",
        "Fui na roda de conversa em que {i} contaram suas histórias e saí emocionada.",
        "No nosso time também jogam {i}, e que parceria dentro e fora de campo 💪",
        "Uma das melhores coisas de crescer em {t} foi ter {i} entre os meus melhores amigos.",
    ),
    "identity_question": (
        "A biblioteca de {t} tem alguma palestra sobre a cultura de {i}? Queria levar as crianças.",
        "Como {i} costumam celebrar o ano-novo? Tem alguma tradição especial?",
        "Existe em {t} algum serviço de orientação jurídica voltado pra {i}?",
        "Tô fazendo TCC: alguém já pesquisou como a imprensa local retrata {i}?",
        "Em que setores {i} de {t} mais trabalham? Tem dado público sobre isso?",
    ),
    "quoted_hate_counter": (
        'Toda vez que alguém num almoço de família diz "{i} são peso morto", eu rebato.',
        'Alguém nos comentários chamou {i} de "bicho". Desculpa, isso é discurso de ódio, não '
        "liberdade de expressão.",
        'Parem de compartilhar aquela imagem dizendo que {i} "não têm higiene". É falsa e é '
        "maldosa.",
        "No grupo do condomínio de {t} disseram que {i} ali não entram. Antes de sair escrevi: "
        "vizinho é vizinho.",
        '"Só perguntando por que {i} são gente vagabunda"? Isso não é pergunta, é preconceito '
        "embrulhado pra presente.",
    ),
    "hate_report": (
        "Urgente: muro de escola em {t} amanhece com pichações contra {i}; direção chamou a "
        "polícia.",
        'Pesquisa: em um ano, dobrou o número de posts que chamam {i} de "parasitas".',
        'Proprietário de {t} é multado por anúncio com a frase "não alugo pra {i}".',
        'Plataforma diz ter removido milhares de posts que comparavam {i} a "ratos".',
        'Homem é intimado em {t} após ameaçar {i} num grupo de mensagens: "os dias estão '
        'contados".',
    ),
    "nonprotected_abuse": (
        "{n} são sanguessugas, levaram todo o dinheiro de {t}.",
        "Argumentar com {n}? Esquece, não têm cérebro.",
        "{n}? Ninho de ratos, vão atrás de onde tem grana 🐀",
        "Sério, {n} são o povo mais cara de pau que já vi.",
        "Lá vêm {n} de {t} de novo. Bando de inúteis.",
    ),
    "object_abuse": (
        "Essa máquina de lavar vazou de novo. Lixo dos lixos.",
        "A avenida nova de {t} já tá cheia de buraco em três meses. Obra porca.",
        "Essa atualização é uma praga, o celular ficou uma carroça.",
        "Quem inventou esse caixa de autoatendimento? Burro demais, dá erro toda vez.",
        "O macarrão chegou grudado e frio. Nojento. Nota zero!",
    ),
    "person_abuse": (
        "{p} se atrasou de novo. Imprestável, não dá pra contar com essa pessoa.",
        "{p}, você escreveu esse projeto pra quem, pra porcos?",
        "No grupo, quem mais contou vantagem foi {p}, e depois não fez nada. Ridículo.",
        "{p}, dá pra parar de passar vergonha em {t}?",
        "Não acredito na burrice de {p} 🙄",
    ),
    "profanity_benign": (
        "Caralho, que bolo bom!",
        "Puta que pariu, os fogos de {t} hoje estavam sensacionais 🎆",
        "Porra, acertei essa questão, não acredito!",
        "Cacete, quase perdi o último ônibus, vim correndo.",
        "Puta merda, o time de {t} virou o jogo!",
    ),
}
