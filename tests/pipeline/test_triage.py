"""Triage: priorities from findings, lowered by context, with reasons a human can read."""

from __future__ import annotations

import pytest

from clearsight.pipeline.triage import (
    CONTEXT_FLOOR,
    MAX_REASON_CHARS,
    category_strengths,
    opens_case,
    triage,
)
from clearsight.types import Category, Evidence, Finding, Triage

THRESHOLD = 3.0


def finding(category: Category, score: float, *terms: str, analyzer: str = "lexicon") -> Finding:
    details = {"terms": [{"term": t, "lang": "en", "weight": score} for t in terms]}
    return Finding("h" * 64, analyzer, "1.0", category, score, Evidence((), details))


GLORIFY = finding(Category.GLORIFICATION, 0.6, "hail the gribbet raiders")
CONDEMN = finding(Category.COUNTER_SPEECH, 0.6, "we disavow")
REPORT = finding(Category.NEWS_REPORTING, 0.5, "constables said")


def test_no_findings_means_priority_zero_and_no_case() -> None:
    result = triage([], threshold=THRESHOLD)
    assert result == Triage(priority=0.0, reasons=(), categories=())
    assert not opens_case(result, THRESHOLD)
    assert not opens_case(result, 0.0)  # nothing harmful: no case even at threshold 0


def test_context_alone_is_not_harmful() -> None:
    result = triage([CONDEMN, REPORT], threshold=THRESHOLD)
    assert result.priority == 0.0 and result.categories == ()
    assert not opens_case(result, 0.0)


def test_glorification_outranks_its_counter_speech_and_news_counterparts() -> None:
    glorifying = triage([GLORIFY], threshold=THRESHOLD)
    condemning = triage([GLORIFY, CONDEMN], threshold=THRESHOLD)
    reporting = triage([GLORIFY, REPORT], threshold=THRESHOLD)
    assert glorifying.priority == pytest.approx(4.8)
    assert condemning.priority <= glorifying.priority * 0.5
    assert reporting.priority <= glorifying.priority * 0.5
    assert opens_case(glorifying, THRESHOLD)
    assert not opens_case(condemning, THRESHOLD)
    assert not opens_case(reporting, THRESHOLD)


def test_the_threshold_decides_whether_a_case_opens() -> None:
    result = triage([GLORIFY], threshold=THRESHOLD)
    assert opens_case(result, 4.8) and not opens_case(result, 4.9)
    assert not any("threshold" in r for r in result.reasons)  # a case's reasons are evidence
    assert triage([GLORIFY], threshold=5).reasons[-1] == (
        "priority 4.8 is below the case threshold 5"
    )


def test_threat_and_incitement_weigh_more_than_hate_and_offensive() -> None:
    def priority(category: Category) -> float:
        return triage([finding(category, 0.7)], threshold=THRESHOLD).priority

    assert priority(Category.THREAT) == priority(Category.INCITEMENT) == 7.0
    assert priority(Category.THREAT) > priority(Category.RECRUITMENT)
    assert priority(Category.RECRUITMENT) > priority(Category.GLORIFICATION)
    assert priority(Category.GLORIFICATION) > priority(Category.HATE)
    assert priority(Category.HATE) > priority(Category.OFFENSIVE)


def test_findings_of_one_category_combine_by_noisy_or() -> None:
    two = [finding(Category.THREAT, 0.5), finding(Category.THREAT, 0.5, analyzer="other")]
    assert category_strengths(two) == {Category.THREAT: pytest.approx(0.75)}
    assert triage(two, threshold=THRESHOLD).priority == 7.5


def test_several_harmful_categories_add_a_small_bounded_bonus() -> None:
    one = triage([finding(Category.THREAT, 0.5)], threshold=THRESHOLD)
    two = triage([finding(Category.THREAT, 0.5), GLORIFY], threshold=THRESHOLD)
    many = [finding(c, 0.5) for c in (Category.THREAT, Category.HATE, Category.OFFENSIVE)]
    many += [finding(Category.RECRUITMENT, 0.5), finding(Category.INSTRUCTION, 0.5)]
    assert two.priority == pytest.approx(one.priority + 0.5)
    assert triage(many, threshold=THRESHOLD).priority == pytest.approx(one.priority + 1.5)
    assert any("several harmful categories (2)" in r for r in two.reasons)


def test_categories_are_harmful_only_and_sorted_by_strength() -> None:
    findings = [finding(Category.HATE, 0.9), GLORIFY, finding(Category.THREAT, 0.3), CONDEMN]
    result = triage(findings, threshold=THRESHOLD)
    assert result.categories == (Category.HATE, Category.GLORIFICATION, Category.THREAT)


def test_reasons_name_category_score_analyzer_and_terms() -> None:
    threat = finding(Category.THREAT, 0.72, "you will regret the gribbets")
    result = triage([threat, REPORT], threshold=THRESHOLD)
    assert result.reasons[0] == "threat 0.72 from lexicon@1.0: 'you will regret the gribbets'"
    assert "context: news_reporting 0.5 lowers priority ×0.5" in result.reasons
    assert result.priority == pytest.approx(3.6)


def test_reasons_are_bounded_in_length() -> None:
    terms = [f"invented phrase number {n} " * 3 for n in range(12)]
    result = triage([finding(Category.THREAT, 0.5, *terms)], threshold=THRESHOLD)
    assert all(len(r) <= MAX_REASON_CHARS for r in result.reasons)
    assert result.reasons[0].endswith("…")


def test_context_lowers_but_never_erases_a_priority() -> None:
    contexts = [finding(c, 1.0) for c in Category if c.is_context]
    result = triage([finding(Category.THREAT, 1.0), *contexts], threshold=THRESHOLD)
    assert result.priority == pytest.approx(10 * CONTEXT_FLOOR)
    assert any("floor" in r for r in result.reasons)


def test_priority_is_bounded_and_rounded() -> None:
    findings = [finding(c, 1.0) for c in Category if not c.is_context]
    assert triage(findings, threshold=THRESHOLD).priority == 10.0
    odd = triage([finding(Category.GLORIFICATION, 0.3333)], threshold=THRESHOLD)
    assert odd.priority == round(odd.priority, 1) == 2.7


def test_zero_scores_are_ignored() -> None:
    result = triage([finding(Category.THREAT, 0.0)], threshold=THRESHOLD)
    assert result.priority == 0.0 and result.categories == ()
