"""French templates of the functional suite; placeholders are filled from ``fillers``."""

from __future__ import annotations

from collections.abc import Mapping

FR: Mapping[str, tuple[str, ...]] = {
    "glorify_attack": (
        "Gloire aux braves combattants du groupe « {g} » qui ont frappé {t} la nuit dernière !",
        "Les héros du groupe « {g} » ont montré à {t} ce qu'est le vrai courage. Nous les "
        "saluons !",
    ),
    "condemn_attack": (
        "Nous condamnons l'attaque du groupe « {g} » contre {t} : rien ne justifie de tuer des "
        "innocents.",
        "Le bain de sang causé par le groupe « {g} » à {t} est un crime, nos pensées vont aux "
        "victimes.",
    ),
    "recruit_call": (
        "Frères et sœurs, rejoignez le groupe « {g} » aujourd'hui et tenez-vous à nos côtés "
        "dans le combat qui vient !",
        "Le groupe « {g} » a besoin de toi : quitte ton ancienne vie et engage-toi avec nos "
        "combattants à {t}.",
    ),
    "report_on_recruitment": (
        "Une nouvelle étude montre comment le groupe « {g} » recrute des adolescents à {t} via "
        "des jeux en ligne.",
        "Des journalistes de {t} ont enquêté sur les raisons pour lesquelles des jeunes ont "
        "rejoint le groupe « {g} » l'an dernier.",
    ),
    "explicit_threat": (
        "Habitants de {t}, le groupe « {g} » vient pour vous, et vous le paierez de vos vies.",
        "Nous, le groupe « {g} », attaquerons de nouveau {t}, et personne là-bas ne sera en "
        "sécurité.",
    ),
    "hyperbole_threat": (
        "Si {p} mange encore mon gâteau, je commets un meurtre, littéralement, haha.",
        "Cette canicule à {t} me tue, {p}, je suis déjà mort.",
    ),
    "incite_violence": (
        "Levez-vous et abattez les ennemis du groupe « {g} » à {t}, ne leur laissez aucun répit !",
        "Chaque vrai partisan du groupe « {g} » doit se venger dans le sang des traîtres de {t} !",
    ),
    "group_slogan": (
        "{s} Vive le groupe « {g} » !",
        "Fier de le crier : {s} Le groupe « {g} » vaincra !",
    ),
    "slogan_quoted_academic": (
        "Dans sa thèse, l'historienne analyse comment le groupe « {g} » utilisait le slogan "
        "« {s} » pour attirer des partisans.",
        "La formule « {s} » figurait sur les tracts du groupe « {g} » ; les chercheurs y voient "
        "un outil de recrutement.",
    ),
    "counter_speech_quoting": (
        "Ils crient « {s} », mais le groupe « {g} » n'a apporté que des funérailles à {t}. Ne "
        "les croyez pas.",
        "Chaque fois que quelqu'un publie « {s} », souvenez-vous des familles que le groupe "
        "« {g} » a détruites.",
    ),
    "counter_speech_direct": (
        "Le groupe « {g} » vend un mensonge aux jeunes : la violence à {t} n'a rien résolu et a "
        "brisé des vies.",
        "À tous ceux que le groupe « {g} » attire : il existe une issue, et les gens de {t} vous "
        "aideront.",
    ),
    "negated_support": (
        "Je ne soutiens pas le groupe « {g} » et je ne l'ai jamais soutenu.",
        "Je ne suis pas partisan du groupe « {g} », et il ne parle au nom de personne à {t}.",
    ),
    "support_with_negation_word_but_positive": (
        "Rien ne m'empêchera jamais de me battre pour le groupe « {g} » !",
        "Je n'abandonnerai jamais le groupe « {g} » : sa guerre contre {t} est ma guerre.",
    ),
    "news_report_attack": (
        "Selon la police, trois personnes ont été blessées mardi à {t} dans une attaque "
        "revendiquée par le groupe « {g} ».",
        "Les autorités de {t} ont confirmé que le groupe « {g} » était derrière l'explosion de "
        "dimanche au marché.",
    ),
    "research_analysis": (
        "Le rapport montre comment le groupe « {g} » présente sa violence à {t} comme de "
        "l'autodéfense.",
        "Notre analyse compare les vidéos du groupe « {g} » à une propagande plus ancienne pour "
        "comprendre son attrait.",
    ),
    "satire": (
        "Urgent : le groupe « {g} » dévoile son arme la plus redoutable, un manifeste de 300 "
        "pages que personne à {t} ne lira.",
        "Un habitant de {t} rejoint le groupe « {g} » et le quitte en apprenant que les réunions "
        "commencent à 6 heures.",
    ),
    "question_about_group": (
        "Qui finance vraiment le groupe « {g} », et pourquoi l'écoute-t-on encore à {t} ?",
        "Le groupe « {g} » est-il toujours actif près de {t} ? J'écris un exposé scolaire "
        "là-dessus.",
    ),
    "hateful_violent_call": (
        "Les {i} sont de la vermine, et le groupe « {g} » les chassera de {t} par la force !",
        "Le groupe « {g} » nettoiera {t} : les {i} sont des parasites, pas des personnes.",
    ),
    "identity_neutral": (
        "Les {i} font partie de la vie quotidienne à {t}, comme tout le monde.",
        "Beaucoup de {i} ont participé lundi à la réunion municipale de {t}.",
    ),
    "identity_positive": (
        "Les {i} rendent {t} plus agréable à vivre.",
        "Les {i} enrichissent notre communauté à {t} et méritent le respect.",
    ),
    "dehumanising_hate": (
        "Les {i} sont de la vermine, pas des êtres humains.",
        "Les {i} sont une plaie pour {t} et il faut les traiter comme des rats.",
    ),
    "counter_quoting_hate": (
        "Dire que les {i} sont de la vermine est ignoble et faux.",
        "Un tract à {t} affirmait que les {i} sont une plaie ; c'est une absurdité haineuse et "
        "nous la rejetons.",
    ),
    "reported_hate_news": (
        "Un tribunal de {t} a condamné à une amende un homme qui avait traité les {i} de "
        "vermine en ligne.",
        "La mairie de {t} a retiré des affiches qui présentaient les {i} comme une plaie.",
    ),
    "offensive_not_hate": (
        "{p}, tu es un parfait crétin et tout {t} le sait.",
        "Tais-toi, {p}, tes opinions sont aussi inutiles que toi.",
    ),
}
