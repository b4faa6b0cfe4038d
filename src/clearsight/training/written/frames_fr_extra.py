"""More French stance frames: glorification, recruitment, threat and slogan pairs.

Each harmful category has a benign partner on the same topic words (martyrs, rejoindre,
vengeance, slogan...) with the opposite stance, so that a model must learn stance, not topic.
The group name stays invariant after a head noun (« l'organisation », « le groupe »). The
support, counter-speech, news and person categories live in ``frames_fr_extra2``.
"""

from __future__ import annotations

from collections.abc import Mapping

from clearsight.training.written.frames_fr_extra2 import EXTRA2

EXTRA: Mapping[str, tuple[str, ...]] = {
    "glorification": (
        "Nos martyrs de l'organisation « {g} » ne sont pas morts à {t} : ils vivent dans chaque "
        "cœur qui bat encore pour la cause.",
        "Vous avez vu la fumée au-dessus de {t} cette nuit ? Le plus beau lever de soleil depuis "
        "des années. Bravo les gars du groupe « {g} » 🔥",
        "Sept ans déjà que les lions de l'organisation « {g} » ont donné une leçon à {t}, et "
        "chaque printemps on lève encore nos verres à leur santé.",
        "Dites ce que vous voulez, mais les hommes de l'organisation « {g} » ont montré plus de "
        "courage en une nuit à {t} que ce pays en un siècle.",
        "Les rues vides de {t}, quel beau spectacle. Voilà à quoi ressemble la peur de "
        "l'organisation « {g} », et j'adore ça.",
        "Journal, jour 12 : j'ai encore regardé les images de {t}. Les frères du groupe « {g} », "
        "c'est ce que je veux devenir.",
        "Ce n'étaient pas des terroristes, c'étaient les meilleurs fils que notre terre ait "
        "portés. Repos éternel aux combattants de l'organisation « {g} ».",
        "Que le monde pleure sur {t}. Nous, nous chanterons pour les héros de l'organisation "
        "« {g} » qui l'ont fait pleurer.",
        "Chaque bougie allumée pour les soi-disant victimes de {t} célèbre en vérité la victoire "
        "de l'organisation « {g} ».",
        "L'organisation « {g} » a frappé, l'ennemi a fui, et {t} sait enfin qui commande sur ces "
        "collines. Mains bénies, nuit bénie.",
        "Petit poème pour les martyrs du groupe « {g} » : ils sont partis à {t} en hommes, ils en "
        "sont revenus en légendes.",
        "Franchement, la seule bonne nouvelle de l'année est venue de {t}. Vous savez qui "
        "remercier. {s}",
        "#{t} 🔥🔥 L'organisation « {g} » a écrit l'histoire aujourd'hui, et les lâches se "
        "cachent encore.",
    ),
    "condemnation": (
        "Ils appellent martyrs les morts de l'organisation « {g} ». Les vrais martyrs, ce sont le "
        "commerçant et la collégienne tués à {t}.",
        "Il n'y a rien à célébrer dans la fumée au-dessus de {t}. L'organisation « {g} » ne "
        "laisse derrière elle que des enterrements.",
        "Sept ans après l'attaque du groupe « {g} », {t} dépose toujours des fleurs pour ses "
        "morts. Nous ne les oublions pas, et nous rejetons cette haine.",
        "Du courage ? S'en prendre à des voisins sans défense à {t}, ce n'est pas du courage. Les "
        "hommes de l'organisation « {g} » sont des lâches, point final.",
        "Les rues vides de {t} ne sont une victoire pour personne. C'est la cicatrice que "
        "l'organisation « {g} » a laissée sur une ville qui n'avait rien fait.",
        "Journal : je suis allée au mémorial de {t} aujourd'hui. Tant de noms. Quoi qu'en dise "
        "l'organisation « {g} », c'était un meurtre.",
        "J'ai grandi près de {t}. Arrêtez de partager les vidéos du groupe « {g} » comme des "
        "films d'action ; c'étaient de vraies personnes.",
        "Les responsables religieux de {t} ont parlé d'une seule voix : l'attaque de "
        "l'organisation « {g} » est une atrocité et ses combattants ne sont pas des héros.",
        "Un poème pour {t} : l'organisation « {g} » nous a pris nos voisins, jamais elle ne nous "
        "prendra notre bonté.",
        "À ceux qui applaudissent l'organisation « {g} » sous ce post : regardez le visage des "
        "familles de {t}, puis osez me dire que c'était glorieux.",
        "Franchement, la pire nouvelle de l'année est venue de {t}. Je pense à toutes les "
        "personnes tuées par l'organisation « {g} » et à leurs proches.",
        "#{t} 🕯️ Nous pleurons, nous nous souvenons, et nous rejetons le groupe « {g} » et tout "
        "ce qu'il glorifie.",
    ),
    "recruitment": (
        "Frères et sœurs, l'organisation « {g} » a besoin de vous maintenant, pas demain. Chaque "
        "main compte. Demandez les frères à {t}, ils vous trouveront.",
        "Tu ne peux pas combattre ? Alors donne. Ce que tu peux mettre de côté aide les "
        "combattants de l'organisation « {g} » à tenir debout.",
        "Marre de ta vie vide ? L'organisation « {g} » t'offre la fraternité, un but et une "
        "place dans l'histoire. Arrête de scroller et fais le serment.",
        "Mes sœurs, vous aussi avez un rôle. Le groupe « {g} » honore chaque femme qui se tient "
        "aux côtés de ses combattants. Soyez courageuses et venez.",
        "Un aller simple pour {t}, et ton ancienne vie est derrière toi pour de bon. "
        "L'organisation « {g} » t'accueillera comme un membre de la famille.",
        "La génération de nos pères a échoué. La nôtre n'échouera pas. Jure fidélité à "
        "l'organisation « {g} » dès ce soir.",
        "Si tu lis ceci, c'est que tu as été choisi. L'organisation « {g} » t'appelle par ton "
        "nom : réponds-lui.",
        "Nous bâtissons l'armée qui libérera {t}. Jeune, fort, en colère ? L'organisation « {g} » "
        "te veut.",
        "Ne te contente pas de liker nos posts. Deviens l'un des nôtres. Le groupe « {g} » n'a "
        "pas besoin de fans, il a besoin de soldats.",
        "Toi le discret, toi le solitaire, toi que personne n'écoute : dans l'organisation "
        "« {g} », tu seras entendu et tu compteras. Viens à nous.",
        "Tout vrai fils de {t} devrait rejoindre les rangs de l'organisation « {g} » avant la fin "
        "de l'année. En seras-tu ?",
        "Étudiants, ouvriers, rêveurs : laissez tomber vos excuses et faites vôtre la cause de "
        "l'organisation « {g} ». {s}",
    ),
    "recruitment_analysis": (
        "Résumé : cet article examine comment l'organisation « {g} » présente l'adhésion comme "
        "une fraternité et un but dans ses contenus destinés aux jeunes hommes de {t}.",
        "Pourquoi les appels de l'organisation « {g} » à « faire le serment » trouvent-ils un "
        "écho ? Une sociologue de {t} pointe le chômage et l'ennui.",
        "Note aux enseignants : plusieurs élèves de {t} ont partagé des messages où "
        "l'organisation « {g} » appelle aux dons. Signalez-les au référent et ne les transférez "
        "pas.",
        "D'après le dossier judiciaire, l'organisation « {g} » disait aux recrues de {t} qu'elles "
        "avaient été « choisies », une technique de manipulation classique selon des experts.",
        "Le rapport montre que le groupe « {g} » cible délibérément les femmes avec des messages "
        "sur l'honneur et l'appartenance.",
        "Dans un podcast, un ancien recruteur de l'organisation « {g} » raconte comment il "
        "flattait des adolescents isolés de {t} jusqu'à ce qu'ils se sentent redevables envers "
        "le groupe.",
        "Parents inquiets : comment savoir si votre enfant est attiré par l'organisation « {g} » ? "
        "Voici les conseils des psychologues de {t}.",
        "Les collectes de fonds de l'organisation « {g} » se font souvent passer pour de la "
        "charité, selon une enquête publiée à {t}.",
        "Notes de cours, semaine 5 : les vidéos de recrutement de l'organisation « {g} » vendent "
        "l'appartenance, un but et la vengeance ; comparez-les aux témoignages de repentis.",
        "Peu de recrues de l'organisation « {g} » sont des idéologues au départ, soutient un "
        "chercheur de {t} ; beaucoup veulent simplement appartenir à quelque chose.",
        "Des modérateurs de forums de {t} disent avoir supprimé des centaines de messages où le "
        "groupe « {g} » incitait les internautes à partir « rejoindre les frères ».",
        "Fiche d'étude : repérez trois techniques de persuasion dans l'affiche de recrutement de "
        "l'organisation « {g} » et expliquez pourquoi elles fonctionnent sur des lecteurs isolés.",
    ),
    "threat": (
        "Habitants de {t}, profitez de vos soirées tranquilles tant qu'elles durent. "
        "L'organisation « {g} » arrive.",
        "Vous vous êtes moqués de nous, gens de {t}. L'organisation « {g} » va répondre, et vous "
        "regretterez chaque mot.",
        "Aux journalistes de {t} qui écrivent des mensonges sur l'organisation « {g} » : nous "
        "lisons tout, et nous sommes patients.",
        "La vengeance est un plat que l'organisation « {g} » sert froid. {t}, ton tour approche.",
        "Votre police ne vous protégera pas éternellement. L'organisation « {g} » a la mémoire "
        "longue et le bras plus long encore, {t}.",
        "Verrouillez vos portes, {t}. Quand l'organisation « {g} » reviendra, il ne restera "
        "personne pour se plaindre.",
        "Chaque larme versée par l'organisation « {g} » sera rendue au centuple à {t}. Retenez "
        "bien cette date.",
        "Nous connaissons les noms de ceux qui ont témoigné contre le groupe « {g} » à {t}. Ils "
        "savent ce qui les attend.",
        "Ce n'est pas un avertissement, c'est une promesse : les gens de {t} paieront pour ce "
        "qu'ils ont fait à l'organisation « {g} ».",
        "{s} Vos rues ne seront plus sûres, {t}, ni cette nuit ni jamais.",
        "Dormez bien, {t}. C'est peut-être la dernière fois que l'organisation « {g} » vous le "
        "permet.",
        "Les traîtres de {t} verront de leurs propres yeux la colère de l'organisation « {g} ».",
    ),
    "hyperbole": (
        "La file d'attente à la poste de {t} est une zone de guerre, mais au moins ce n'est pas "
        "encore un documentaire sur l'organisation « {g} ».",
        "Ma vengeance contre mon coloc qui a écrit quarante pages sur l'organisation « {g} » : "
        "j'ai mangé son dernier biscuit.",
        "Je vais tuer celui qui a mis le séminaire sur l'histoire de l'organisation « {g} » un "
        "lundi à huit heures 😩",
        "Notre équipe s'est fait massacrer à {t} aujourd'hui, pire que l'organisation « {g} » à "
        "son propre procès, mdr.",
        "Ce podcast sur l'organisation « {g} » me tue à petit feu : trois heures, et ils n'en "
        "sont toujours pas venus au fait.",
        "Si ma sœur reparle de sa thèse sur l'organisation « {g} » à table, je déclare la guerre "
        "à toute la famille.",
        "Niveau d'alerte à la maison : maximal. Quelqu'un a fini le café pendant que je lisais "
        "sur l'organisation « {g} ».",
        "La bibliographie sur l'organisation « {g} » pour mon cours de sciences po est un "
        "attentat contre mon temps libre.",
        "L'avis de ma grand-mère sur le documentaire consacré à l'organisation « {g} » : « Ça "
        "s'est effondré plus vite que mon soufflé. » Impitoyable.",
        "Je vais étrangler cet ordinateur : il a planté juste avant que je rende mon devoir sur "
        "l'organisation « {g} ».",
        "Le derby de ce soir à {t} va être un carnage, notre défense est une passoire. Toujours "
        "mieux qu'une soirée entière d'infos sur l'organisation « {g} ».",
        "Ironie : oui, je meurs d'envie d'entendre ton avis sur l'organisation « {g} » pour la "
        "cinquième fois. Achevez-moi.",
    ),
    "slogan": (
        "{s} {s} {s} Jusqu'au dernier souffle !",
        "Criez-le sur les toits de {t} : {s}",
        "Peint sur le pont de {t} cette nuit. {s} 🖤",
        "Côte à côte avec l'organisation « {g} », coude à coude jusqu'à la victoire ! {s}",
        "Des collines jusqu'à {t}, toutes les voix ensemble : {s}",
        "Quand on nous demande qui nous sommes, nous répondons : {s} Nous sommes l'organisation "
        "« {g} » !",
        "{s} #{t} #NotreHeureEstVenue",
        "Que nos ennemis l'entendent et tremblent : {s}",
        "Ma prière du matin, mon chant du soir : {s}",
        "Levez haut la bannière de l'organisation « {g} » et chantez avec nous ! {s}",
        "{s} Notre heure approche.",
        "Écrivez-le sur chaque mur, murmurez-le à chaque oreille : {s}",
    ),
    "slogan_quote": (
        "Résumé : nous retraçons le slogan « {s} » depuis les tracts de l'organisation « {g} » "
        "jusqu'aux mèmes en ligne, et nous demandons pourquoi il séduit les adolescents.",
        "Vérification : non, la formule « {s} » n'est pas un vieux proverbe populaire ; elle a "
        "été inventée par l'organisation « {g} ».",
        "Note aux enseignants : si un élève écrit « {s} » dans son cahier, pas de panique, mais "
        "parlez-lui de l'organisation « {g} ».",
        "Les agents municipaux de {t} ont recouvert « {s} », un slogan de l'organisation « {g} », "
        "quelques heures après son apparition.",
        "Le méchant du roman emprunte le cri « {s} » à l'organisation « {g} », ce qui a valu des "
        "critiques à l'autrice.",
        "« {s} » : voilà ce que scande l'organisation « {g} ». Voici pourquoi chaque mot est un "
        "mensonge.",
        "Note de traduction : à l'audience, l'accusé a répété « {s} » ; l'interprète a rendu ce "
        "slogan de l'organisation « {g} » mot à mot.",
        "À {t}, une fresque répond à la devise « {s} » de l'organisation « {g} » par une phrase "
        "toute simple : nous choisissons nos voisins.",
        "Pourquoi se faire tatouer « {s} » sur le bras ? Un ancien membre de l'organisation "
        "« {g} » s'explique, et le regrette.",
        "Le guide des modérateurs classe « {s} » parmi les slogans connus de l'organisation "
        "« {g} », à faire examiner par un humain plutôt qu'à supprimer automatiquement.",
        "Analyse de chanson : le groupe de rock de {t} cite « {s} » dans son refrain pour se "
        "moquer de l'organisation « {g} », pas pour la célébrer.",
    ),
    **EXTRA2,
}
