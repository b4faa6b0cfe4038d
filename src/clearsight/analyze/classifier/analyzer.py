"""The ``classifier_fast`` analyzer: the fast tier's calibrated scores as findings in scans.

A label becomes a finding (category = label) when its calibrated probability reaches the
operating threshold (the artifact's, or ``settings.classifier.threshold``). The finding
carries the label's evidence spans and ``{label, probability, model}``. ``counter_speech`` is
a context category: triage lowers the priority of items that carry it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar, Self

from clearsight.analyze.classifier.api import LABELS, Prediction
from clearsight.analyze.classifier.fast import FastClassifier, load_fast
from clearsight.normalize.fold import fold
from clearsight.pipeline.stage import AnalyzerExample, PluginKind
from clearsight.types import Category, ContentKind, Evidence, Finding, Item, Span

if TYPE_CHECKING:
    from clearsight.config import Settings


class FastClassifierAnalyzer:
    """Hashed n-gram classifier (violent_extremist, hate, offensive, counter_speech)."""

    name: ClassVar[str] = "classifier_fast"
    version: ClassVar[str] = "1.0"
    kind: ClassVar[PluginKind] = "analyzer"
    content_kinds: ClassVar[frozenset[ContentKind]] = frozenset({ContentKind.TEXT})

    def __init__(self, classifier: FastClassifier, thresholds: dict[str, float]) -> None:
        self.classifier = classifier
        self.thresholds = thresholds

    @classmethod
    def create(cls, settings: Settings) -> Self:
        classifier = load_fast()
        thresholds = classifier.artifact.thresholds
        override = settings.classifier.threshold
        if override is not None:
            thresholds = dict.fromkeys(LABELS, override)
        return cls(classifier, thresholds)

    @staticmethod
    def enabled_by_default(settings: Settings) -> bool:
        return settings.classifier.tier == "fast"

    def analyze(self, item: Item) -> Sequence[Finding]:
        return self.analyze_batch([item])[0]

    def analyze_batch(self, items: Sequence[Item]) -> list[Sequence[Finding]]:
        """Findings per item, the model run once over the batch (vectorised)."""
        with_text = [item for item in items if item.text]
        folded = [_folded(item) for item in with_text]
        predictions = self.classifier.predict_folded(
            [key for key, _ in folded], [offsets for _, offsets in folded]
        )
        by_hash = dict(zip((i.content_hash for i in with_text), predictions, strict=True))
        return [self._findings(item, by_hash.get(item.content_hash)) for item in items]

    def _findings(self, item: Item, prediction: Prediction | None) -> list[Finding]:
        if prediction is None:
            return []
        return [
            self._finding(item, label, prediction)
            for label in LABELS
            if prediction.scores[label] >= self.thresholds[label]
        ]

    def _finding(self, item: Item, label: str, prediction: Prediction) -> Finding:
        text = item.text or ""
        spans = tuple(
            Span(e.start, e.end, text[e.start : e.end])
            for e in prediction.evidence
            if e.label == label
        )
        details = {
            "label": label,
            "probability": round(prediction.scores[label], 6),
            "model": self.classifier.label,
        }
        return Finding(
            item_hash=item.content_hash,
            analyzer=self.name,
            version=self.version,
            category=Category(label),
            score=prediction.scores[label],
            evidence=Evidence(spans, details),
        )

    def examples(self) -> Sequence[AnalyzerExample]:
        return EXAMPLES


EXAMPLES: tuple[AnalyzerExample, ...] = (
    AnalyzerExample("The bake sale in Quillhaven starts at noon on Saturday.", frozenset()),
    AnalyzerExample(
        "What a load of crap, you dumb ass clown of Quillhaven.",
        frozenset({Category.OFFENSIVE}),
    ),
)


def _folded(item: Item) -> tuple[str, Sequence[int]]:
    """The item's matching key from the normalizer, or a fresh fold of its text."""
    if item.folded and len(item.fold_map) == len(item.folded):
        return item.folded, item.fold_map
    folded = fold(item.text or "")
    return folded.key, folded.offsets
