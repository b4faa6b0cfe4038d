"""The shipped confusables table: rebuilt from its source, well formed, and free of bad chains."""

from __future__ import annotations

import importlib.util
import json
import unicodedata
from pathlib import Path
from types import ModuleType

import pytest

from clearsight.normalize.fold import TABLE_PATH, base_form, fold_table

BUILDER = Path(__file__).parents[2] / "scripts" / "build_fold_table.py"


def load_builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_fold_table", BUILDER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_builder_reproduces_the_shipped_table(tmp_path: Path) -> None:
    pytest.importorskip(
        "confusable_homoglyphs",
        reason="confusable-homoglyphs==3.3.1 (a dev dependency) is needed to rebuild the table",
    )
    out = tmp_path / "fold_table.json"
    assert load_builder().main(["--out", str(out)]) == 0
    assert out.read_bytes() == TABLE_PATH.read_bytes()


def test_the_table_names_its_provenance_and_licence() -> None:
    raw = json.loads(TABLE_PATH.read_text(encoding="utf-8"))
    provenance = raw["_provenance"]
    assert "confusables.txt" in provenance
    assert "confusable-homoglyphs==3.3.1" in provenance
    assert "Unicode License" in provenance
    assert (TABLE_PATH.parent / "LICENSE-Unicode.txt").is_file()
    assert list(raw) == sorted(raw)


def test_every_entry_is_one_character_to_a_fixed_point() -> None:
    table = fold_table()
    assert len(table) > 500
    for source, target in table.items():
        assert len(source) == 1 and len(target) == 1
        assert not source.isascii()
        assert base_form(source) == source  # keys are what fold looks up
        assert target not in table  # no chains: a representative maps to itself
        assert base_form(target) == target


def test_letters_stay_letters_and_keep_their_direction() -> None:
    for source, target in fold_table().items():
        if source.isalpha():
            assert target.isalpha(), (source, target)
            rtl = unicodedata.bidirectional(source) in ("R", "AL")
            assert rtl == (unicodedata.bidirectional(target) in ("R", "AL")), (source, target)


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("а", "a"),
        ("е", "e"),
        ("о", "o"),
        ("р", "p"),
        ("с", "c"),
        ("і", "i"),
        ("ӏ", "i"),
        ("ο", "o"),
        ("α", "a"),
        ("ν", "v"),  # lower-case nu looks like v (its capital like N: casefold must not chain)
        ("ı", "i"),
        ("ǀ", "l"),
        ("ی", "ى"),  # Persian yeh
        ("ک", "ك"),  # keheh
    ],
)
def test_known_lookalikes(source: str, target: str) -> None:
    assert fold_table()[source] == target


@pytest.mark.parametrize("letter", list("бджзцчшщъыэюя") + list("سلمعحد"))
def test_letters_without_a_lookalike_are_left_alone(letter: str) -> None:
    assert letter not in fold_table()


def test_no_letter_folds_into_a_digit_or_punctuation() -> None:
    assert "з" not in fold_table()  # looks like 3, but is a letter
    assert "б" not in fold_table()  # looks like 6
    assert "ا" not in fold_table()  # Arabic alef looks like l, but is right-to-left
