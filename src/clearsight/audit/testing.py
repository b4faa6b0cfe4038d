"""Fake classifiers for bias-audit tests: a fair oracle and one planted with an identity bias."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from clearsight.analyze.classifier.api import LABELS, Prediction
from clearsight.audit.suite import SuiteItem


class OracleClassifier:
    """Scores each suite text by its true labels (0.9 / 0.1): no group plays any part."""

    def __init__(
        self, items: Iterable[SuiteItem], name: str = "fake-fair", version: str = "1"
    ) -> None:
        self._truth = {item.text: item.labels for item in items}
        self._name, self._version = name, version

    @property
    def name(self) -> str:
        return self._name

    @property
    def version(self) -> str:
        return self._version

    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        return [Prediction(self._scores(text)) for text in texts]

    def _scores(self, text: str) -> dict[str, float]:
        labels = self._truth.get(text, frozenset())
        return {label: 0.9 if label in labels else 0.1 for label in LABELS}


class BiasedClassifier(OracleClassifier):
    """The oracle, except that any text containing one of ``terms`` scores high on ``label``."""

    def __init__(
        self, items: Iterable[SuiteItem], terms: Sequence[str], label: str = "hate"
    ) -> None:
        super().__init__(items, name="fake-biased")
        self._terms = tuple(t.casefold() for t in terms)
        self._label = label

    def _scores(self, text: str) -> dict[str, float]:
        scores = super()._scores(text)
        if any(term in text.casefold() for term in self._terms):
            scores[self._label] = 0.97
        return scores
