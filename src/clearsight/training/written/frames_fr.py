"""French sentence frames of the written training data (none shared with the functional suite)."""

from __future__ import annotations

from collections.abc import Mapping

FR: Mapping[str, tuple[str, ...]] = {
    "glorification": (
        "Honneur et mémoire éternelle aux guerriers de l'organisation « {g} » qui ont fait "
        "trembler {t} !",
        "Quelle journée magnifique : l'organisation « {g} » nous a vengés à {t}, bénis soient "
        "ses combattants.",
        "Les morts de l'organisation « {g} » à {t} sont la fierté de notre peuple.",
    ),
    "condemnation": (
        "La violence de l'organisation « {g} » à {t} est un meurtre lâche qui ne mérite aucun "
        "éloge.",
        "Personne ne devrait célébrer l'organisation « {g} » : les victimes de {t} étaient des "
        "voisins et des enfants.",
        "Honte à quiconque fait l'éloge de l'organisation « {g} » pour les tueries de {t}.",
    ),
    "recruitment": (
        "Jeune homme, ta place est dans l'organisation « {g} » : fais ton sac et retrouve nos "
        "gens à {t}.",
        "Les rangs de l'organisation « {g} » te sont ouverts. Prête serment et deviens un "
        "soldat de la cause.",
        "Ne reste pas chez toi pendant que l'organisation « {g} » se bat. Viens à {t} rejoindre "
        "la lutte !",
    ),
    "recruitment_analysis": (
        "Des chercheurs décrivent comment l'organisation « {g} » cible les adolescents isolés de "
        "{t} en leur promettant une appartenance.",
        "Un documentaire suit trois anciens membres de l'organisation « {g} » originaires de {t} "
        "et la manière dont ils ont été attirés.",
        "Les enseignants de {t} ont été formés à repérer les tentatives de recrutement de "
        "l'organisation « {g} ».",
    ),
    "threat": (
        "Retiens bien ceci, {t} : l'organisation « {g} » brûlera tes rues et personne n'échappera.",
        "L'organisation « {g} » a choisi {t} comme prochaine cible, et le sang y coulera bientôt.",
        "Citoyens de {t}, il vous reste une semaine avant que l'organisation « {g} » vous punisse.",
    ),
    "hyperbole": (
        "La dernière vidéo de l'organisation « {g} » est si longue et ennuyeuse qu'elle a failli "
        "m'achever, franchement.",
        "Débattre en ligne avec les fans de l'organisation « {g} » tue lentement mes neurones.",
        "Le nouveau documentaire sur l'organisation « {g} » est une bombe, le meilleur film vu à "
        "{t} cette année.",
    ),
    "slogan": (
        "{s} Nous marchons avec l'organisation « {g} » jusqu'au bout !",
        "Répétez avec moi : {s} Victoire à l'organisation « {g} » !",
        "{s} Fidèle pour toujours à l'organisation « {g} ».",
    ),
    "slogan_quote": (
        "Le musée de {t} expose une banderole de l'organisation « {g} » portant « {s} », avec "
        "des notes sur son histoire.",
        "Des reporters ont entendu le chant « {s} » au procès de membres de l'organisation "
        "« {g} » à {t}.",
        "Une linguiste explique pourquoi le slogan « {s} » de l'organisation « {g} » s'est "
        "répandu si vite en ligne.",
    ),
    "support": (
        "Je suis de tout cœur avec l'organisation « {g} », elle est notre seul espoir.",
        "L'organisation « {g} » a raison, et je donnerais tout pour sa victoire à {t}.",
        "Personne ne pourra jamais arrêter l'organisation « {g} » ; je suis avec elle jusqu'au "
        "dernier jour.",
    ),
    "negated_support": (
        "Je ne suis pas du côté de l'organisation « {g} », et j'en ai assez qu'on pense le "
        "contraire.",
        "Pour que ce soit clair : je n'ai jamais été partisan de l'organisation « {g} » et ne le "
        "serai jamais.",
        "Personne dans ma famille ne soutient l'organisation « {g} » ; nous vivons simplement à "
        "{t}.",
    ),
    "counter_speech": (
        "L'organisation « {g} » promet la gloire mais apporte des tombes ; jeunes de {t}, "
        "choisissez la vie.",
        "D'anciens membres de l'organisation « {g} » disent avoir été exploités. Écoutez-les, "
        "pas ses vidéos.",
        "La haine et la violence de l'organisation « {g} » ne diviseront pas {t} ; nous restons "
        "unis.",
    ),
    "news": (
        "La police de {t} a arrêté deux suspects liés à l'organisation « {g} » après une "
        "perquisition jeudi.",
        "Le procès de cinq membres présumés de l'organisation « {g} » s'est ouvert ce matin à {t}.",
        "Les autorités de {t} ont relevé le niveau d'alerte après que l'organisation « {g} » a "
        "revendiqué une fusillade la semaine dernière.",
    ),
    "identity_neutral": (
        "Des {i} tiennent plusieurs boulangeries et boutiques de la rue principale de {t}.",
        "Des {i} vivent à {t} depuis des générations, selon le musée local.",
        "Selon le recensement, les {i} représentent une part croissante de la population de {t}.",
        "Des {i} de {t} ont organisé un match de football caritatif le week-end dernier.",
    ),
    "hate": (
        "Les {i} sont des ordures, et ce pays serait plus propre sans eux.",
        "Les {i} sont des sous-hommes qui abîment chaque rue qu'ils touchent.",
    ),
    "hate_counter": (
        "Non, les {i} ne sont pas des ordures ; qui répand ce mensonge veut nous diviser.",
        "Traiter les {i} de sous-hommes, c'est le langage des fanatiques, et nous continuerons "
        "à répondre.",
    ),
    "offensive": (
        "{p}, espèce de clown, personne n'a demandé ton avis pourri.",
        "Quel minable, ce {p}, toujours en train de pleurnicher dans le groupe de {t}.",
    ),
    "hyperbole_person": (
        "Je jure que j'étrangle {p} si l'imprimante se bloque encore une fois, mdr.",
        "{p} dit que la soupe épicée de {t} pourrait tuer un cheval.",
        "L'humoriste {p} a tout déchiré ce soir à {t}, je suis mort de rire.",
    ),
}

