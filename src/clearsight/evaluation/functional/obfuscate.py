"""Character-level obfuscations of the kind evaders use: leet, homoglyphs, spacing, zero-width.

With ``rng=None`` each function rewrites every eligible position (deterministic, used by the
functional suite); with a ``random.Random`` it rewrites about half of them (used for training).
"""

from __future__ import annotations

import random
from collections.abc import Mapping

ZWSP = "\u200b"

_LEET: Mapping[str, str] = {
    "a": "4",
    "e": "3",
    "i": "1",
    "o": "0",
    "s": "5",
    "t": "7",
    "а": "4",
    "е": "3",
    "о": "0",
    "з": "3",
    "ч": "4",
    "б": "6",
    "ء": "2",
    "ع": "3",
    "خ": "5",
    "ح": "7",
    "ق": "9",
}
_LATIN_TO_CYRILLIC: Mapping[str, str] = dict(
    zip("aceopxyABCEHKMOPTX", "асеорхуАВСЕНКМОРТХ", strict=True)
)
_CYRILLIC_TO_LATIN: Mapping[str, str] = {v: k for k, v in _LATIN_TO_CYRILLIC.items()}
# Arabic letters -> their Persian look-alikes (yeh, kaf, heh)
_ARABIC_TO_PERSIAN: Mapping[str, str] = {"ي": "ی", "ك": "ک", "ه": "ە"}


def _take(rng: random.Random | None) -> bool:
    return rng is None or rng.random() < 0.5


def _share(text: str, low: str, high: str) -> bool:
    return sum(low <= c <= high for c in text) > len(text) // 4


def leet(text: str, rng: random.Random | None = None) -> str:
    """Replace letters with look-alike digits (``glory`` -> ``gl0ry``; Arabic as in Arabizi)."""
    return "".join(_LEET[c] if c in _LEET and _take(rng) else c for c in text)


def homoglyph(text: str, rng: random.Random | None = None) -> str:
    """Swap letters for look-alikes of another script (Latin <-> Cyrillic, Arabic -> Persian)."""
    if _share(text, "\u0600", "\u06ff"):
        table = _ARABIC_TO_PERSIAN
    elif _share(text, "\u0400", "\u04ff"):
        table = _CYRILLIC_TO_LATIN
    else:
        table = _LATIN_TO_CYRILLIC
    return "".join(table[c] if c in table and _take(rng) else c for c in text)


def spaced(text: str, rng: random.Random | None = None, min_len: int = 5) -> str:
    """Spell long words letter by letter (``glory`` -> ``g l o r y``)."""
    words = text.split(" ")
    return " ".join(
        " ".join(w) if len(w) >= min_len and w.isalpha() and _take(rng) else w for w in words
    )


def zero_width(text: str, rng: random.Random | None = None, min_len: int = 4) -> str:
    """Insert a zero-width space in the middle of words."""
    words = text.split(" ")
    return " ".join(
        w[: len(w) // 2] + ZWSP + w[len(w) // 2 :] if len(w) >= min_len and _take(rng) else w
        for w in words
    )


OBFUSCATIONS = {"leet": leet, "homoglyph": homoglyph, "spaced": spaced, "zero_width": zero_width}
