"""The lexicon analyzer: obfuscation-proof matching, exact evidence spans, scoring.

All lexicons here are invented words in small YAML files, written at test time.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import yaml

from clearsight.analyze.lexicon import LexiconAnalyzer
from clearsight.analyze.lexicon_file import load_lexicon
from clearsight.config import Settings
from clearsight.normalize.fold import fold
from clearsight.testing import check_plugin
from clearsight.types import Category, ContentKind, Finding, Ideology, Item, Provenance

FICTION = [
    {"term": "snorkel the gribbets", "lang": "en", "category": "threat", "weight": 0.6,
     "note": "invented threat phrase", "ideology": "other"},
    {"term": "wibble", "lang": "en", "category": "glorification", "weight": 0.5},
    {"term": "flumph", "lang": "en", "category": "glorification", "weight": 0.4},
    {"term": "we disavow the gribbets", "lang": "en", "category": "counter_speech", "weight": 0.6},
    {"term": "квакозябры вперёд", "lang": "ru", "category": "incitement", "weight": 0.7},
    {"term": "schnörkelpöbel", "lang": "de", "category": "recruitment", "weight": 0.5},
    {"term": "zarbouille", "lang": "fr", "category": "recruitment", "weight": 0.5},
    {"term": "زنبرقوش", "lang": "ar", "category": "threat", "weight": 0.5},
]  # fmt: skip


def write_lexicon(folder: Path, name: str, entries: list[dict[str, object]]) -> Path:
    doc = {"name": name, "version": "0.1", "source": "invented for tests", "entries": entries}
    path = folder / f"{name}.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    return path


def make_item(text: str) -> Item:
    folded = fold(text)
    digest = hashlib.sha256(text.encode()).hexdigest()
    provenance = Provenance("test", "memory", 1)
    return Item(digest, ContentKind.TEXT, provenance, text, folded.key, folded.offsets)


@pytest.fixture
def analyzer(tmp_path: Path) -> LexiconAnalyzer:
    return LexiconAnalyzer([load_lexicon(write_lexicon(tmp_path, "fiction", FICTION))])


def by_category(findings: list[Finding] | tuple[Finding, ...]) -> dict[Category, Finding]:
    return {f.category: f for f in findings}


def span_texts(finding: Finding) -> list[str]:
    return [s.text for s in finding.evidence.spans]


def assert_spans_match(item: Item, finding: Finding) -> None:
    assert item.text is not None
    for span in finding.evidence.spans:
        assert item.text[span.start : span.end] == span.text


@pytest.mark.parametrize(
    ("text", "expected_span"),
    [
        ("Time to snorkel the gribbets, folks.", "snorkel the gribbets"),
        ("Time to SNORKEL   the Gribbets!", "SNORKEL   the Gribbets"),
        ("Time to snоrkеl thе gribbеts now", "snоrkеl thе gribbеts"),  # Cyrillic о, е
        ("Time to sn0rk3l the gr1bb3ts now", "sn0rk3l the gr1bb3ts"),  # leetspeak
        ("Time to sn\u200bor\u200bkel the gribbets", "sn\u200bor\u200bkel the gribbets"),
        ("Time to s n o r k e l the gribbets", "s n o r k e l the gribbets"),  # spaced out
    ],
)
def test_obfuscated_terms_match_and_spans_are_the_original_text(
    analyzer: LexiconAnalyzer, text: str, expected_span: str
) -> None:
    item = make_item(text)
    threat = by_category(list(analyzer.analyze(item)))[Category.THREAT]
    assert span_texts(threat) == [expected_span]
    assert_spans_match(item, threat)
    assert threat.score == pytest.approx(0.6)
    assert threat.ideology is Ideology.OTHER


@pytest.mark.parametrize(
    "text",
    ["the wibbleton fair", "an unwibble day", "wibbles everywhere", "flumphs and wibblers"],
)
def test_a_term_inside_a_longer_word_does_not_match(analyzer: LexiconAnalyzer, text: str) -> None:
    assert analyzer.analyze(make_item(text)) == []


def test_terms_match_at_the_edges_and_next_to_punctuation(analyzer: LexiconAnalyzer) -> None:
    item = make_item("wibble! (flumph)")
    found = by_category(list(analyzer.analyze(item)))[Category.GLORIFICATION]
    assert span_texts(found) == ["wibble", "flumph"]


@pytest.mark.parametrize(
    ("text", "category", "span"),
    [
        ("Эй, квакозябры вперёд!", Category.INCITEMENT, "квакозябры вперёд"),
        ("Alle zum Schnörkelpöbel.", Category.RECRUITMENT, "Schnörkelpöbel"),
        ("Venez à la zarbouille !", Category.RECRUITMENT, "zarbouille"),
        ("قال زنبرقوش اليوم", Category.THREAT, "زنبرقوش"),
    ],
)
def test_multilingual_terms_match(
    analyzer: LexiconAnalyzer, text: str, category: Category, span: str
) -> None:
    item = make_item(text)
    finding = by_category(list(analyzer.analyze(item)))[category]
    assert span_texts(finding) == [span]
    assert_spans_match(item, finding)


def test_one_finding_per_category_with_noisy_or_score(analyzer: LexiconAnalyzer) -> None:
    item = make_item("wibble, flumph, wibble again; we disavow the gribbets")
    found = by_category(list(analyzer.analyze(item)))
    assert set(found) == {Category.GLORIFICATION, Category.COUNTER_SPEECH}
    glorification = found[Category.GLORIFICATION]
    assert glorification.score == pytest.approx(1 - 0.5 * 0.6)  # each entry counted once
    assert span_texts(glorification) == ["wibble", "flumph", "wibble"]
    terms = glorification.evidence.details["terms"]
    assert [t["term"] for t in terms] == ["wibble", "flumph"]
    assert terms[0] == {"term": "wibble", "lang": "en", "weight": 0.5, "lexicon": "fiction",
                        "lexicon_version": "0.1", "note": ""}  # fmt: skip
    assert glorification.source_label == "lexicon@1.0"
    assert glorification.ideology is None


def test_the_same_term_in_two_lexicons_shows_both_and_counts_once(tmp_path: Path) -> None:
    first = write_lexicon(tmp_path, "first", [FICTION[1]])
    second = write_lexicon(tmp_path, "second", [FICTION[1] | {"weight": 0.7, "note": "mine"}])
    analyzer = LexiconAnalyzer([load_lexicon(first), load_lexicon(second)])
    (finding,) = analyzer.analyze(make_item("a wibble"))
    assert [t["lexicon"] for t in finding.evidence.details["terms"]] == ["first", "second"]
    assert finding.score == pytest.approx(0.7)
    assert len(finding.evidence.spans) == 1


def test_user_lexicons_from_settings_add_terms(tmp_path: Path, settings: Settings) -> None:
    extra = write_lexicon(tmp_path, "extra", [FICTION[1]])
    bare = LexiconAnalyzer.create(settings.model_copy(update={"use_starter_lexicon": False}))
    assert bare.analyze(make_item("a wibble")) == []
    more = settings.model_copy(update={"use_starter_lexicon": False, "lexicons": (extra,)})
    (finding,) = LexiconAnalyzer.create(more).analyze(make_item("a wibble"))
    assert finding.category is Category.GLORIFICATION


def test_the_user_lexicon_next_to_the_database_is_loaded(settings: Settings) -> None:
    write_lexicon(settings.user_lexicon.parent, settings.user_lexicon.stem, [FICTION[2]])
    plain = settings.model_copy(update={"use_starter_lexicon": False})
    assert LexiconAnalyzer.create(plain).analyze(make_item("flumph"))


def test_an_item_without_a_folded_key_is_folded_on_the_fly(analyzer: LexiconAnalyzer) -> None:
    item = Item("h" * 64, ContentKind.TEXT, Provenance("test", "memory", 1), "a Wibble.")
    (finding,) = analyzer.analyze(item)
    assert span_texts(finding) == ["Wibble"]


def test_empty_text_and_an_empty_lexicon_find_nothing(analyzer: LexiconAnalyzer) -> None:
    assert analyzer.analyze(make_item("")) == []
    assert LexiconAnalyzer([]).analyze(make_item("wibble")) == []


def test_the_lexicon_analyzer_honours_the_plugin_contract(tmp_path: Path) -> None:
    check_plugin(LexiconAnalyzer, tmp_path)
