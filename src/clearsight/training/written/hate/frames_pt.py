"""Portuguese (Brazilian) hate-functionality frames: the hateful categories and the fillers.

``{i}`` is a bare plural (``muçulmanos``, ``mulheres``, ``pessoas trans``) of either gender, so
no frame lets an adjective, article or pronoun agree with it: insults are nouns (``parasitas``,
``praga``) or hang on ``gente`` (``gente suja``), and the pronoun frames use the null subject
(``São uma praga.``). The contrast categories live in ``frames_pt_more`` and reuse these insults.
"""

from __future__ import annotations

from collections.abc import Mapping

from clearsight.training.written import entities
from clearsight.training.written.hate.frames_pt_add import ADD
from clearsight.training.written.hate.frames_pt_more import CONTRAST

IDENTITIES: tuple[str, ...] = (
    "muçulmanos",
    "judeus",
    "cristãos",
    "hindus",
    "ateus",
    "ciganos",
    "negros",
    "árabes",
    "poloneses",
    "mulheres",
    "pessoas trans",
    "gays",
    "pessoas com deficiência",
    "imigrantes",
    "refugiados",
    "surdos",
    "lésbicas",
    "bissexuais",
    "sikhs",
    "asiáticos",
    "idosos",
)
TOWNS: tuple[str, ...] = entities.TOWNS["en"]
PEOPLE: tuple[str, ...] = entities.PEOPLE["en"]
NONPROTECTED: tuple[str, ...] = (
    "fiscais de estacionamento",
    "auditores fiscais",
    "traders de cripto",
    "proprietários de imóveis",
    "árbitros",
    "influenciadores",
    "corretores de imóveis",
    "ciclistas",
    "gamers",
    "mímicos",
    "flanelinhas",
    "cobradores de dívidas",
)

HATEFUL: Mapping[str, tuple[str, ...]] = {
    "derogation": (
        "{i} são gente suja, preguiçosa e desonesta, e todo mundo sabe disso.",
        "{i} não prestam pra nada. Só sabem mentir e roubar.",
        "Moro em {t} há vinte anos e posso afirmar: {i} são a escória do bairro.",
        "{i} = atraso, sujeira e crime. Simples assim.",
        "Todo problema de {t} tem a mesma origem: {i}, gente burra e violenta que não quer "
        "trabalhar.",
        "{i} são um bando de parasitas que vivem às custas de quem trabalha.",
        "{i} têm o crime no sangue, isso nunca vai mudar. #{t}",
        "Típico de {i}: barulho, sujeira e mentira, sempre e em todo lugar.",
    ),
    "dehumanisation": (
        "{i} são ratos. Onde chegam, a sujeira vem junto.",
        "{i} não são gente, são uma praga que se espalha por {t}.",
        "{i} são vermes e ponto final.",
        "{i} são uma doença, e a cidade de {t} já está infectada.",
        "{i}? Isso não é gente, é lixo que anda.",
        "{i} se multiplicam igual barata 🪳 e {t} virou um ninho.",
        "{i} são bichos, não seres humanos. Basta ver como vivem.",
        "{i} são pragas que infestam {t}, igual gafanhoto.",
    ),
    "threat_to_group": (
        "{i} vão pagar caro, e eu quero estar lá pra ver.",
        "Tomara que {i} sumam da face da terra.",
        "Um dia a paciência acaba e {i} vão sentir na pele tudo o que merecem.",
        "{i} merecem sofrer. Sem exceção.",
        "Recado pra quem mora em {t}: {i} não vão ter paz aqui, nunca mais.",
        "Se depender de mim, {i} vão se arrepender de ter nascido.",
        "{i} que se cuidem, porque a conta vai chegar 😡",
        "Chegou a hora de {i} aprenderem uma lição que nunca vão esquecer.",
    ),
    "exclusion": (
        "{i} não deveriam ter direito a voto. Ponto.",
        "Fora, {i}! {t} não é lugar pra vocês.",
        "Nenhuma empresa séria deveria contratar {i}.",
        "Proibir a entrada de {i} em {t} já!",
        "{i} precisam morar longe de gente decente: bairro separado, escola separada, tudo "
        "separado.",
        "Quero {i} fora do meu país, fora do meu prédio e fora da minha vida.",
        "Nada de auxílio, nada de emprego público, nada de cidadania pra {i}.",
        "Escola, hospital, clube: nenhum lugar de {t} deveria aceitar {i}.",
    ),
    "hate_question": (
        "Por que {i} são sempre gente tão suja e desonesta?",
        "Alguém me explica pra que servem {i}, além de dar prejuízo?",
        "Será que {i} têm cérebro ou só fingem?",
        "Vocês já perceberam que onde tem {i} tem crime? Coincidência?",
        "Quando é que {t} vai se livrar de {i} de uma vez?",
        "E desde quando {i} são seres humanos de verdade?",
        "Qual é a diferença entre {i} e ratos? Nenhuma, né?",
        "{i} fazem alguma coisa além de mentir e roubar? Alguém já viu?",
    ),
    "hate_opinion": (
        "Na minha opinião, {i} são a pior coisa que já aconteceu com {t}.",
        "Eu acho que {i} são gente preguiçosa e desonesta, e não vou fingir que não acho.",
        "Sinceramente, pra mim {i} são um câncer.",
        "Posso estar errado, mas pra mim {i} não prestam.",
        "Minha visão é simples: {i} só trazem atraso.",
        "Vou ser honesto: tenho nojo de {i}. Sempre tive.",
        "Opinião impopular? Que nada: {i} são parasitas e todo mundo pensa igual.",
        "Na boa, acho {i} um atraso de vida e não vou mudar de ideia.",
    ),
    "hate_pronoun": (
        "Abriram mais um centro cultural de {i} em {t}. São um câncer, e ninguém faz nada.",
        "Tenho colegas de trabalho que são {i}. Não passam de parasitas, isso sim.",
        "A prefeitura de {t} quer receber mais {i}. Só sabem roubar e mentir, e agora não vai ser "
        "diferente.",
        "{i} estão de novo na capa do jornal. Não aguento nem olhar. São uma praga.",
        "Hoje o noticiário falou de {i}. Mentem, roubam e ainda se fazem de vítimas.",
        "Meu primo diz que {i} de {t} são gente boa. Mentira. São o lixo da cidade.",
        "{i} pediram espaço na praça de {t}. Que voltem pro buraco de onde saíram.",
        "Falei com meu chefe sobre {i}. Não servem pra nada, nunca serviram.",
    ),
}

FRAMES: Mapping[str, tuple[str, ...]] = {
    category: frames + ADD[category] for category, frames in {**HATEFUL, **CONTRAST}.items()
}
