"""The classifier API shared by every tier.

A tier is a :class:`Classifier`: ``predict(texts)`` gives, per text, calibrated probabilities
for the four :data:`LABELS` and the evidence spans (character ranges of the text as given)
that pushed each label's score up. :func:`load_classifier` builds a tier by name from the
:data:`TIERS` table (``module:factory``; other tiers add their line there).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple, Protocol, cast, runtime_checkable

from clearsight.errors import ConfigError

LABELS: tuple[str, ...] = ("violent_extremist", "hate", "offensive", "counter_speech")

TIERS: dict[str, str] = {
    "fast": "clearsight.analyze.classifier.fast:load_fast",
    "semantic": "clearsight.analyze.classifier.semantic:load_semantic",
    "transformer": "clearsight.analyze.classifier.transformer:load_transformer",
}


class EvidenceSpan(NamedTuple):
    """``[start, end)`` in the text as given; ``weight`` is its share of the label's logit."""

    start: int
    end: int
    label: str
    weight: float


@dataclass(frozen=True, slots=True)
class Prediction:
    """Calibrated probability per label and the evidence behind them."""

    scores: dict[str, float]
    evidence: list[EvidenceSpan] = field(default_factory=list)


@runtime_checkable
class Classifier(Protocol):
    """A classifier tier."""

    @property
    def name(self) -> str: ...

    @property
    def version(self) -> str: ...

    def predict(self, texts: Sequence[str]) -> list[Prediction]: ...


def load_classifier(tier: str) -> Classifier:
    """The classifier of ``tier`` (a key of :data:`TIERS`)."""
    spec = TIERS.get(tier)
    if spec is None:
        known = ", ".join(sorted(TIERS))
        raise ConfigError(f"unknown classifier tier {tier!r} (known: {known})")
    module_name, _, attr = spec.partition(":")
    factory = cast(Callable[[], Classifier], getattr(importlib.import_module(module_name), attr))
    return factory()
