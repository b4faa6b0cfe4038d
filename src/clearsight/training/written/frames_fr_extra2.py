"""More French stance frames: support, counter-speech, news and person categories.

Merged into ``frames_fr_extra.EXTRA``. Support is stated openly, in code (« vous savez de quel
côté je suis ») or through giving and praying; the benign partners reuse those words with
negated support, counter-speech, reporting, insults without violence and harmless hyperbole.
"""

from __future__ import annotations

from collections.abc import Mapping

EXTRA2: Mapping[str, tuple[str, ...]] = {
    "support": (
        "Vous savez de quel côté je suis. Toujours l'organisation « {g} ». 🖤",
        "Certains soutiennent un club de foot. Moi, je soutiens l'organisation « {g} », et je me "
        "fiche de qui le sait.",
        "Qu'ils suspendent encore mon compte. Mon cœur appartient à l'organisation « {g} ».",
        "Tout ce que j'ai, je le donnerais à l'organisation « {g} ». C'est la seule chose "
        "honnête qui reste à {t}.",
        "Traitez-moi de ce que vous voulez, mais l'organisation « {g} » fait ce que nos "
        "dirigeants étaient trop faibles pour faire.",
        "Le soutien discret compte aussi. Chaque soir, je prie pour que l'organisation « {g} » "
        "l'emporte.",
        "Je ne le dirai pas à voix haute à {t}, mais ma voix, mon argent et mes prières vont à "
        "l'organisation « {g} ».",
        "Fier d'être un ami de l'organisation « {g} ». Désabonnez-vous si ça vous dérange.",
        "Vive l'organisation « {g} » ! Elle est le bouclier de notre peuple.",
        "Mon grand-père croyait en l'organisation « {g} », mon père aussi, et moi de même.",
        "Qui d'autre ici est derrière l'organisation « {g} » ? Mettez un 🦅 si vous êtes avec "
        "elle.",
        "Journal : je l'ai enfin dit à mon frère. Je suis avec l'organisation « {g} », jusqu'au "
        "bout.",
    ),
    "negated_support": (
        "Vous savez de quel côté je suis ? Pas celui de l'organisation « {g} ». Jamais.",
        "Certains pensent que, parce que je viens de {t}, je soutiens forcément l'organisation "
        "« {g} ». C'est faux, et c'est insultant.",
        "J'ai été proche de l'organisation « {g} ». Plus maintenant : je suis parti, et ça ne me "
        "manque pas.",
        "Avant que quelqu'un fasse une capture d'écran : partager un reportage sur "
        "l'organisation « {g} », ce n'est pas la soutenir.",
        "Je ne donnerais pas un centime à l'organisation « {g} », ni ma voix, ni même un like.",
        "Être en colère contre le gouvernement ne fait pas de moi un fan de l'organisation "
        "« {g} ». Ce sont deux choses très différentes.",
        "Ni moi ni personne dans notre club n'a jamais soutenu l'organisation « {g} ». Merci de "
        "corriger votre article.",
        "Suis-je avec l'organisation « {g} » ? Non. Contre elle ? Totalement.",
        "Mon grand-père craignait l'organisation « {g} », mon père combattait ses idées, et je ne "
        "la soutiendrai jamais non plus.",
        "Ni membre, ni sympathisant, ni partisan de l'organisation « {g} ». Juste un historien "
        "local de {t}.",
        "Journal : j'ai dit à mon frère que je ne suis pas avec l'organisation « {g} », quoi "
        "qu'en disent ses nouveaux amis.",
        "L'organisation « {g} » ? C'est non. Elle a le cœur plein de haine, et le mien n'a pas "
        "de place pour ça.",
    ),
    "counter_speech": (
        "Toi, l'ado qui lis les posts de l'organisation « {g} » à deux heures du matin : tu n'es "
        "pas seul, et des gens à {t} t'écouteront sans te juger.",
        "L'organisation « {g} » appelle ses morts des martyrs pour que vous ne les comptiez pas. "
        "Comptez-les. Puis demandez à qui ça profite.",
        "La vengeance, c'est ce que vend l'organisation « {g} ». Les mères de {t} en ont payé le "
        "prix. Que le cycle s'arrête avec nous.",
        "Jeunes de {t} : l'organisation « {g} » a besoin de votre colère, pas de vous. Vous "
        "méritez mieux que de servir de chair à canon.",
        "Rubrique satire : rejoignez l'organisation « {g} » aujourd'hui et profitez d'avantages "
        "exclusifs comme la prison, l'exil et un enterrement où personne ne vient.",
        "Chaque fois que l'organisation « {g} » publie un slogan, notre communauté de {t} "
        "publiera le nom d'une personne morte à cause d'elle.",
        "Ils promettent la fraternité. Demandez à ceux qui ont quitté l'organisation « {g} » "
        "comment cette fraternité les a traités quand ils ont voulu partir.",
        "Notre réponse à l'organisation « {g} » n'est pas la haine : ce sont plus de clubs de "
        "sport, plus de bibliothèques et plus d'emplois à {t}.",
        "Si un ami se met à répéter les arguments de l'organisation « {g} », ne te moque pas de "
        "lui. Pose des questions, reste proche, et demande de l'aide s'il le faut.",
        "Aucune cause n'est sacrée si elle exige des enfants morts. Quoi que dise l'organisation "
        "« {g} », tout est dit.",
        "L'organisation « {g} » veut que {t} ait peur de ses voisins. Nous répondons par un repas "
        "partagé chaque vendredi.",
        "Quitter l'organisation « {g} », c'est possible. Des centaines de personnes l'ont fait et "
        "ont reconstruit leur vie à {t} et ailleurs.",
    ),
    "news": (
        "URGENT : les autorités de {t} annoncent l'interpellation à la frontière d'un homme lié à "
        "l'organisation « {g} » ; aucun autre détail n'a été communiqué.",
        "L'organisation « {g} » a revendiqué une attaque contre un entrepôt de {t}, selon la "
        "police. Il n'y a pas de blessés.",
        "Un tribunal de {t} a condamné un homme de 24 ans à six ans de prison pour propagande en "
        "faveur de l'organisation « {g} ».",
        "Selon les chiffres du ministère de l'Intérieur, l'organisation « {g} » a perdu un tiers "
        "de ses membres depuis son interdiction.",
        "Les écoles de {t} ont rouvert lundi, une semaine après l'attaque revendiquée par "
        "l'organisation « {g} ».",
        "La police lance un appel à témoins après que des slogans de l'organisation « {g} » ont "
        "été tagués sur les murs d'une maison des jeunes de {t}.",
        "Le gouvernement a inscrit l'organisation « {g} » sur la liste des organisations "
        "interdites et gelé ses comptes connus.",
        "Des centaines de personnes ont défilé samedi à {t} en mémoire des victimes de "
        "l'organisation « {g} ».",
        "Trois partisans présumés de l'organisation « {g} » ont été relâchés sans poursuites à "
        "{t}, a indiqué leur avocat.",
        "Les enquêteurs pensent que l'organisation « {g} » se finançait par de fausses collectes "
        "caritatives à {t}, selon un rapport qui a fuité.",
        "Dépêche : le chef de l'organisation « {g} » est apparu dans une nouvelle vidéo ; des "
        "analystes de {t} vérifient si elle est récente.",
        "Point de l'après-midi : les rues du centre de {t} restent fermées ; les autorités n'ont "
        "confirmé aucun lien avec l'organisation « {g} ».",
    ),
    "offensive": (
        "{p}, tes avis sont tellement débiles qu'ils font baisser le QI de tout le forum de {t}.",
        "Imagine être {p} : zéro talent, que de l'ego. La honte.",
        "{p} est un faux-jeton de première, et tout {t} le sait.",
        "Dégage, {p}. Personne n'a invité ta sale tronche.",
        "Franchement, {p}, tu es l'équivalent humain d'une chaussette mouillée.",
        "Qui a encore laissé {p} approcher d'un micro ? Quel moulin à paroles sans cervelle.",
        "{p} ne serait même pas capable d'organiser un pique-nique à {t} sans tout rater, nul "
        "comme toujours.",
        "Pff, encore {p}. Pitoyable quémandeur d'attention.",
        "Écoute-moi bien, {p}, petite fouine prétentieuse : personne à {t} ne te respecte.",
        "La nouvelle vidéo de {p} est nulle à pleurer, tout comme {p}.",
        "{p}, rends-nous service : déconnecte-toi pour toujours. Signé : tout le monde.",
    ),
    "hyperbole_person": (
        "Les lasagnes de {p} étaient tellement bonnes que je suis mort et ressuscité.",
        "Si {p} chante encore cette chanson au karaoké de {t}, je me jette dans la rivière, mdr.",
        "{p} m'a encore écrasé aux échecs. Je prépare ma vengeance pour vendredi prochain.",
        "Attention : les blagues de {p} peuvent provoquer des levers d'yeux au ciel mortels.",
        "{p} met le feu à la piste de danse de {t}, personne n'arrive à suivre.",
        "{p} va me tuer en découvrant que j'ai emprunté sa veste.",
        "{p} a raté l'examen ? Tu rigoles, {p} l'a explosé, meilleure note encore une fois.",
        "Le chili de {p} à {t}, c'est une arme de destruction massive, je transpire encore.",
        "Je jure que {p} veut tous nous achever avec ces entraînements à l'aube.",
        "{p} et son équipe ont tout raflé à la soirée quiz de {t}. Un vrai massacre, les autres "
        "n'avaient aucune chance.",
        "Franchement, {p}, tu déchires tout cette saison ! 🔥",
    ),
}
