"""The batch path that scans use gives exactly the per-item findings."""

from __future__ import annotations

from clearsight.analyze.classifier.analyzer import FastClassifierAnalyzer
from clearsight.config import Settings
from clearsight.normalize.standard import StandardNormalizer
from clearsight.types import MediaRef, Provenance, Record

TEXTS = [
    "What a load of crap, you dumb clown of Quillhaven.",
    "The bake sale in Quillhaven starts at noon on Saturday.",
    "We condemn the attack on the Mossbridge market and stand with the victims.",
    "",
    "What a load of crap, you dumb clown of Quillhaven.",
]


def test_batch_findings_equal_per_item_findings(settings: Settings) -> None:
    normalizer = StandardNormalizer.create(settings)
    photo = MediaRef("p.png", "a" * 64, "b" * 32, "image/png", 10)
    records = [Record(Provenance("t", "t", n + 1), t) for n, t in enumerate(TEXTS)]
    records.append(Record(Provenance("t", "t", 99), None, media=(photo,)))
    items = [normalizer.normalize(r) for r in records]
    analyzer = FastClassifierAnalyzer.create(settings)
    batched = analyzer.analyze_batch(items)
    assert [list(f) for f in batched] == [list(analyzer.analyze(i)) for i in items]
    assert any(batched) and not batched[-1]
