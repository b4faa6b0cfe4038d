"""French hate-functionality frames: the hateful categories, merged with the contrast ones.

``{i}`` is a bare plural (``musulmans``, ``personnes noires``) that takes ``les``/``des``/``aux``;
the group mixes grammatical genders, so frames use epicene adjectives (``sales``,
``stupides``), fixed-gender nouns (``des parasites``, ``une plaie``) and the pronouns
``les``/``leur``/``ce sont`` instead of ``ils``/``elles``. The contrast categories live in
``frames_fr_more`` and reuse the insult words of these frames.
"""

from __future__ import annotations

from collections.abc import Mapping

from clearsight.training.written.hate.frames_fr_more import CONTRAST

HATEFUL: Mapping[str, tuple[str, ...]] = {
    "derogation": (
        "Les {i} sont sales, stupides et malhonnêtes, sans exception.",
        "Tout le monde le sait : les {i} sont des escrocs et des parasites.",
        "Les {i} = des escrocs. Point.",
        "Typique : à {t}, les {i} volent, mentent et ne fichent rien.",
        "Les {i} sont bien trop stupides pour faire quoi que ce soit de correct.",
        "Que des ordures, les {i}. Ça a toujours été comme ça.",
        "Les {i} abîment tout ce qu'on leur confie. Inutiles.",
        "Les {i} ont la triche dans le sang, impossible de leur faire confiance 🙄",
        "Le problème est simple : les {i} sont des brutes, avides et bêtes.",
        "À {t}, les {i} forment une bande d'incapables qui vivent sur notre dos.",
    ),
    "dehumanisation": (
        "Les {i} sont des rats qui se multiplient dans tous les coins de {t}.",
        "Les {i} ne sont pas des humains, ce sont des bêtes habillées.",
        "Les {i} se répandent dans {t} comme une maladie.",
        "Les {i} = des cafards. T'en vois un, y en a cent.",
        "De la crasse, voilà ce que sont les {i}. De la crasse ambulante.",
        "Les {i}, ce sont des parasites qui se nourrissent des gens honnêtes.",
        "Les {i} sont un cancer qui ronge {t} de l'intérieur.",
        "Les {i}, c'est des ordures, moins que des animaux.",
        "Encore les {i} qui s'abattent sur {t} comme des sauterelles.",
        "Les {i} sont des nuisibles, rien de plus. Des objets, pas des voisins.",
    ),
    "threat_to_group": (
        "Un jour, les {i} recevront ce qui leur revient.",
        "J'espère qu'il arrivera quelque chose de terrible aux {i}.",
        "Les {i} paieront pour tout ça, un jour ou l'autre. Retenez bien ce que je dis.",
        "Les {i} méritent de souffrir, sans exception.",
        "À {t}, les {i} feraient mieux de surveiller leurs arrières à partir de maintenant.",
        "Vivement le jour où les {i} le paieront enfin.",
        "Il faudrait rayer les {i} de la surface de la terre.",
        "Il est temps de donner aux {i} une bonne leçon, une vraie.",
        "Les {i} n'ont aucune idée de ce qui les attend. Leur temps est compté.",
        "Si ça ne tenait qu'à moi, les {i} regretteraient d'exister.",
    ),
    "exclusion": (
        "Les {i} ne devraient pas avoir le droit de vote. Point barre.",
        "Dehors, les {i} ! On n'en veut pas à {t}.",
        "Pas de boulot pour les {i}. Tout patron de {t} qui les embauche fait partie du problème.",
        "Il faut interdire nos écoles et nos clubs aux {i}.",
        "Renvoyez les {i}, sans exception, et qu'on n'en parle plus.",
        "Propriétaires de {t} : ne louez jamais aux {i}. Jamais.",
        "Les {i} n'ont rien à faire dans la vie publique, qu'on les tienne loin des gens "
        "respectables.",
        "Des bus à part, des magasins à part, des rues à part pour les {i}. C'est la seule "
        "solution.",
        "Retirez tous leurs droits aux {i}. Des droits, ça se mérite.",
        "Les {i} ne doivent jamais exercer de mandat, enseigner aux enfants ou entrer dans la "
        "police de {t}.",
    ),
    "hate_question": (
        "Pourquoi les {i} sont toujours aussi sales ?",
        "Les {i}, ça sert à quoi au juste ? Sérieusement.",
        "Pourquoi {t} accueille encore des {i}, alors que ça n'apporte que la délinquance ?",
        "Qui veut vraiment des {i} ici ? Quelqu'un ? 🙄",
        "Les {i}, ce ne sont pas juste des parasites avec une meilleure com' ?",
        "Combien de temps encore va-t-on laisser les {i} détruire {t} ?",
        "Pourquoi laisse-t-on voter les {i}, avec une bêtise pareille ?",
        "Quelqu'un peut m'expliquer à quoi servent les {i}, à part répandre des maladies ?",
        "Est-ce que les {i} savent faire autre chose que mentir et voler ?",
        "C'est quoi, le problème avec les {i} ? Paresse, crasse, mensonges, toujours ??",
    ),
    "hate_opinion": (
        "Je trouve les {i} immondes, et j'arrête de faire semblant.",
        "À mon avis, les {i} sont un fardeau et une honte pour {t}.",
        "Franchement ? Les {i} me donnent la nausée. Sans exception.",
        "Personnellement, je pense que les {i} valent moins que les autres, et personne ne me "
        "fera changer d'avis.",
        "Mon avis honnête : les {i} ne sont que des parasites et des hypocrites, point.",
        "Je le dis cash : les {i}, c'est de la vermine. Opinion impopulaire, je m'en fiche.",
        "Si vous voulez mon avis, les {i} sont ce qui est arrivé de pire à {t}.",
        "Sincèrement, pour moi les {i} sont sales et il faut les éviter.",
        "Honnêtement, je ne supporte pas les {i}. Une plaie.",
        "Perso, les {i} sont un danger pour tout le monde autour #désolépasdésolé",
    ),
    "hate_pronoun": (
        "Des {i} viennent d'emménager dans ma rue à {t}. Je ne les supporte pas, ce sont des "
        "parasites.",
        "Croisé des {i} à la gare aujourd'hui. Je les déteste, ce sont des ordures.",
        "Tout le monde parle des {i}. Franchement, il faudrait les faire taire, ce sont des "
        "imbéciles.",
        "Les {i} ? Je ne leur fais aucune confiance, et qu'on les renvoie.",
        "Vu un reportage sur les {i} de {t}. Je les vois comme une maladie, rien d'autre.",
        "Ma voisine m'a demandé ce que je pense des {i}. Je lui ai dit la vérité : ce sont des "
        "nuisibles.",
        "Les {i}, on en voit partout à {t} maintenant. Leur place n'est pas ici et ne le sera "
        "jamais.",
        "Tu veux savoir ce que je pense des {i} ? Je les méprise, sans exception.",
        "Les {i} sont encore aux infos. Il faudrait les virer d'ici, point.",
        "Nos nouveaux collègues sont des {i}. On ne peut rien leur confier, c'est mensonge sur "
        "mensonge.",
    ),
}

FRAMES: Mapping[str, tuple[str, ...]] = {**HATEFUL, **CONTRAST}

NONPROTECTED: tuple[str, ...] = (
    "contractuels",
    "contrôleurs fiscaux",
    "traders en cryptomonnaies",
    "propriétaires",
    "arbitres",
    "influenceurs",
    "agents immobiliers",
    "cyclistes",
    "gamers",
    "mimes",
    "huissiers",
    "vendeurs de voitures d'occasion",
)
