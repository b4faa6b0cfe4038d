"""Stance-neutral openers and closers that vary the written rows' surface form.

They carry no label signal (every category gets them alike), so a model cannot tie a stance to
a whole sentence frame.
"""

from __future__ import annotations

import random
from collections.abc import Mapping

OPENERS: Mapping[str, tuple[str, ...]] = {
    "en": ("Just saying: ", "Repost: ", "Read this. ", "Thread: "),
    "ru": ("Просто скажу: ", "Репост: ", "Читайте. ", "Тред: "),
    "fr": ("Je dis juste : ", "Repost : ", "Lisez ceci. ", "Fil : "),
    "de": ("Nur so gesagt: ", "Repost: ", "Lest das. ", "Thread: "),
    "ar": ("أقولها فقط: ", "إعادة نشر: ", "اقرأوا هذا. "),
}
CLOSERS: Mapping[str, tuple[str, ...]] = {
    "en": (" Share widely.", " Thoughts?", " That is all."),
    "ru": (" Поделитесь.", " Что думаете?", " Вот и всё."),
    "fr": (" Partagez.", " Vos avis ?", " C'est tout."),
    "de": (" Teilt das.", " Meinungen?", " Das ist alles."),
    "ar": (" شاركوا.", " ما رأيكم؟", " هذا كل شيء."),
}
SHARE = 0.3


def wrap(text: str, lang: str, rng: random.Random) -> str:
    """Add an opener and/or a closer to ``text``, each with probability ``SHARE``."""
    if rng.random() < SHARE:
        text = rng.choice(OPENERS[lang]) + text
    if rng.random() < SHARE:
        text = text + rng.choice(CLOSERS[lang])
    return text
