"""The Clearsight-written training rows: shape, size, languages, contrast pairs, safe text."""

from __future__ import annotations

from collections import Counter

from clearsight.evaluation.functional.safety import contact_like
from clearsight.training.written import CATEGORIES, SOURCE, examples
from clearsight.training.written.entities import IDENTITIES

LABELS = {"violent_extremist", "hate", "offensive", "counter_speech", "benign"}
PAIRS = (
    ("glorification", "condemnation"),
    ("recruitment", "recruitment_analysis"),
    ("threat", "hyperbole"),
    ("slogan", "slogan_quote"),
    ("support", "negated_support"),
    ("hate", "hate_counter"),
)


def test_rows_have_the_prepared_corpus_shape() -> None:
    keys = {"id", "text", "labels", "target_group", "lang", "source", "orig_label"}
    for row in examples():
        assert set(row) == keys
        assert row["source"] == SOURCE
        assert row["target_group"] is None
        labels = row["labels"]
        assert isinstance(labels, list) and labels and set(labels) <= LABELS
        assert "benign" not in labels or labels == ["benign"]


def test_several_thousand_stance_rows_in_five_languages() -> None:
    rows = [r for r in examples() if r["orig_label"] in CATEGORIES]
    assert len(rows) >= 4000
    per_lang = Counter(r["lang"] for r in rows)
    assert set(per_lang) == {"en", "ru", "fr", "de", "ar"}
    assert min(per_lang.values()) >= 800


def test_ids_and_texts_are_unique() -> None:
    rows = list(examples())
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({r["text"] for r in rows}) == len(rows)


def test_same_seed_same_rows_and_other_seed_other_obfuscations() -> None:
    assert list(examples(3)) == list(examples(3))
    assert list(examples(3)) != list(examples(4))


def test_each_contrast_pair_has_both_sides_in_every_language() -> None:
    counts = Counter((r["lang"], r["orig_label"]) for r in examples())
    for lang in ("en", "ru", "fr", "de", "ar"):
        for harmful, contrast in PAIRS:
            assert counts[(lang, harmful)] > 0 and counts[(lang, contrast)] > 0
            assert CATEGORIES[harmful][1] != CATEGORIES[contrast][1]


def test_pairs_share_their_topic_words() -> None:
    by_cat: dict[str, set[str]] = {}
    for row in examples():
        if row["lang"] == "en":
            by_cat.setdefault(str(row["orig_label"]), set()).update(str(row["text"]).split())
    for harmful, contrast in PAIRS[:5]:
        assert "Dust" in by_cat[harmful] and "Dust" in by_cat[contrast]


def test_every_identity_term_appears_in_benign_rows() -> None:
    benign = [r for r in examples() if r["orig_label"] == "identity_neutral"]
    for lang, terms in IDENTITIES.items():
        texts = " ".join(str(r["text"]).casefold() for r in benign if r["lang"] == lang)
        for term in terms:
            assert term.casefold() in texts, (lang, term)


def test_obfuscated_copies_keep_their_labels() -> None:
    rows = {str(r["id"]): r for r in examples()}
    kinds = {"leet", "homoglyph", "spaced", "zero_width"}
    twisted = [rid for rid in rows if rid.rsplit("-", 1)[-1] in kinds]
    assert {rid.rsplit("-", 1)[-1] for rid in twisted} == kinds
    # benign rows are obfuscated too, so obfuscation alone teaches no label
    assert {"benign", "violent_extremist"} <= {rows[rid]["labels"][0] for rid in twisted}
    for rid in twisted:
        base = rows[rid.rsplit("-", 1)[0]]
        assert rows[rid]["labels"] == base["labels"]
        assert rows[rid]["text"] != base["text"]


def test_no_url_email_or_phone_number() -> None:
    for row in examples():
        assert contact_like(str(row["text"])) is None, row["id"]
