"""The classifier_fast analyzer: plug-in contract, default switch, same scores as the API."""

from __future__ import annotations

from pathlib import Path

from clearsight.analyze.classifier.analyzer import FastClassifierAnalyzer
from clearsight.analyze.classifier.fast import load_fast
from clearsight.config import ClassifierSettings, Settings
from clearsight.normalize.standard import StandardNormalizer
from clearsight.pipeline.registry import default_registry
from clearsight.testing import check_plugin
from clearsight.types import Provenance, Record


def test_contract(tmp_path: Path) -> None:
    check_plugin(FastClassifierAnalyzer, tmp_path)


def test_registered_and_on_only_for_the_fast_tier(settings: Settings) -> None:
    assert default_registry(plugins=False).get("analyzer", "classifier_fast")
    assert FastClassifierAnalyzer.enabled_by_default(settings)
    other = settings.model_copy(update={"classifier": ClassifierSettings(tier="semantic")})
    assert not FastClassifierAnalyzer.enabled_by_default(other)


def test_findings_carry_the_api_scores_and_evidence(settings: Settings) -> None:
    text = "What a load of crap, you dumb ass clown of Quillhaven."
    low = settings.model_copy(update={"classifier": ClassifierSettings(threshold=0.0)})
    analyzer = FastClassifierAnalyzer.create(low)
    item = StandardNormalizer.create(settings).normalize(Record(Provenance("t", "t", 1), text))
    findings = analyzer.analyze(item)
    expected = load_fast().predict([text])[0].scores
    assert {f.category.value for f in findings} == set(expected)
    for finding in findings:
        assert finding.score == expected[finding.category.value]
        assert finding.evidence.details["model"] == load_fast().label
        for span in finding.evidence.spans:
            assert text[span.start : span.end] == span.text
