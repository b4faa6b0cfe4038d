"""Lexicon YAML files: strict validation, loading, and appending user entries.

Every lexicon here is made up (invented words) except the one test that the shipped starter
list validates.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from clearsight.analyze.lexicon_file import (
    LexiconEntry,
    add_entry,
    list_entries,
    load_lexicon,
    starter_lexicon_path,
)
from clearsight.errors import LexiconError
from clearsight.types import Category, Ideology

GOOD_ENTRY = {"term": "blorp the wibble", "lang": "en", "category": "threat", "weight": 0.5}


def write(tmp_path: Path, entries: object, **header: object) -> Path:
    doc = {"name": "fiction", "version": "1", "source": "made up for a test", **header}
    doc["entries"] = entries
    path = tmp_path / "fiction.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    return path


def test_a_valid_file_loads_with_its_header_and_entries(tmp_path: Path) -> None:
    extra = {"term": "zorblat", "lang": "de", "category": "counter_speech", "weight": 1,
             "note": "invented", "source": "test", "ideology": "other"}  # fmt: skip
    lexicon = load_lexicon(write(tmp_path, [GOOD_ENTRY, extra], version=2.5))
    assert (lexicon.name, lexicon.version) == ("fiction", "2.5")
    first, second = lexicon.entries
    assert first.category is Category.THREAT and first.ideology is None
    assert second.category is Category.COUNTER_SPEECH and second.ideology is Ideology.OTHER
    assert list_entries(Path(lexicon.path)) == lexicon.entries


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"weight": 0}, "weight"),
        ({"weight": 1.5}, "weight"),
        ({"weight": "high"}, "weight"),
        ({"category": "spooky"}, "category"),
        ({"lang": "English"}, "lang"),
        ({"term": "   "}, "term"),
        ({"ideology": "purple"}, "ideology"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_a_bad_entry_is_named_by_file_index_and_field(
    tmp_path: Path, change: dict[str, object], field: str
) -> None:
    path = write(tmp_path, [GOOD_ENTRY, GOOD_ENTRY | {"term": "other"} | change])
    with pytest.raises(LexiconError) as info:
        load_lexicon(path)
    message = str(info.value)
    assert str(path) in message and "entry 1" in message and f"{field}:" in message


def test_a_missing_entry_field_is_named(tmp_path: Path) -> None:
    entry = {k: v for k, v in GOOD_ENTRY.items() if k != "category"}
    with pytest.raises(LexiconError, match=r"entry 0: category: Field required"):
        load_lexicon(write(tmp_path, [entry]))


def test_error_messages_do_not_repeat_the_term(tmp_path: Path) -> None:
    with pytest.raises(LexiconError) as info:
        load_lexicon(write(tmp_path, [GOOD_ENTRY | {"weight": 7}]))
    assert "blorp" not in str(info.value)


@pytest.mark.parametrize(
    ("header", "entries", "expected"),
    [
        ({"name": ""}, [GOOD_ENTRY], "name:"),
        ({"source": None}, [GOOD_ENTRY], "source:"),
        ({"surprise": 1}, [GOOD_ENTRY], "surprise:"),
        ({}, "not a list", "entries:"),
        ({}, [GOOD_ENTRY, "just a string"], "entry 1:"),
    ],
)
def test_a_bad_document_is_named(
    tmp_path: Path, header: dict[str, object], entries: object, expected: str
) -> None:
    with pytest.raises(LexiconError, match=expected):
        load_lexicon(write(tmp_path, entries, **header))


def test_duplicate_terms_in_one_file_are_refused(tmp_path: Path) -> None:
    twin = GOOD_ENTRY | {"term": "BLORP  the wibble", "weight": 0.9}
    with pytest.raises(LexiconError, match=r"entry 1: term: duplicates entry 0"):
        load_lexicon(write(tmp_path, [GOOD_ENTRY, twin]))


def test_same_term_in_another_language_is_not_a_duplicate(tmp_path: Path) -> None:
    lexicon = load_lexicon(write(tmp_path, [GOOD_ENTRY, GOOD_ENTRY | {"lang": "fr"}]))
    assert len(lexicon.entries) == 2


def test_unreadable_files_raise_lexicon_errors(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="not found"):
        load_lexicon(tmp_path / "absent.yaml")
    broken = tmp_path / "broken.yaml"
    broken.write_text("name: [unclosed\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"broken.yaml: not valid YAML at line"):
        load_lexicon(broken)
    scalar = tmp_path / "scalar.yaml"
    scalar.write_text("just words\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="must be a mapping"):
        load_lexicon(scalar)


def test_add_entry_creates_the_file_then_appends(tmp_path: Path) -> None:
    path = tmp_path / "user" / "mine.yaml"
    add_entry(
        path, LexiconEntry(term="snorkwobble", lang="en", category=Category.THREAT, weight=0.4)
    )
    updated = add_entry(
        path, {"term": "квакозябра", "lang": "ru", "category": "hate", "weight": 0.3}
    )
    assert [e.term for e in updated.entries] == ["snorkwobble", "квакозябра"]
    reloaded = load_lexicon(path)
    assert reloaded.entries == updated.entries and reloaded.name == "mine"
    assert "квакозябра" in path.read_text(encoding="utf-8")  # written as UTF-8, not escaped


def test_add_entry_refuses_a_duplicate_term_and_language(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    add_entry(path, GOOD_ENTRY)
    before = path.read_bytes()
    with pytest.raises(LexiconError, match="already holds"):
        add_entry(path, GOOD_ENTRY | {"term": "Blorp The Wibble", "weight": 0.9})
    assert path.read_bytes() == before
    add_entry(path, GOOD_ENTRY | {"lang": "fr"})  # another language is another entry
    assert len(list_entries(path)) == 2


def test_add_entry_validates_a_plain_mapping(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    with pytest.raises(LexiconError, match=r"new entry: weight:"):
        add_entry(path, GOOD_ENTRY | {"weight": 2})
    assert not path.exists()


def test_the_starter_lexicon_loads_and_validates() -> None:
    lexicon = load_lexicon(starter_lexicon_path())
    assert 60 <= len(lexicon.entries) <= 120
    assert {e.lang for e in lexicon.entries} == {"en", "ru", "fr", "de", "ar"}
    categories = {e.category for e in lexicon.entries}
    assert {Category.COUNTER_SPEECH, Category.NEWS_REPORTING, Category.THREAT} <= categories
    assert all(0.3 <= e.weight <= 0.8 for e in lexicon.entries)
