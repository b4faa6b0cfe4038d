"""The TVEC functional suite against the shipped fast model: floors set from measured results.

Measured on fast@1.0 (seed 7), all suite languages (en ru fr de ar), floored about 0.05 below:

| group (functionalities pooled)                              | measured | floor |
|---|---:|---:|
| contrast_benign: news, research, quotes, negation, satire,  | 0.85 | 0.80 |
|   hyperbole, questions, identity mentions, benign obfuscated |      |      |
| counter_speech: condemnation, direct and quoting counter     | 0.27 | 0.22 |
| hate: dehumanising_hate                                      | 0.96 | 0.91 |
| offensive: offensive_not_hate                                | 0.57 | 0.52 |
| violent_extremist: glorify, recruit, threat, incite, slogan, | 0.30 | 0.25 |
|   positive support with a negation word, hateful violent     |      |      |
|   call, obfuscated harmful cases                             |      |      |

Ranking over the whole suite (ROC-AUC of each label's score against the gold label):
violent_extremist 0.94 (floor 0.89), hate 0.96 (0.91), offensive 0.93 (0.88),
counter_speech 0.88 (0.83).

History: the first model (stance frames only, thresholds at the lower edge of the best-F1
plateau) measured 0.77 / 0.24 / 0.36 / 0.47 / 0.00 and AUC 0.84 / 0.94 / 0.73 / 0.75; the
written hate functionalities, more stance frames and plateau-midpoint thresholds raised every
floor. Floors are not to be loosened without a note here.
"""

from __future__ import annotations

import numpy as np
import pytest

from clearsight.analyze.classifier.api import LABELS
from clearsight.analyze.classifier.fast import FastClassifier, load_fast
from clearsight.evaluation.functional import SuiteReport, cases, run_suite
from clearsight.evaluation.metrics import roc_auc

GROUPS = {
    "contrast_benign": (
        ("report_on_recruitment", "hyperbole_threat", "slogan_quoted_academic"),
        ("negated_support", "news_report_attack", "research_analysis", "satire"),
        ("question_about_group", "identity_neutral", "identity_positive"),
        ("reported_hate_news", "obfuscated_benign"),
    ),
    "counter_speech": (
        ("condemn_attack", "counter_speech_direct", "counter_speech_quoting"),
        ("counter_quoting_hate",),
    ),
    "hate": (("dehumanising_hate",),),
    "offensive": (("offensive_not_hate",),),
    "violent_extremist": (
        ("glorify_attack", "recruit_call", "explicit_threat", "incite_violence", "group_slogan"),
        ("support_with_negation_word_but_positive", "hateful_violent_call"),
        ("leet", "homoglyph", "spaced", "zero_width"),
    ),
}
FLOORS = {
    "contrast_benign": 0.80,
    "counter_speech": 0.22,
    "hate": 0.91,
    "offensive": 0.52,
    "violent_extremist": 0.25,
}
AUC_FLOORS = {"violent_extremist": 0.89, "hate": 0.91, "offensive": 0.88, "counter_speech": 0.83}


@pytest.fixture(scope="module")
def clf() -> FastClassifier:
    return load_fast()


@pytest.fixture(scope="module")
def report(clf: FastClassifier) -> SuiteReport:
    def score(texts: object) -> list[dict[str, float]]:
        return [dict(zip(LABELS, row, strict=True)) for row in clf.scores(texts).tolist()]  # type: ignore[arg-type]

    return run_suite(score, clf.artifact.thresholds)


@pytest.mark.parametrize("group", sorted(FLOORS))
def test_group_accuracy_floor(report: SuiteReport, group: str) -> None:
    names = {name for part in GROUPS[group] for name in part}
    cells = [v for (func, _), v in report.counts.items() if func in names]
    assert cells, f"no suite cases for {group}"
    accuracy = sum(r for r, _ in cells) / sum(t for _, t in cells)
    assert accuracy >= FLOORS[group], f"{group}: {accuracy:.3f} < {FLOORS[group]}"


def test_ranking_floor_per_label(clf: FastClassifier) -> None:
    suite = cases()
    scores = clf.scores([c.text for c in suite])
    for j, label in enumerate(LABELS):
        y = np.array([c.labels[label] for c in suite], dtype=np.float64)
        auc = roc_auc(y, scores[:, j])
        assert auc >= AUC_FLOORS[label], f"{label}: suite ROC-AUC {auc:.3f}"