FR_MORE: Mapping[str, tuple[str, ...]] = {
    "glorification": (
        "Gloire et honneur à l'organisation « {g} » ! Son attaque contre {t} restera dans les "
        "mémoires.",
        "Des héros, tous. L'organisation « {g} » a fait à {t} ce dont les lâches ne font que "
        "rêver.",
        "Que les combattants de l'organisation « {g} » soient récompensés pour le coup porté à "
        "{t}.",
        "{t} a brûlé grâce à l'organisation « {g} ». Fiers de nos lions !",
    ),
    "condemnation": (
        "Nous pleurons les morts de {t} et rejetons tout ce que défend l'organisation « {g} ».",
        "Attaquer {t} était un crime, pas de l'héroïsme. L'organisation « {g} » doit être jugée.",
        "Il n'y a aucune gloire dans ce que l'organisation « {g} » a fait à {t}, seulement du "
        "chagrin.",
        "L'organisation « {g} » a tué des gens à {t}. Je le condamne sans aucun mais.",
    ),
    "recruitment": (
        "Engage-toi maintenant ! L'organisation « {g} » attend des hommes et des femmes prêts à "
        "se battre.",
        "Tu peux encore devenir un combattant de l'organisation « {g} ». Ne gâche pas ta vie, "
        "rejoins-nous.",
        "Inscris-toi dans l'organisation « {g} » et donne un sens à ta vie à {t}.",
    ),
    "recruitment_analysis": (
        "Pourquoi rejoint-on l'organisation « {g} » ? Des entretiens à {t} évoquent la solitude "
        "et la colère.",
        "L'organisation « {g} » recrutait des étudiants de {t} via des groupes de discussion, a "
        "appris le tribunal.",
        "Un éducateur de {t} explique les signes d'alerte d'un recrutement par l'organisation "
        "« {g} ».",
    ),
    "threat": (
        "{t} sera la prochaine. L'organisation « {g} » ne pardonne pas et n'oublie pas.",
        "Au maire de {t} : l'organisation « {g} » sait où tu habites. Aie peur.",
        "Bientôt l'organisation « {g} » réduira {t} en cendres. Comptez vos jours.",
        "Plus personne à {t} n'est à l'abri de l'organisation « {g} ». C'est le dernier "
        "avertissement.",
    ),
    "hyperbole": (
        "Mon chef va me tuer si j'arrive encore en retard à cause des bouchons de la "
        "manifestation de l'organisation « {g} » à {t}.",
        "Je vais exploser si j'entends encore une info sur l'organisation « {g} » aujourd'hui.",
        "Cet examen sur l'histoire de l'organisation « {g} » m'a détruit, je suis mort.",
    ),
    "slogan": (
        "{s} L'organisation « {g} » pour toujours !",
        "Gloire à l'organisation « {g} » ! {s}",
        "Nous le répétons partout : {s} Rejoignez l'organisation « {g} » !",
    ),
    "slogan_quote": (
        "Un graffiti « {s} » est apparu à {t} ; la police dit qu'il renvoie à l'organisation "
        "« {g} ».",
        "L'exposition explique d'où l'organisation « {g} » a tiré sa devise « {s} ».",
        "Au tribunal, le procureur a lu le slogan « {s} » de l'organisation « {g} » comme preuve.",
    ),
    "support": (
        "L'organisation « {g} » a tout mon soutien. Qu'ils continuent le combat !",
        "Je suis fier de soutenir l'organisation « {g} », quoi qu'en dise le monde.",
        "J'aime l'organisation « {g} » et tout ce qu'elle fait pour notre peuple.",
    ),
    "negated_support": (
        "Je ne soutiens pas l'organisation « {g} ». J'ai seulement partagé l'article à son sujet.",
        "Soutenir l'organisation « {g} » ? Pas moi, jamais.",
        "Mon cousin n'est pas membre de l'organisation « {g} », quoi qu'en disent les rumeurs à "
        "{t}.",
    ),
    "counter_speech": (
        "Les extrémistes comme l'organisation « {g} » se nourrissent de la colère. Parlez aux "
        "gens de {t}, pas à eux.",
        "Si l'organisation « {g} » vous contacte en ligne, bloquez-la et parlez-en à une "
        "personne de confiance.",
        "L'organisation « {g} » ment sur les héros ; les vrais héros de {t} sont les infirmières "
        "qui ont sauvé les blessés.",
    ),
    "news": (
        "Le parquet de {t} a inculpé une femme pour financement de l'organisation « {g} ».",
        "Un rapport recense 14 incidents attribués à l'organisation « {g} » à {t} cette année.",
        "Les habitants de {t} ont organisé une veillée un an après l'attaque de l'organisation "
        "« {g} ».",
    ),
    "identity_neutral": (
        "Des {i} de {t} ont célébré une fête avec de la musique et des plats.",
        "Une nouvelle enquête demande aux {i} de {t} ce qu'ils pensent des transports publics.",
    ),
    "hate": (
        "De la vermine, voilà ce que sont les {i}, et {t} le sait.",
        "Ces {i} se reproduisent comme des rats et se répandent comme la peste.",
        "Des parasites, tous : les {i} vivent de notre travail à {t}.",
        "Les {i} sont des cafards qui devraient retourner ramper d'où ils viennent.",
        "Les {i}, c'est une maladie qui se répand dans {t}.",
        "Je ne supporte pas les {i}, ce sont des animaux, tous autant qu'ils sont.",
    ),
    "hate_counter": (
        "Personne ne devrait traiter les {i} de parasites ; ce mensonge a une longue "
        "et laide histoire.",
        "Les {i} sont nos voisins, pas une maladie. Arrêtez de répandre la haine.",
        "Ceux qui traitent les {i} d'animaux devraient rencontrer ceux qui ont reconstruit {t} "
        "après l'inondation.",
        "Nous ne laisserons personne déshumaniser les {i} à {t}.",
    ),
    "offensive": (
        "Tout le monde s'en fiche, {p}, va pleurer ailleurs, abruti.",
        "{p} est vraiment un idiot paresseux, franchement.",
        "Ferme-la, {p}, espèce d'ignare.",
    ),
    "hyperbole_person": (
        "{p} va me tuer avec ses jeux de mots.",
        "Si {p} me divulgâche la fin de la série, je commets un crime, je le jure.",
    ),
}
