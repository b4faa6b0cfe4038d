"""The scan runner end to end on generated files: counts add up, resume, context, errors."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar, Self

import pytest
from PIL import Image

from clearsight.config import Settings
from clearsight.errors import PluginError
from clearsight.pipeline.registry import default_registry
from clearsight.pipeline.run import Scanner
from clearsight.pipeline.stage import AnalyzerExample
from clearsight.storage.sql.store import SqlStore
from clearsight.types import Category, ContentKind, Finding, Item

LEXICON = """\
name: fictional
version: "1"
source: written for this test
entries:
  - {term: zorblax the weak, lang: en, category: threat, weight: 0.8}
  - {term: praise the glorbs, lang: en, category: glorification, weight: 0.7}
  - {term: we condemn, lang: en, category: counter_speech, weight: 0.8}
"""


@pytest.fixture
def scan_settings(tmp_path: Path) -> Settings:
    lexicon = tmp_path / "fictional.yaml"
    lexicon.write_text(LEXICON, encoding="utf-8")
    return Settings(
        db=str(tmp_path / "scan.db"),
        key_file=tmp_path / "k.key",
        lexicons=(lexicon,),
        use_starter_lexicon=False,
        batch_size=3,
    )


def write_jsonl(path: Path, texts: Sequence[str | None], *, broken: Sequence[int] = ()) -> None:
    lines = []
    for n, text in enumerate(texts, 1):
        lines.append(b'{"id": ' if n in broken else json.dumps({"id": n, "text": text}).encode())
    path.write_bytes(b"\n".join(lines) + b"\n")


def run(settings: Settings) -> tuple[Scanner, SqlStore]:
    store = SqlStore.open(settings.db_url)
    scanner = Scanner(settings, store)
    return scanner, store


def test_counts_reconcile_and_malformed_lines_are_quarantined(
    scan_settings: Settings, tmp_path: Path
) -> None:
    posts = tmp_path / "posts.jsonl"
    texts = ["hello there", "hello there", "zorblax the weak shall fall", None, "x", "ok fine"]
    write_jsonl(posts, texts, broken=[5])
    scanner, _store = run(scan_settings)
    report = scanner.scan([posts])
    (only,) = report.sources
    assert (only.read, only.stored, only.duplicates, only.quarantined) == (6, 3, 1, 2)
    assert only.reconciles
    rows = [json.loads(x) for x in scan_settings.quarantine_path.read_text().splitlines()]
    assert sorted((r["line"], r["reason"]) for r in rows) == [(4, "missing_text"), (5, "bad_json")]


def test_a_second_scan_resumes_and_reads_only_appended_records(
    scan_settings: Settings, tmp_path: Path
) -> None:
    posts = tmp_path / "posts.jsonl"
    write_jsonl(posts, ["one a", "two b", "three c", "four d"])
    scanner, store = run(scan_settings)
    scanner.scan([posts])
    again = scanner.scan([posts]).sources[0]
    assert (again.resumed_after, again.read) == (4, 0)
    with posts.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": 5, "text": "five e"}) + "\n")
    later = scanner.scan([posts]).sources[0]
    assert (later.resumed_after, later.read, later.stored) == (4, 1, 1)
    assert store.counts()["sightings"] == 5


def test_condemnation_is_not_prioritised_like_glorification(
    scan_settings: Settings, tmp_path: Path
) -> None:
    posts = tmp_path / "posts.jsonl"
    glorifying = "praise the glorbs, zorblax the weak"
    condemning = "we condemn those who say praise the glorbs or zorblax the weak"
    write_jsonl(posts, [glorifying, condemning])
    scanner, store = run(scan_settings)
    scanner.scan([posts])
    cases = store.cases(limit=10, status=None)
    by_text = {store.item(c.item_hash).text: c.priority for c in cases}
    assert glorifying in by_text
    assert by_text.get(condemning, 0.0) < by_text[glorifying]


def test_obfuscated_text_is_found_and_evidence_points_into_stored_text(
    scan_settings: Settings, tmp_path: Path
) -> None:
    posts = tmp_path / "posts.jsonl"
    obfuscated = "z0rbl4x  th\u200be  w\u0435ak!!"  # leet, zero-width, Cyrillic е
    write_jsonl(posts, [obfuscated])
    scanner, store = run(scan_settings)
    scanner.scan([posts])
    (case,) = store.cases(limit=5)
    view = store.item(case.item_hash)
    span = view.findings[0].evidence["spans"][0]
    assert view.text is not None
    assert view.text[span["start"] : span["end"]] == span["text"]
    assert span["text"].startswith("z0rbl4x")


def test_a_folder_goes_to_every_source_that_reads_it(
    scan_settings: Settings, tmp_path: Path
) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "note.txt").write_text("a plain note", encoding="utf-8")
    Image.new("RGB", (8, 8), (10, 200, 30)).save(folder / "pic.png")
    scanner, store = run(scan_settings)
    report = scanner.scan([folder])
    assert sorted(s.source for s in report.sources) == ["images", "textdir"]
    assert store.counts()["items"] == 2


class ExplodingAnalyzer:
    name: ClassVar[str] = "exploding"
    version: ClassVar[str] = "0.0"
    kind: ClassVar[str] = "analyzer"
    content_kinds: ClassVar[frozenset[ContentKind]] = frozenset({ContentKind.TEXT})

    @classmethod
    def create(cls, settings: Settings) -> Self:
        return cls()

    def analyze(self, item: Item) -> Sequence[Finding]:
        raise ValueError("boom")

    def examples(self) -> Sequence[AnalyzerExample]:
        return [AnalyzerExample("x", frozenset({Category.OFFENSIVE}))]


def test_a_failing_analyzer_is_named_with_the_item_and_place(
    scan_settings: Settings, tmp_path: Path
) -> None:
    posts = tmp_path / "posts.jsonl"
    write_jsonl(posts, ["some text"])
    registry = default_registry(plugins=False)
    registry.register(ExplodingAnalyzer)  # type: ignore[arg-type]
    store = SqlStore.open(scan_settings.db_url)
    scanner = Scanner(scan_settings, store, registry)
    with pytest.raises(PluginError, match=r"exploding@0.0 failed on item [0-9a-f]{16} .*line 1"):
        scanner.scan([posts])


def test_unknown_analyzer_names_are_refused(scan_settings: Settings) -> None:
    settings = scan_settings.model_copy(update={"analyzers": ("nope",)})
    with pytest.raises(PluginError, match="unknown analyzer"):
        Scanner(settings, SqlStore.open(settings.db_url))


def test_scan_logs_carry_ids_and_counts_never_content(
    scan_settings: Settings, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    posts = tmp_path / "posts.jsonl"
    texts = ["praise the glorbs at the Mossbridge fair", "zorblax the weak, said Ulvina Quist"]
    write_jsonl(posts, [*texts, None, "x"], broken=[4])
    scanner, store = run(scan_settings)
    with caplog.at_level(logging.DEBUG):
        scanner.scan([posts])
    logged = "\n".join(r.getMessage() for r in caplog.records)
    (case, *_) = store.cases(limit=5)
    assert case.item_hash[:16] in logged and "quarantined" in logged and "read=4" in logged
    for word in ("glorbs", "Mossbridge", "zorblax", "Ulvina", "Quist"):
        assert word not in logged
