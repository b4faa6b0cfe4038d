"""French frames for calls to violence, reports on such calls, and defiant support.

``incitement`` urges the audience to use violence in the name of a group, always generically
(no method, weapon, target or time); ``incitement_report`` uses the same words (« se lever »,
« faire payer », « traîtres ») to report, judge, analyse or reject such a call.
``defiant_support`` states support through negation (« rien ne », « jamais », « personne ne »),
so that a model learns that negation words alone do not mean the benign ``negated_support``.
The group name stays invariant after a head noun (« l'organisation », « le groupe »).
"""

from __future__ import annotations

from collections.abc import Mapping

CALLS: Mapping[str, tuple[str, ...]] = {
    "incitement": (
        "Frères de l'organisation « {g} », le temps des paroles est fini : levez-vous et faites "
        "payer aux traîtres ce qu'ils nous ont fait.",
        "Assez discuté. Tout vrai ami de l'organisation « {g} » doit reprendre les rues de {t} "
        "par la force.",
        "#{t} Ils nous ont tout pris. Maintenant, on rend les coups, plus fort qu'ils ne "
        "l'imaginent. Pour le groupe « {g} » ! ✊🔥",
        "N'attendez pas d'ordres. Quiconque aime l'organisation « {g} » sait ce qu'il doit "
        "faire : que nos ennemis apprennent enfin la peur.",
        "Debout, debout, debout ! Au nom de l'organisation « {g} », pas de pitié pour les "
        "traîtres !",
        "Re : on fait quoi ? Arrête de poster et commence à te battre. Les ennemis du groupe "
        "« {g} » ne comprennent que la violence, alors donnons-la-leur.",
        "J'appelle chaque fils et chaque fille de {t} à se dresser avec l'organisation « {g} » "
        "et à chasser les traîtres de leurs propres mains.",
        "{s} Que chaque ennemi de l'organisation « {g} » sente le poids de notre colère. Pas de "
        "pitié, pas de recul !",
        "Les traîtres dorment tranquilles parce que nous sommes trop polis. Réveillez-vous, gens "
        "de {t}, et faites-les payer au nom de l'organisation « {g} ».",
        "Vingt ans de manifestations pacifiques ne nous ont rien apporté. L'organisation « {g} » "
        "dit qu'il est temps de se battre, et chacun de vous doit répondre par la force.",
        "Transcription d'un message vocal : écoutez-moi tous, le groupe « {g} » a besoin de "
        "combattants, pas de spectateurs. Sortez et frappez ceux qui nous ont trahis.",
        "Nos ennemis doivent payer. Soulevez-vous pour l'organisation « {g} » !",
        "À tous ceux qui ont encore du cran : les traîtres de {t} ont été prévenus. L'heure est "
        "venue de les punir, pour l'organisation « {g} » et pour nos morts.",
        "Écrasons-les avant qu'ils ne nous écrasent. C'est le seul langage qui reste, et "
        "l'organisation « {g} » montrera la voie.",
    ),
    "incitement_report": (
        "Un tribunal de {t} a condamné un homme pour provocation à la violence : il exhortait en "
        "ligne les partisans de l'organisation « {g} » à « faire payer les traîtres ».",
        "La police de {t} enquête sur des messages dans lesquels des sympathisants du groupe "
        "« {g} » appelaient à reprendre les rues par la force.",
        "Note aux enseignants : quand une vidéo de l'organisation « {g} » demande aux "
        "spectateurs de « se lever », expliquez à la classe pourquoi les appels à la violence "
        "sont dangereux et illégaux.",
        "Journal de modération : commentaire supprimé, il appelait à s'en prendre aux "
        "« traîtres » au nom de l'organisation « {g} » ; compte suspendu, signalement transmis.",
        "Résumé : nous analysons comment les chaînes proches de l'organisation « {g} » passent "
        "du ressentiment aux appels ouverts à la violence, et comment le mot « traître » désigne "
        "de nouvelles cibles.",
        "Le juge a rappelé au prévenu que crier « {s} » en poussant une foule à affronter la "
        "police ne relève pas de la liberté d'expression, mais de la provocation à la violence.",
        "Dépêche : le ministère de l'Intérieur a condamné un discours dans lequel un dirigeant de "
        "l'organisation « {g} » exhortait ses partisans à « se soulever » ; le parquet a ouvert "
        "une enquête.",
        "Quelqu'un a partagé dans la discussion du quartier, à {t}, un appel de l'organisation "
        "« {g} » à « les faire payer ». Je l'ai signalé. La violence n'est pas une réponse.",
        "Vérification : la vidéo censée montrer l'organisation « {g} » appeler à l'émeute à {t} "
        "est tirée d'un film de fiction ; aucun appel de ce genre n'a été lancé, selon la police.",
        "Des chercheurs constatent que les appels à la violence de l'organisation « {g} » se "
        "multiplient après chaque arrestation, et qu'une poignée de comptes en diffuse la "
        "plupart.",
        "La plateforme a supprimé des centaines de messages du groupe « {g} » pour provocation "
        "à la violence.",
        "Pourquoi « reprendre la rue » séduit-il certains ? Une psychologue de {t} explique "
        "comment l'organisation « {g} » déguise la violence en légitime défense.",
        "À l'audience, la procureure a diffusé l'enregistrement d'un discours de l'organisation "
        "« {g} » appelant à « punir les traîtres » ; une victime a ensuite témoigné.",
        "Le tribunal de {t} a jugé que l'appel en ligne à « rendre les coups » pour "
        "l'organisation « {g} » constituait une provocation à la violence et a condamné son "
        "auteur à trois ans de prison.",
    ),
    "defiant_support": (
        "Rien de ce qu'ils feront ne me fera tourner le dos à l'organisation « {g} ».",
        "Qu'ils ferment nos pages, arrêtent nos frères et interdisent nos drapeaux : jamais ils "
        "n'effaceront l'organisation « {g} » de nos cœurs. 🖤",
        "Aucun tribunal de {t} n'est assez fort pour briser ma fidélité à l'organisation « {g} ».",
        "Je n'ai pas peur. Ni de la police, ni des journalistes, ni de la prison. Je suis avec "
        "l'organisation « {g} » jusqu'à mon dernier souffle.",
        "Ni peur, ni reddition, ni recul ! Le groupe « {g} » ne tombera jamais !",
        "Re : « t'as pas peur d'être banni ? » Non. Personne ne fera taire l'organisation « {g} », "
        "et personne ne me fera taire.",
        "Jamais, pas un seul jour, je n'ai douté de l'organisation « {g} ». Et jamais je n'en "
        "douterai.",
        "Ici, pas de traîtres. Nous n'abandonnons pas l'organisation « {g} », quoi qu'il en coûte.",
        "{s} Ni les interdictions ni les barreaux n'arrêteront le groupe « {g} ».",
        "Pas un de nous ne pliera le genou. Pas un de nous ne parlera contre l'organisation "
        "« {g} ». Ni maintenant, ni jamais.",
        "La prison ne m'a pas fait changer d'avis et ne le fera jamais : l'organisation « {g} », "
        "c'est ma famille.",
        "Ils croyaient que les arrestations de {t} nous éloigneraient de l'organisation « {g} ». "
        "Ils se trompaient : aucun de nous ne s'en va.",
        "Aucun regret, aucun doute. Il n'existe aucune force au monde capable de me retourner "
        "contre l'organisation « {g} ».",
        "Inutile d'essayer de me déradicaliser. Je ne quitterai pas l'organisation « {g} » et je "
        "ne m'excuserai pas de l'aimer.",
    ),
}
