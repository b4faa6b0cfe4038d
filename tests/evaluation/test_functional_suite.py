"""The TVEC functional suite: coverage, gold labels, determinism, export and safe text."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from clearsight.evaluation.functional import (
    FUNCTIONALITIES,
    LABELS,
    LANGS,
    case_row,
    cases,
    write_jsonl,
)
from clearsight.evaluation.functional.fillers import GROUPS
from clearsight.evaluation.functional.safety import contact_like
from clearsight.evaluation.functional.spec import BY_NAME, IDEOLOGIES
from clearsight.evaluation.functional.suite import TEMPLATES


def test_at_least_25_functionalities_each_in_five_languages_with_six_cases() -> None:
    per_cell = Counter((c.functionality, c.lang) for c in cases())
    assert len(FUNCTIONALITIES) >= 25
    for func in FUNCTIONALITIES:
        for lang in ("en", "ru", "fr", "de", "ar"):
            assert per_cell[(func.name, lang)] >= 6, (func.name, lang)


def test_every_template_language_defines_every_plain_functionality() -> None:
    plain = {f.name for f in FUNCTIONALITIES if not f.base}
    for lang in LANGS:
        assert set(TEMPLATES[lang]) == plain, lang


def test_ideologies_are_covered_and_valid() -> None:
    seen = {c.ideology for c in cases()}
    assert seen <= set(IDEOLOGIES)
    assert {"jihadist", "violent_far_right", "violent_far_left", "ethno_separatist"} <= seen
    for func in FUNCTIONALITIES:
        if func.kind == "group":
            assert {c.ideology for c in cases() if c.functionality == func.name} == {
                g.ideology for g in GROUPS
            }


def test_every_case_has_exactly_its_functionalitys_labels() -> None:
    for case in cases():
        func = BY_NAME[case.functionality]
        assert set(case.labels) == set(LABELS)
        assert {k for k, v in case.labels.items() if v == 1} == func.positive
        assert set(case.labels.values()) <= {0, 1}
        assert case.prioritise == bool(func.positive & {"violent_extremist", "hate"})


def test_positive_and_contrast_functionalities_both_present() -> None:
    positives = {f.name for f in FUNCTIONALITIES if f.prioritise}
    contrasts = {f.name for f in FUNCTIONALITIES if not f.prioritise}
    assert {"glorify_attack", "recruit_call", "explicit_threat", "group_slogan"} <= positives
    assert {"condemn_attack", "report_on_recruitment", "hyperbole_threat"} <= contrasts
    assert {"slogan_quoted_academic", "negated_support", "identity_neutral"} <= contrasts


def test_ids_and_texts_are_unique() -> None:
    all_cases = cases()
    assert len({c.id for c in all_cases}) == len(all_cases)
    assert len({c.text for c in all_cases}) == len(all_cases)


def test_placeholders_are_all_filled() -> None:
    assert not [c.id for c in cases() if re.search(r"\{[a-z]\}", c.text)]


def test_obfuscated_cases_differ_from_their_plain_text() -> None:
    plain = {c.text for c in cases() if not BY_NAME[c.functionality].base}
    for case in cases():
        if BY_NAME[case.functionality].base:
            assert case.text not in plain, case.id


def test_cases_are_deterministic(tmp_path: Path) -> None:
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    write_jsonl(first)
    cases.cache_clear()
    write_jsonl(second)
    assert first.read_bytes() == second.read_bytes()


def test_write_jsonl_round_trips_the_cases(tmp_path: Path) -> None:
    path = tmp_path / "suite.jsonl"
    count = write_jsonl(path)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert count == len(rows) == len(cases())
    assert rows[0] == case_row(cases()[0])
    keys = {"id", "text", "labels", "functionality", "lang", "ideology", "prioritise"}
    assert all(set(r) == keys for r in rows)
    benign = [r for r in rows if r["functionality"] == "identity_neutral"]
    assert benign and all(r["labels"] == [] for r in benign)


def test_no_url_email_or_phone_number_in_any_case() -> None:
    for case in cases():
        assert contact_like(case.text) is None, case.id
