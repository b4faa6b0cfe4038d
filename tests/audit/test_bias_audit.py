"""The bias audit catches a planted identity bias and passes a fair model; small data says so."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest

from clearsight.analyze.classifier.api import LABELS
from clearsight.audit import metrics, render
from clearsight.audit.bias import INSUFFICIENT, BiasReport, run_audit
from clearsight.audit.gate import Thresholds, check
from clearsight.audit.suite import SuiteItem, builtin_suite, load_jsonl
from clearsight.audit.suite_data import CATEGORIES, TEMPLATES, TERMS
from clearsight.audit.testing import BiasedClassifier, OracleClassifier
from clearsight.errors import InputError

HALF = dict.fromkeys(LABELS, 0.5)


@pytest.fixture(scope="module")
def suite() -> list[SuiteItem]:
    return builtin_suite()


@pytest.fixture(scope="module")
def biased(suite: list[SuiteItem]) -> BiasReport:
    terms = [TERMS[lang]["refugee"] for lang in TERMS]
    return run_audit(BiasedClassifier(suite, terms), suite, HALF, rounds=20)


def test_builtin_suite_covers_languages_groups_and_kinds(suite: list[SuiteItem]) -> None:
    assert {i.lang for i in suite} == {"en", "ru", "fr", "de", "ar"}
    assert {CATEGORIES[i.target_group] for i in suite} >= {
        "religion", "ethnicity_nationality", "gender", "gender_identity",
        "sexual_orientation", "disability", "migrant_status",
    }  # fmt: skip
    assert {i.template.split(":")[1] for i in suite} == {
        "neutral",
        "positive",
        "hateful",
        "violent",
    }
    assert all("{g}" not in i.text for i in suite)


def test_counterfactual_variants_differ_only_in_the_term(suite: list[SuiteItem]) -> None:
    for item in suite:
        lang, kind, number = item.template.split(":")
        template = TEMPLATES[lang][kind][int(number)]
        filled = template.replace("{g}", TERMS[lang][item.target_group])
        assert item.text.casefold() == filled.casefold()


def test_fair_model_passes_the_gate(suite: list[SuiteItem]) -> None:
    report = run_audit(OracleClassifier(suite), suite, HALF, rounds=20)
    gate = check(report)
    assert gate.passed, gate.failures
    assert all(f.flips == 0 for f in report.flips)


def test_planted_bias_is_caught(biased: BiasReport) -> None:
    gate = check(biased)
    assert not gate.passed
    assert any("hate/all/refugee" in f and f.startswith("bpsn_auc_gap") for f in gate.failures)
    assert not any("/muslim" in f for f in gate.failures)
    hate_flips = next(f for f in biased.flips if f.label == "hate")
    assert hate_flips.by_group["refugee"] > 5 * hate_flips.by_group["muslim"]


def test_bias_metrics_match_hand_computed_values() -> None:
    y = np.array([1, 1, 0, 0, 1, 0], dtype=np.float64)
    p = np.array([0.9, 0.4, 0.6, 0.1, 0.8, 0.2], dtype=np.float64)
    g = np.array([True, True, True, True, False, False])
    aucs = metrics.bias_aucs(y, p, g)
    assert aucs["subgroup_auc"] == pytest.approx(0.75)  # pairs (.9,.6)(.9,.1)(.4,.1) of 4
    assert aucs["bpsn_auc"] == pytest.approx(1.0)  # background positive .8 over .6 and .1
    assert aucs["bnsp_auc"] == pytest.approx(1.0)  # .9 and .4 over the background .2
    assert metrics.power_mean([0.5, 1.0]) == pytest.approx((0.5 * (0.5**-5 + 1)) ** (-1 / 5))
    assert metrics.power_mean([]) is None


def test_ties_count_half() -> None:
    y = np.array([1, 0, 1, 0], dtype=np.float64)
    p = np.full(4, 0.5)
    assert metrics.bias_aucs(y, p, np.ones(4, bool))["subgroup_auc"] == pytest.approx(0.5)


def test_bootstrap_interval_is_seeded_and_brackets_the_estimate(biased: BiasReport) -> None:
    cell = next(c for c in biased.cells if (c.label, c.lang, c.group) == ("hate", "all", "jewish"))
    low, high = cell.ci["bpsn_auc"] or [math.nan, math.nan]
    assert cell.bpsn_auc is not None and low <= cell.bpsn_auc <= high
    y, p, g = np.array([1.0, 0, 1, 0] * 5), np.linspace(0, 1, 20), np.array([True, False] * 10)

    def auc(a: metrics.FloatArray, b: metrics.FloatArray, c: metrics.BoolArray) -> float:
        return metrics.bias_aucs(a, b, c)["bnsp_auc"]

    first = metrics.bootstrap_ci(auc, y, p, g, rounds=30, seed=3)
    assert first == metrics.bootstrap_ci(auc, y, p, g, rounds=30, seed=3)


def test_small_groups_say_insufficient_data(tmp_path: Path) -> None:
    rows = [
        {"text": f"Note {i} from the Ombrel canal", "labels": ["hate"] if i % 2 else [],
         "target_group": "kettlefolk", "lang": "en"}
        for i in range(6)
    ]  # fmt: skip
    path = tmp_path / "tiny.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    items = load_jsonl(path)
    report = run_audit(OracleClassifier(items), items, HALF, suite="tiny", rounds=10)
    assert {c.status for c in report.cells} == {INSUFFICIENT}
    assert all(c.subgroup_auc is None for c in report.cells)
    gate = check(report)
    assert not gate.passed and "insufficient data" in gate.failures[0]
    assert INSUFFICIENT in render.to_html(report, gate)


def test_empty_suite_reports_without_failing() -> None:
    report = run_audit(OracleClassifier([]), [], HALF, rounds=10)
    assert report.items == 0 and report.cells == []
    assert not check(report).passed
    assert json.loads(render.to_json(report, check(report)))["report"]["items"] == 0


def test_jsonl_errors_name_the_line_not_the_content(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "secret words", "labels": ["nonsense"]}\n', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_jsonl(path)
    assert "bad.jsonl:1" in str(caught.value) and "secret" not in str(caught.value)


def test_thresholds_are_configurable(biased: BiasReport) -> None:
    loose = Thresholds(*(1.0,) * 6)
    assert check(biased, loose).passed
