"""Leak checks between the functional suite and any training text: exact texts and word n-grams.

Texts are compared after NFKC, case folding and removal of punctuation and invisible characters,
so that a suite case cannot hide in training data behind capitals, quotes, commas,
zero-width characters or letter-by-letter spacing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
_MIN_RUN = 3


def words(text: str) -> list[str]:
    """The normalised words of ``text``; letter-by-letter spelling is joined back into words."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    visible = "".join(c for c in folded if unicodedata.category(c) != "Cf")
    return _join_spelled([w for w in _NON_WORD.split(visible) if w])


def _join_spelled(tokens: list[str]) -> list[str]:
    """Join runs of three or more one-character tokens (``g l o r y`` -> ``glory``)."""
    out: list[str] = []
    run: list[str] = []
    for token in [*tokens, ""]:
        if len(token) == 1:
            run.append(token)
            continue
        out.extend(["".join(run)] if len(run) >= _MIN_RUN else run)
        run = []
        if token:
            out.append(token)
    return out


def ngrams(text: str, n: int = 5) -> set[tuple[str, ...]]:
    """Word n-grams of ``text``; a text shorter than ``n`` words is one short gram."""
    ws = words(text)
    if len(ws) < n:
        return {tuple(ws)} if ws else set()
    return {tuple(ws[i : i + n]) for i in range(len(ws) - n + 1)}


def shared_ngrams(
    suite: Iterable[str], training: Iterable[str], n: int = 5
) -> set[tuple[str, ...]]:
    """Word n-grams that occur both in a suite text and in a training text."""
    held: set[tuple[str, ...]] = set()
    for text in suite:
        held |= ngrams(text, n)
    found: set[tuple[str, ...]] = set()
    for text in training:
        found |= ngrams(text, n) & held
    return found
