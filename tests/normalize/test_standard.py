"""The standard normalizer: the plug-in contract, pseudonyms before storage, hashes, kinds."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from clearsight.config import Settings
from clearsight.normalize.standard import StandardNormalizer, content_hash
from clearsight.testing import check_plugin
from clearsight.types import ContentKind, MediaRef, Provenance, Record

PHOTO = MediaRef("a.png", "ab" * 32, "cd" * 16, "image/png", 10)
SKETCH = MediaRef("b.png", "ef" * 32, "12" * 16, "image/png", 10)


@pytest.fixture(scope="module")
def normalizer(tmp_path_factory: pytest.TempPathFactory) -> StandardNormalizer:
    root = tmp_path_factory.mktemp("standard")
    return StandardNormalizer.create(Settings(db=str(root / "t.db"), key_file=root / "k.key"))


def record(text: str | None, source: str = "jsonl", **fields: Any) -> Record:
    return Record(Provenance(source, f"{source}.file", 1), text, **fields)


def test_the_plugin_contract(tmp_path: Path) -> None:
    check_plugin(StandardNormalizer, tmp_path)


def test_create_makes_a_missing_key_and_keeps_an_existing_one(settings: Settings) -> None:
    assert not settings.key_file.exists()
    first = StandardNormalizer.create(settings).normalize(record("x", author="ana"))
    kept = settings.key_file.read_bytes()
    second = StandardNormalizer.create(settings).normalize(record("x", author="ana"))
    assert settings.key_file.read_bytes() == kept
    assert first.author == second.author


def test_identifiers_are_pseudonymised_everywhere(normalizer: StandardNormalizer) -> None:
    raw = record(
        "Mail ana.k@exa\u200bmple.org or call +44 20 7946 0958, ping @green_team",
        author="@RiverWatch",
        title="From ana.k@example.org",
        metadata={"reply_to": "ana.k@example.org", "lang_hint": "en"},
    )
    item = normalizer.normalize(raw)
    stored = " ".join([item.text or "", item.title or "", *item.metadata.values()])
    for secret in ("ana.k", "example.org", "7946", "green_team", "RiverWatch"):
        assert secret not in stored
    assert item.author is not None and item.author.startswith("anon:")
    assert item.metadata["lang_hint"] == "en"
    assert item.text is not None and "<email:" in item.text and "<phone:" in item.text


def test_stored_text_is_clean_and_the_key_maps_back(normalizer: StandardNormalizer) -> None:
    item = normalizer.normalize(record("Fr\u200bee c00kies for v o l u n t e e r s!"))
    assert item.text == "Free c00kies for v o l u n t e e r s!"
    assert item.folded == "free cookies for voiunteers"
    start = item.folded.index("cookies")
    end = start + len("cookies")
    assert item.text[item.fold_map[start] : item.fold_map[end - 1] + 1] == "c00kies"


def test_kind_follows_text_and_media(normalizer: StandardNormalizer) -> None:
    assert normalizer.normalize(record("a caption", media=(PHOTO,))).kind is ContentKind.TEXT
    assert normalizer.normalize(record(None, media=(PHOTO,))).kind is ContentKind.IMAGE
    assert normalizer.normalize(record(" \u200b ", media=(PHOTO,))).kind is ContentKind.IMAGE
    assert normalizer.normalize(record("just words")).kind is ContentKind.TEXT
    image = normalizer.normalize(record(None, media=(PHOTO,)))
    assert (image.text, image.folded, image.fold_map, image.lang) == (None, "", (), None)


def test_same_content_from_different_sources_shares_a_hash(
    normalizer: StandardNormalizer,
) -> None:
    a = normalizer.normalize(record("Garden day at noon\r\n", "csv", author="x", url="u1"))
    b = normalizer.normalize(record("Garden day at noon\n", "jsonl", author="y", url="u2"))
    c = normalizer.normalize(record("Garden day at one", "jsonl"))
    assert a.content_hash == b.content_hash != c.content_hash
    assert len(a.content_hash) == 64 and a.id == a.content_hash[:16]


def test_media_digests_count_but_not_their_order(normalizer: StandardNormalizer) -> None:
    both = normalizer.normalize(record("pics", media=(PHOTO, SKETCH))).content_hash
    swapped = normalizer.normalize(record("pics", media=(SKETCH, PHOTO))).content_hash
    one = normalizer.normalize(record("pics", media=(PHOTO,))).content_hash
    assert both == swapped != one
    assert content_hash(None, ()) == content_hash("", ())


def test_the_hash_is_taken_after_pseudonymisation(
    normalizer: StandardNormalizer, settings: Settings
) -> None:
    text = "Call +44 20 7946 0958"
    item = normalizer.normalize(record(text))
    assert item.content_hash != content_hash(text, ())
    assert item.content_hash == content_hash(item.text, ())
    other_key = StandardNormalizer.create(settings).normalize(record(text))
    assert other_key.content_hash != item.content_hash


def test_language_is_identified(normalizer: StandardNormalizer) -> None:
    by_n = {r.provenance.position: normalizer.normalize(r) for r in normalizer.examples()}
    assert by_n[3].lang == "ru"
    assert by_n[4].lang == "fr"
    assert by_n[1].lang == "en"
    assert by_n[5].lang is None and by_n[5].lang_score is None


def test_examples_are_varied(normalizer: StandardNormalizer) -> None:
    examples = normalizer.examples()
    texts = " ".join(r.text or "" for r in examples)
    assert "@" in texts and any(r.media for r in examples)
    assert all(r.author for r in examples)
    assert re.search("[a-z][аео]|[аео][a-z]", texts)  # Cyrillic lookalikes in a Latin word
