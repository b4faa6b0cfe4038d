"""Fictional forum posts as JSON-ready dicts, for the demo corpus and the benchmark corpus.

A :class:`PostMaker` draws a kind (neutral, news, counter-speech, glorification, threat,
recruitment) and a language, fills a template, sometimes obfuscates harmful text (homoglyphs,
leetspeak, zero-width characters, spaced-out letters), sometimes adds a fictional e-mail
address and phone number, and sometimes re-posts an earlier text under another author.
Memory is bounded: it remembers at most ``HISTORY`` earlier texts.
"""

from __future__ import annotations

import random
from collections import Counter, deque
from datetime import UTC, datetime, timedelta
from typing import Any

from clearsight.demo.phrases import (
    KIND_WEIGHTS,
    LANG_WEIGHTS,
    NEUTRAL,
    PEOPLE,
    contact_line,
    obfuscate,
    pick_text,
    pick_weighted,
)

HISTORY = 256
START = datetime(2024, 3, 1, 7, 0, tzinfo=UTC)
OBFUSCATE_RATE = 0.35
CONTACT_RATE = 0.1
MENTION_RATE = 0.1
LATIN_LANGS = frozenset({"en", "fr", "de"})


class PostMaker:
    """Deterministic stream of fictional posts; ``stats`` counts what was made, by kind."""

    def __init__(
        self, rng: random.Random, *, duplicate_rate: float, pad_to: int = 0, unique: bool = False
    ) -> None:
        self.rng = rng
        self.duplicate_rate = duplicate_rate
        self.pad_to = pad_to
        self.unique = unique  # tag fresh posts with their number, so only re-posts repeat
        self.history: deque[tuple[str, str]] = deque(maxlen=HISTORY)
        self.stats: Counter[str] = Counter()
        self.moment = START

    def make(self, n: int) -> dict[str, Any]:
        """Post number ``n`` (its id is ``post-{n:05d}``)."""
        self.moment += timedelta(minutes=self.rng.randrange(1, 90))
        if self.history and self.rng.random() < self.duplicate_rate:
            lang, text = self.rng.choice(self.history)
            self.stats["duplicate"] += 1
        else:
            lang, text = self._fresh()
            text = f"{text} #{n}" if self.unique else text
            self.history.append((lang, text))
        return self._wrap(n, lang, text)

    def _fresh(self) -> tuple[str, str]:
        kind = pick_weighted(self.rng, KIND_WEIGHTS)
        lang = pick_weighted(self.rng, LANG_WEIGHTS)
        text = pick_text(self.rng, kind, lang)
        self.stats[kind] += 1
        if kind != "neutral" and lang in LATIN_LANGS and self.rng.random() < OBFUSCATE_RATE:
            text, trick = obfuscate(self.rng, text)
            self.stats[f"obfuscated_{trick}"] += 1
        text = self._decorate(text)
        return lang, self._pad(text, lang)

    def _decorate(self, text: str) -> str:
        if self.rng.random() < MENTION_RATE:
            text = f"{self.rng.choice(PEOPLE)[1]} {text}"
            self.stats["mention"] += 1
        if self.rng.random() < CONTACT_RATE:
            text += contact_line(self.rng, self.rng.choice(PEOPLE))
            self.stats["contact"] += 1
        return text

    def _pad(self, text: str, lang: str) -> str:
        while len(text) < self.pad_to:
            text += " " + self.rng.choice(NEUTRAL[lang]).format(town="Quillhaven")
        return text

    def _wrap(self, n: int, lang: str, text: str) -> dict[str, Any]:
        _, handle = self.rng.choice(PEOPLE)
        return {
            "id": f"post-{n:05d}",
            "author": handle,
            "created_at": self.moment.isoformat().replace("+00:00", "Z"),
            "lang": lang,
            "text": text,
            "url": f"https://forum.example.org/t/{n}",
        }
