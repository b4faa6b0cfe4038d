"""run_suite on toy scorers: an always-zero scorer and an oracle built from the gold labels."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pytest

from clearsight.errors import UserError
from clearsight.evaluation.functional import LABELS, cases, is_correct, run_suite

THRESHOLDS = dict.fromkeys(LABELS, 0.5)


def zeros(texts: Sequence[str]) -> list[dict[str, float]]:
    return [dict.fromkeys(LABELS, 0.0) for _ in texts]


def oracle(texts: Sequence[str]) -> list[Mapping[str, float]]:
    gold = {c.text: c.labels for c in cases()}
    return [{k: float(v) for k, v in gold[t].items()} for t in texts]


def test_always_zero_scorer_gets_exactly_the_benign_share() -> None:
    report = run_suite(zeros, THRESHOLDS)
    benign = sum(not any(c.labels.values()) for c in cases())
    assert report.overall == pytest.approx(benign / len(cases()))
    assert report.accuracy("identity_neutral", "ru") == 1.0
    assert report.accuracy("glorify_attack", "de") == 0.0


def test_oracle_scorer_gets_everything_right() -> None:
    report = run_suite(oracle, THRESHOLDS)
    assert report.overall == 1.0
    assert set(report.by_functionality().values()) == {1.0}


def test_thresholds_decide_correctness() -> None:
    case = next(c for c in cases() if c.functionality == "glorify_attack")
    scores = {"violent_extremist": 0.6}
    assert is_correct(case, scores, THRESHOLDS)
    assert not is_correct(case, scores, {**THRESHOLDS, "violent_extremist": 0.7})


def test_subset_of_cases_reports_only_their_cells() -> None:
    chosen = [c for c in cases() if c.lang == "fr"][:20]
    report = run_suite(zeros, THRESHOLDS, chosen)
    assert report.langs() == ["fr"]
    assert sum(total for _, total in report.counts.values()) == 20


def test_table_lists_every_functionality_and_language() -> None:
    table = run_suite(oracle, THRESHOLDS).table()
    header = table.splitlines()[0].split()
    assert header[1:] == ["en", "ru", "fr", "de", "ar", "all"]
    for name in {c.functionality for c in cases()}:
        assert f"\n{name} " in table
    assert table.splitlines()[-1].split() == ["overall", *["1.00"] * 6]


def test_a_scorer_returning_the_wrong_count_is_an_error() -> None:
    with pytest.raises(UserError, match="1 results for"):
        run_suite(lambda texts: zeros(texts[:1]), THRESHOLDS)


def test_pooled_below_and_json_twin_agree_with_the_counts() -> None:
    report = run_suite(zeros, THRESHOLDS)
    n_neutral = sum(c.functionality == "identity_neutral" for c in cases())
    n_glorify = sum(c.functionality == "glorify_attack" for c in cases())
    share = n_neutral / (n_neutral + n_glorify)
    assert report.pooled(["identity_neutral", "glorify_attack"]) == pytest.approx(share)
    below = report.below({"glorify_attack": 0.5, "identity_neutral": 0.5})
    assert below == {"glorify_attack": 0.0}
    twin = report.to_dict()
    assert twin["overall"] == report.overall
    assert twin["by_lang"] == report.by_lang()
    assert twin["cells"]["identity_neutral"]["ar"] == 1.0  # type: ignore[index]
    with pytest.raises(UserError, match="no cases"):
        report.pooled(["no_such_functionality"])
