"""The written hate-functionality rows: every language has every category, hateful and
non-hateful rows share their identity terms, and ids keep a frame's fillings together."""

from __future__ import annotations

from collections import Counter

from clearsight.training.data import group_key, row_from_json
from clearsight.training.written import SOURCE, examples
from clearsight.training.written.hate import CATEGORIES, LANGS
from clearsight.training.written.hate.build import language

MIN_FRAMES = 6
HATEFUL = [c for c, (_, labels) in CATEGORIES.items() if "hate" in labels]
CONTRASTS = ("negated_hate", "identity_positive", "quoted_hate_counter", "hate_report")


def _hate_rows() -> list[dict[str, object]]:
    return [dict(r) for r in examples() if ":hate-" in r["id"]]


def test_every_language_has_every_category_with_enough_frames() -> None:
    for lang in LANGS:
        frames = language(lang).frames
        assert set(frames) == set(CATEGORIES), lang
        for category, written in frames.items():
            assert len(set(written)) >= MIN_FRAMES, (lang, category, len(written))


def test_frames_use_only_the_placeholders_their_filler_gives() -> None:
    allowed = {"identity": "it", "nonprotected": "nt", "person": "pt", "none": "t"}
    for lang in LANGS:
        for category, written in language(lang).frames.items():
            kind = CATEGORIES[category][0]
            for frame in written:
                used = {name for name in "intp" if "{" + name + "}" in frame}
                assert used <= set(allowed[kind]), (lang, category, frame)
                if kind != "none":
                    assert kind[0] in used or "p" in used, (lang, category, frame)


def test_languages_fill_21_identities_six_towns_and_ten_other_groups() -> None:
    for lang in LANGS:
        spec = language(lang)
        assert len(set(spec.identities)) == 21, lang
        assert len(set(spec.towns)) == 6 and len(set(spec.people)) == 6, lang
        assert len(set(spec.nonprotected)) >= 10, lang


def test_rows_per_language_and_labels_balance() -> None:
    rows = _hate_rows()
    per_lang = Counter(str(r["lang"]) for r in rows)
    assert set(per_lang) == set(LANGS)
    assert min(per_lang.values()) >= 1000
    labels = Counter(str(r["labels"][0]) for r in rows)  # type: ignore[index]
    # the non-hateful look-alikes outnumber the hateful rows
    assert labels["benign"] + labels["counter_speech"] + labels["offensive"] > labels["hate"]


def test_identity_terms_appear_in_hateful_and_in_non_hateful_rows() -> None:
    rows = _hate_rows()
    for lang in LANGS:
        mine = [r for r in rows if r["lang"] == lang]
        hateful = " ".join(str(r["text"]) for r in mine if r["orig_label"] in HATEFUL).casefold()
        benign = " ".join(str(r["text"]) for r in mine if r["orig_label"] in CONTRASTS).casefold()
        for term in language(lang).identities:
            assert term.casefold() in hateful and term.casefold() in benign, (lang, term)


def test_a_frame_and_its_translations_share_one_split_group() -> None:
    """Frames were written in parallel across languages: frame ``fNN`` of a category is one
    group in every language, so validation never sees a translation of a training frame."""
    plain = [r for r in examples() if str(r["id"]).rsplit("-", 1)[-1].isdigit()]
    by_frame: dict[str, set[str]] = {}
    for row in map(row_from_json, plain):
        frame = row.id.split(":", 1)[1].rsplit("-", 1)[0]  # drop the fill number
        frame = frame.split("-", 2)[2] if frame.startswith("hate-") else frame.split("-", 1)[1]
        by_frame.setdefault(f"{':hate-' in row.id}|{frame}", set()).add(group_key(row))
    assert len(by_frame) > 400 and all(len(keys) == 1 for keys in by_frame.values())
    assert len({k for keys in by_frame.values() for k in keys}) == len(by_frame)
    assert all(row.dataset == SOURCE for row in map(row_from_json, plain[:50]))
