"""Language identification with py3langid, restricted to the configured candidate languages.

URLs, @handles, e-mail and phone pseudonyms say nothing about the language and are removed
first. Texts with fewer than three letters, or whose best language scores under 0.5, get
``(None, score)``. Only the first few thousand characters are read: enough to decide, and it
keeps a long record from costing more than a short one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from clearsight.errors import ConfigError

MIN_LETTERS = 3
MIN_SCORE = 0.5
MAX_CHARS = 2_000

_NOISE_RE = re.compile(r"https?://\S+|www\.\S+|@\w+|<(?:email|phone):[0-9a-f]{8}>|anon:[0-9a-f]+")
_LETTER_RE = re.compile(r"[^\W\d_]")


class LanguageGuesser:
    """Loads the py3langid model once (about half a second) and guesses per text."""

    def __init__(self, languages: Sequence[str]) -> None:
        self._identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        if languages:
            try:
                self._identifier.set_languages(list(languages))
            except ValueError as exc:
                raise ConfigError(f"languages: {exc}") from None

    def guess(self, text: str) -> tuple[str | None, float]:
        """``(language, probability)``, or ``(None, probability)`` when unsure."""
        sample = _NOISE_RE.sub(" ", text[:MAX_CHARS])
        if not _has_letters(sample, MIN_LETTERS):
            return None, 0.0
        lang, score = self._identifier.classify(sample)
        score = round(float(score), 4)
        return (str(lang), score) if score >= MIN_SCORE else (None, score)


def _has_letters(text: str, count: int) -> bool:
    found = _LETTER_RE.finditer(text)
    return all(next(found, None) is not None for _ in range(count))
