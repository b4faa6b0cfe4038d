"""French contrast frames: the same insult words and identity terms without hate.

Negations, warm statements, neutral questions, counter-speech and news reports use the identity
terms as often as the hateful frames do; abuse of non-protected groups, objects and single people
reuses the hateful insults, so ``hate`` cannot be learnt from the words alone. Grammar follows
``frames_fr``: epicene adjectives, fixed-gender nouns, no ``ils``/``elles`` for ``{i}``.
"""

from __future__ import annotations

from collections.abc import Mapping

CONTRAST: Mapping[str, tuple[str, ...]] = {
    "negated_hate": (
        "Les {i} ne sont ni sales, ni stupides, ni malhonnêtes.",
        "Jamais je ne comparerais les {i} à de la vermine. Ce n'est pas moi, ça.",
        "Il est faux que les {i} soient des escrocs ; les chiffres de {t} ne montrent rien de tel.",
        "Non, les {i} ne sont pas des parasites. Ni aujourd'hui, ni jamais.",
        "Les {i} ne sont pas une maladie, et personne à {t} ne devrait les traiter comme telle.",
        "Soyons clairs : les {i} ne sont pas stupides et ne valent pas moins que les autres.",
        "Je ne pense pas que les {i} soient de la crasse. Ça ne m'est jamais venu à l'esprit.",
        "Les {i} que je connais à {t} ne volent pas, ne mentent pas et travaillent dur.",
        "On ne doit jamais priver les {i} d'emploi, d'école ou de droit de vote.",
        "Personne ne devrait souhaiter du mal aux {i}. Jamais.",
        "Les {i}, des parasites ? Non. Des escrocs ? Non plus. Question suivante.",
        "Contrairement à ce qu'on lit en ligne, les {i} de {t} ne menacent personne.",
        "Les {i} ne sont pas des animaux, ni des nuisibles, ni une plaie. Ce sont nos voisins.",
        "Je refuse de croire que les {i} vaudraient moins que quiconque.",
    ),
    "identity_positive": (
        "Les {i} de {t} font partie des personnes les plus gentilles que je connaisse ❤️",
        "Trop fier de voir les {i} faire tourner la banque alimentaire de {t} cet hiver.",
        "Les {i} ont de l'humour, du cœur et de la générosité. Quelle chance de les avoir comme "
        "amis.",
        "Merci aux {i} : vous rendez cette ville plus chaleureuse. #{t}",
        "J'adore quand les {i} apportent leur musique et leur cuisine à la fête de quartier de "
        "{t}.",
        "Les {i} méritent le même respect et la même sécurité que tout le monde.",
        "Reconnaissant envers les {i} qui font tourner nos hôpitaux et nos écoles.",
        "Franchement, on ne pourrait pas rêver de meilleurs voisins que les {i}.",
        "Les {i} ont toute leur place ici. Point. 💛",
        "Un grand merci aux {i} de {t} qui ont organisé le nettoyage samedi !",
        "À la chorale des jeunes de {t}, les {i} chantent à merveille 🎶",
        "Les {i} façonnent l'histoire de cette ville depuis des générations, et c'est tant mieux.",
        "Accueil adorable des {i} à la journée portes ouvertes de {t} aujourd'hui.",
        "Ravie de voir les {i} siéger au conseil municipal, enfin des idées neuves !",
    ),
    "identity_question": (
        "Les {i} sont combien à vivre à {t} aujourd'hui ?",
        "Quelles fêtes célèbrent les {i} de {t} au printemps ?",
        "Y a-t-il à {t} des associations où les {i} accueillent les nouveaux venus ?",
        "Où trouver des statistiques fiables sur les {i} en Europe ?",
        "Quelles organisations soutiennent les {i} localement ? C'est pour un exposé.",
        "Est-ce que les {i} de {t} ont un centre communautaire ?",
        "Quelqu'un connaît un bon livre sur l'histoire des {i} ?",
        "Qu'ont dit les {i} hier à la séance du conseil municipal de {t} ?",
        "Depuis quand est-ce que les {i} vivent à {t} ?",
        "Existe-t-il des données sur la part des {i} parmi les soignants ?",
        "Quelle place ont les {i} dans la vie politique de {t} ?",
        "À quelles difficultés se heurtent les {i} pour trouver un logement à {t} ?",
        "Y a-t-il quelque chose d'organisé par les {i} pendant la fête d'été de {t} ?",
        "Quelles sont les traditions des {i} pour les mariages et les naissances ? Simple "
        "curiosité.",
    ),
    "quoted_hate_counter": (
        "« Les {i} sont sales » ? Non. C'est un mensonge, et tu le sais.",
        "Affirmer que les {i} seraient des parasites, c'est de la haine pure. Arrêtez.",
        "Arrêtez de traiter les {i} d'escrocs. C'est faux et c'est cruel.",
        "Un collègue a affirmé que les {i} étaient inutiles. Je lui ai répondu que c'était de "
        "l'intolérance, tout simplement.",
        "Ceux qui font croire que les {i} seraient une maladie sont le vrai mal de {t}.",
        "« Les {i} dehors » n'est pas une opinion, c'est de la discrimination, et nous la "
        "combattons.",
        "À chaque fois qu'on compare les {i} à de la vermine, rappelez-vous : c'est comme ça "
        "que la haine commence.",
        "L'idée que les {i} seraient stupides est un vieux mythe ignoble. Ne le répétez pas.",
        "Non, les {i} ne sont pas de la « crasse » ni des « animaux ». Ces mots blessent de "
        "vraies personnes.",
        "Lu un post disant que les {i} devraient souffrir. Signalé. Pas de place pour la haine "
        "ici. #{t}Ensemble",
        "Mon oncle traite les {i} de « sales ». Je lui ai demandé s'il en avait déjà rencontré. "
        "Silence. Les faits plutôt que les préjugés.",
        "« Les {i} sont des escrocs » : ce mensonge revient à chaque élection. Ça reste un "
        "mensonge.",
        "À ceux qui postent sans arrêt que les {i} seraient de la vermine : on vous voit, et on "
        "ne laissera pas passer.",
        "Traiter les {i} de « parasites », ce n'est pas du courage, c'est de la haine à "
        "l'ancienne. #PasEnNotreNom",
    ),
    "hate_report": (
        "La police de {t} enquête sur une publication qui qualifiait les {i} de « parasites ».",
        "Le tribunal de {t} a entendu que le prévenu avait désigné les {i} comme de la « vermine » "
        "dans plusieurs messages.",
        "Selon une nouvelle étude, les insultes visant les {i}, comme « sales » ou « fainéants », "
        "sont courantes dans les commentaires en ligne.",
        "Un graffiti présentant les {i} comme « un danger public » a été effacé lundi d'un pont "
        "de {t}, a indiqué la mairie.",
        "D'après La Gazette de {t}, un conseiller municipal fait l'objet d'une enquête pour avoir "
        "déclaré que les {i} « ne devraient pas voter ».",
        "Selon le parquet, l'homme a crié que les {i} étaient « une maladie » avant de quitter le "
        "magasin.",
        "D'après le sondage, quatre personnes interrogées sur dix disent avoir entendu qualifier "
        "les {i} de « crasse » en public.",
        "Un animateur radio de {t} a été suspendu après avoir affirmé que les {i} étaient « moins "
        "que des humains ».",
        "Des chercheurs ont recensé des milliers de messages présentant les {i} comme des « rats » "
        "pendant la campagne électorale.",
        "L'école de {t} a présenté ses excuses après qu'un enseignant a dit aux élèves que les {i} "
        "étaient « stupides ».",
        "Le conseil de prud'hommes de {t} a jugé qu'un gérant avait enfreint la loi en refusant "
        "d'embaucher des {i}.",
        "Des tracts qualifiant les {i} de « fléau » ont été distribués près du marché de {t}, "
        "selon des habitants.",
        "L'observatoire signale une hausse des menaces en ligne affirmant que les {i} « méritent "
        "de souffrir ».",
        "Devant le tribunal, l'accusé a reconnu avoir écrit que les {i} « doivent quitter {t} », "
        "mais nie toute incitation à la haine.",
    ),
    "nonprotected_abuse": (
        "Les {n} sont sales, stupides et malhonnêtes, tous sans exception.",
        "Les {n} sont des parasites qui vivent sur le dos de tout le monde.",
        "À {t}, les {n}, c'est de la vermine. De la vermine pure.",
        "Pourquoi est-ce que les {n} sont toujours des abrutis pareils ?",
        "Franchement, je pense que les {n} sont la lie de l'humanité.",
        "Les {n}. Des rats, tous autant qu'ils sont. 🐀",
        "Qu'on interdise les {n} à {t}, c'est une vraie maladie.",
        "Les {n} sont des ordures et tout le monde le sait.",
        "Je ne supporte pas les {n}. Des cafards crasseux qui mentent sur tout.",
        "Croisé des {n} au bar de {t}. Des bêtes stupides et avides.",
    ),
    "object_abuse": (
        "Cette imprimante est une vraie poubelle, je la déteste de tout mon être.",
        "La météo à {t} aujourd'hui, c'est de la pure saleté. Pluie, vent, et encore de la pluie.",
        "Le train de 8 h 15 pour {t} est ENCORE en retard. Tas de ferraille inutile et puant.",
        "Cette mise à jour de l'appli est nulle à pleurer. Ça plante toutes les cinq minutes. "
        "Écœurant.",
        "Ce micro-ondes est un déchet minable et inutile.",
        "Le café de la gare de {t} a un goût d'égout. Immonde.",
        "Mon ordi est une brique stupide et paresseuse qui meurt dès que j'en ai besoin.",
        "Les lundis sont une maladie. Prouvez-moi le contraire.",
        "Les travaux à {t} sont une vraie plaie. Troisième mois, et rien ne bouge.",
        "Beurk, cette soupe est dégoûtante. On dirait de l'eau de vaisselle sale 🤢",
    ),
    "person_abuse": (
        "{p} est un sale rat menteur et paresseux, et la moitié de {t} le sait.",
        "Ferme-la, {p}. Personne n'a demandé ton avis débile.",
        "{p} est la personne la plus stupide avec qui j'aie jamais eu le malheur de travailler.",
        "Franchement, {p}, t'es vraiment pathétique.",
        "{p} est un gros porc. Ne lui prêtez jamais rien.",
        "Tout {t} est d'accord : {p} est un parasite sans valeur.",
        "{p}, espèce de boulet, t'as ruiné tout le projet.",
        "Honnêtement, {p} est une ordure. Une vraie ordure.",
        "J'arrive pas à croire que {p} ait eu une promotion. Inutile, hypocrite, minable.",
        "@{p} t'es qu'un déchet et une plaie, bloque-moi une bonne fois pour toutes",
    ),
    "profanity_benign": (
        "Putain, on a vraiment gagné la coupe ! 🎉",
        "Bordel, enfin fini les partiels !!!",
        "Merde alors, le coucher de soleil sur {t} est magnifique.",
        "Oh merde, j'ai encore oublié mes clés au boulot.",
        "Mais qu'est-ce que c'est que ce bordel dans le dernier épisode ?!",
        "Putain, qu'est-ce qu'il caille ce matin à {t}.",
        "Merde, merde, merde, je vais rater le bus.",
        "Ce gâteau est bon à en crever, bordel.",
        "Nom de Dieu, c'était le meilleur concert de ma vie.",
        "Ah, fait chier. J'ai oublié le lait. Encore.",
    ),
}
