"""The demo corpus: deterministic, parseable, fictional, bounded, with declared malformed lines."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import pytest
from PIL import Image

from clearsight.demo.corpus import DemoCorpus, generate

MAX_BYTES = 2_000_000
MAX_LINE = 2048


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> DemoCorpus:
    return generate(tmp_path_factory.mktemp("demo"), seed=7)


def files(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def read_posts(corpus: DemoCorpus) -> tuple[list[dict[str, Any]], int]:
    good, bad = [], 0
    for raw in (corpus.root / "posts.jsonl").read_bytes().splitlines():
        try:
            post = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            bad += 1
            continue
        if isinstance(post.get("text"), str):
            good.append(post)
        else:
            bad += 1
    return good, bad


def test_the_same_seed_gives_the_same_bytes(tmp_path: Path, corpus: DemoCorpus) -> None:
    again = generate(tmp_path / "again", seed=7)
    assert files(again.root) == files(corpus.root)
    other = generate(tmp_path / "other", seed=8)
    assert files(other.root)["posts.jsonl"] != files(corpus.root)["posts.jsonl"]


def test_posts_parse_except_the_declared_malformed_lines(corpus: DemoCorpus) -> None:
    good, bad = read_posts(corpus)
    lines = (corpus.root / "posts.jsonl").read_bytes().splitlines()
    assert len(lines) == 400
    assert bad == corpus.malformed == 3
    assert len(good) == corpus.records["posts.jsonl"] == 397
    assert all(len(line) <= MAX_LINE for line in lines)
    assert len({p["id"] for p in good}) == len(good)


def test_posts_mix_languages_kinds_obfuscation_duplicates_and_identifiers(
    corpus: DemoCorpus,
) -> None:
    good, _ = read_posts(corpus)
    texts = [p["text"] for p in good]
    assert {p["lang"] for p in good} == {"en", "ru", "fr", "de", "ar"}
    assert len(set(texts)) < len(texts)  # re-posts
    for kind in ("neutral", "news", "counter", "glorify", "threat", "recruit", "duplicate"):
        assert corpus.kinds[kind] > 0, kind
    for trick in ("homoglyph", "leet", "zero_width", "spaced"):
        assert corpus.kinds[f"obfuscated_{trick}"] > 0, trick
    assert any("\u200b" in t for t in texts) and any("о" in t and "Glory" in t for t in texts)
    assert any("@example.org" in t for t in texts) and any("+1-555-01" in t for t in texts)
    assert all(p["author"].startswith("@") for p in good)


def test_the_feed_is_rss_2(corpus: DemoCorpus) -> None:
    root = ET.parse(corpus.root / "feed.xml").getroot()
    assert root.tag == "rss" and root.get("version") == "2.0"
    items = root.findall("./channel/item")
    assert len(items) == corpus.records["feed.xml"] == 10
    assert all(i.findtext("title") and i.findtext("pubDate") for i in items)
    assert sum("attack" in (i.findtext("title") or "") for i in items) >= 3


def test_the_telegram_export_has_the_desktop_shape(corpus: DemoCorpus) -> None:
    export = json.loads((corpus.root / "telegram/result.json").read_text(encoding="utf-8"))
    assert export["type"] == "public_channel" and {"name", "id"} <= export.keys()
    messages = [m for m in export["messages"] if m["type"] == "message"]
    assert len(messages) == corpus.records["telegram/result.json"]
    assert [m["type"] for m in export["messages"]].count("service") == 1
    assert 25 <= len(export["messages"]) <= 35
    assert any(isinstance(m["text"], list) for m in messages)
    assert any(isinstance(m["text"], str) for m in messages)
    for m in messages:
        assert {"id", "date", "date_unixtime", "from", "from_id", "text_entities"} <= m.keys()
        assert _flat(m["text"]) == "".join(e["text"] for e in m["text_entities"])
    photos = [m["photo"] for m in messages if "photo" in m]
    assert photos
    for rel in photos:
        with Image.open(corpus.root / "telegram" / rel) as image:
            image.verify()


def _flat(text: str | list[Any]) -> str:
    if isinstance(text, str):
        return text
    return "".join(part if isinstance(part, str) else part["text"] for part in text)


def test_images_open_with_pillow(corpus: DemoCorpus) -> None:
    images = sorted((corpus.root / "images").iterdir())
    assert 5 <= len(images) == corpus.records["images"] <= 8
    formats = set()
    for path in images:
        with Image.open(path) as image:
            formats.add(image.format)
            assert image.width <= 400 and image.height <= 400
    assert formats == {"PNG", "JPEG"}


def test_the_corpus_is_small_and_paths_exist(corpus: DemoCorpus) -> None:
    assert sum(len(b) for b in files(corpus.root).values()) < MAX_BYTES
    assert all(p.exists() for p in corpus.paths)
    assert corpus.total_records == sum(corpus.records.values())


def test_everything_named_is_fictional(corpus: DemoCorpus) -> None:
    text = (corpus.root / "posts.jsonl").read_bytes().decode("utf-8", errors="replace")
    assert "Quillhaven" in text
    emails = [w for w in text.split() if "@" in w and "." in w.split("@")[-1]]
    assert emails and all(w.rstrip(".,").endswith("@example.org") for w in emails)


def test_a_tiny_size_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="at least"):
        generate(tmp_path, size=3)
    small = generate(tmp_path / "small", size=20)
    assert small.records["posts.jsonl"] == 17


def test_the_registered_sources_read_the_declared_counts(corpus: DemoCorpus) -> None:
    from clearsight.pipeline.registry import default_registry, pick_sources
    from clearsight.pipeline.stage import ReadOptions
    from clearsight.testing import contract_settings
    from clearsight.types import Malformed

    settings = contract_settings(corpus.root)
    registry = default_registry(plugins=False)
    malformed = 0
    for rel, expected in corpus.records.items():
        (source,) = pick_sources(registry, corpus.root / rel, settings)
        got = list(source.read(corpus.root / rel, ReadOptions()))
        bad = sum(isinstance(g, Malformed) for g in got)
        assert len(got) - bad == expected, rel
        malformed += bad
    assert malformed == corpus.malformed
