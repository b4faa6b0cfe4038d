"""A small baseline trained only on the written data, run through the functional suite.

The suite's templates and names never occur in the written data, so this measures how far the
written data's stance contrasts carry to unseen wording. Texts go through the project's
obfuscation fold first, as in the pipeline. Floors sit under the figures measured when the data
was written: overall 0.52 against an all-benign share of 0.40; benign contrast functionalities
0.96; dehumanising hate 0.72; obfuscated benign text 0.99 (obfuscation alone is no signal).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import pytest

from clearsight.evaluation.functional import LABELS, SuiteReport, cases, run_suite
from clearsight.normalize.fold import fold
from clearsight.training.written import examples

sk_text = pytest.importorskip("sklearn.feature_extraction.text")
sk_linear = pytest.importorskip("sklearn.linear_model")

CONTRASTS = (
    "report_on_recruitment",
    "slogan_quoted_academic",
    "news_report_attack",
    "negated_support",
    "hyperbole_threat",
    "research_analysis",
    "satire",
    "question_about_group",
    "identity_neutral",
)


def _key(text: str) -> str:
    return fold(text).key


@cache
def _report() -> SuiteReport:
    rows = list(examples())
    vec = sk_text.TfidfVectorizer(
        analyzer="char_wb", ngram_range=(2, 4), min_df=2, sublinear_tf=True
    )
    matrix = vec.fit_transform([_key(r["text"]) for r in rows])
    models = {}
    for label in LABELS:
        gold = [int(label in r["labels"]) for r in rows]
        model = sk_linear.SGDClassifier(
            loss="log_loss",
            alpha=1e-5,
            class_weight="balanced",
            random_state=0,
            max_iter=20,
            tol=None,
        )
        models[label] = model.fit(matrix, gold)

    def score(texts: Sequence[str]) -> list[dict[str, float]]:
        feats = vec.transform([_key(t) for t in texts])
        probs = {label: m.predict_proba(feats)[:, 1] for label, m in models.items()}
        return [{label: float(probs[label][i]) for label in LABELS} for i in range(len(texts))]

    return run_suite(score, dict.fromkeys(LABELS, 0.5))


def test_baseline_beats_the_all_benign_share_by_a_margin() -> None:
    benign = sum(not any(c.labels.values()) for c in cases()) / len(cases())
    assert _report().overall >= 0.45
    assert _report().overall >= benign + 0.08


def test_group_mentions_in_benign_contexts_stay_benign() -> None:
    assert _report().pooled(CONTRASTS) >= 0.85


def test_dehumanisation_is_learned() -> None:
    assert _report().pooled(["dehumanising_hate"]) >= 0.55


def test_obfuscation_alone_does_not_make_text_harmful() -> None:
    assert _report().pooled(["obfuscated_benign"]) >= 0.85
