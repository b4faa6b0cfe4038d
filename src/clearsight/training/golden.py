"""Fixed fictional inputs whose scores are recorded in each artifact's ``golden.jsonl``.

All towns, groups and people are invented; nothing here is real propaganda. The texts cover
the four labels, stance contrasts, several languages and obfuscation, so a changed feature
function or a damaged weight file shows up as a golden-test failure.
"""

from __future__ import annotations

GOLDEN_INPUTS: tuple[str, ...] = (
    "The bake sale in Quillhaven starts at noon on Saturday.",
    "Glory to the fighters of the Ember Covenant who burned the Marrowby depot!",
    "We condemn the Ember Covenant's attack on the Marrowby depot; violence is never an answer.",
    "Police in Quillhaven say the Ember Covenant is recruiting teenagers online.",
    "Join the Grey Lantern Brigade today, brothers, the struggle needs your hands!",
    "Researchers at Fenwick College studied how the Grey Lantern Brigade recruits online.",
    "I do not support the Ember Covenant and never will.",
    "My sister will kill me if I miss her birthday again, haha.",
    "You are a clueless idiot, the parking warden of Quillhaven said nothing of the sort.",
    "Immigrants in Marrowby opened a new bakery on the high street.",
    "Quoting their slogan is not endorsing it: the Ember Covenant's words spread fear.",
    "Gl0ry t0 the f1ghters of the Ember C0venant!",
    "G l o r y to the Ember Covenant!",
    "Слава бойцам Пепельного Завета из Кварцбурга!",
    "Мы осуждаем нападение Пепельного Завета на склад в Кварцбурге.",
    "Gloire aux combattants de l'Alliance de Cendre à Bruyèreville !",
    "Nous condamnons l'attaque de l'Alliance de Cendre à Bruyèreville.",
    "Ruhm den Kämpfern des Aschebundes von Mooskirchen!",
    "Wir verurteilen den Anschlag des Aschebundes in Mooskirchen.",
    "",
)
