"""Public contract tests for plug-ins, for Clearsight's built-ins and third parties alike.

Use from pytest::

    from clearsight.testing import check_plugin

    def test_my_plugin_honours_the_contract(tmp_path):
        check_plugin(MySource, tmp_path)

Each check builds the plug-in with test settings, runs its ``examples()`` and asserts what
the protocol promises (counts, resume, evidence spans, stable metadata).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import cast

from clearsight.config import Settings
from clearsight.pipeline.stage import (
    Analyzer,
    Normalizer,
    Plugin,
    ReadOptions,
    Source,
    SourceExample,
)
from clearsight.types import Category, ContentKind, Item, Malformed, Provenance, Record


def contract_settings(tmp_path: Path) -> Settings:
    """Settings that write only under ``tmp_path``."""
    return Settings(db=str(tmp_path / "contract.db"), key_file=tmp_path / "pseudonym.key")


def check_plugin(cls: type[Plugin], tmp_path: Path) -> None:
    """Run every check that applies to ``cls``'s kind."""
    _check_metadata(cls)
    settings = contract_settings(tmp_path)
    plugin = cls.create(settings)
    if cls.kind == "source":
        check_source(cast(Source, plugin), tmp_path)
    elif cls.kind == "normalizer":
        check_normalizer(cast(Normalizer, plugin))
    else:
        check_analyzer(cast(Analyzer, plugin), settings, tmp_path)


def _check_metadata(cls: type[Plugin]) -> None:
    assert cls.name and cls.name == cls.name.lower(), f"{cls}: name must be lower case"
    assert cls.version and cls.version[0].isdigit(), f"{cls}: version must look like 1.0"


def check_source(source: Source, tmp_path: Path) -> None:
    examples = source.examples()
    assert examples, f"{source.name}: examples() is empty"
    for n, example in enumerate(examples):
        root = tmp_path / f"{source.name}-example-{n}"
        entry = _lay_out(example, root)
        assert source.can_read(entry), f"{source.name}: cannot read its own example {n}"
        units = list(source.units(entry))
        assert units, f"{source.name}: example {n} has no units to read"
        got = [r for unit in units for r in source.read(unit, ReadOptions())]
        records = [r for r in got if isinstance(r, Record)]
        malformed = [r for r in got if isinstance(r, Malformed)]
        assert len(records) == example.records, f"{source.name} example {n}: records"
        assert len(malformed) == example.malformed, f"{source.name} example {n}: malformed"
        for unit in units:
            in_unit = [r for r in got if r.provenance.path == str(unit)]
            _check_positions(source.name, in_unit)
            _check_resume(source, unit, in_unit)
        for bad in malformed:
            assert bad.reason, f"{source.name}: a malformed record without a reason"


def _lay_out(example: SourceExample, root: Path) -> Path:
    root.mkdir(parents=True)
    for rel, data in example.files.items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return root / example.entry


def _check_positions(name: str, got: list[Record | Malformed]) -> None:
    positions = [r.provenance.position for r in got]
    assert positions == sorted(set(positions)), f"{name}: positions must increase strictly"
    assert all(p >= 1 for p in positions), f"{name}: positions start at 1"
    assert all(r.provenance.source == name for r in got), f"{name}: provenance.source"


def _check_resume(source: Source, entry: Path, got: list[Record | Malformed]) -> None:
    if len(got) < 2:
        return
    cut = got[len(got) // 2 - 1].provenance.position
    rest = list(source.read(entry, ReadOptions(start_after=cut)))
    expected = [r for r in got if r.provenance.position > cut]
    assert rest == expected, f"{source.name}: resuming after position {cut} differs"


def check_normalizer(normalizer: Normalizer) -> None:
    examples = normalizer.examples()
    assert examples, f"{normalizer.name}: examples() is empty"
    for record in examples:
        item = normalizer.normalize(record)
        again = normalizer.normalize(record)
        assert item == again, f"{normalizer.name}: normalisation is not deterministic"
        assert item.provenance == record.provenance
        if item.text is not None:
            assert len(item.fold_map) == len(item.folded)
            assert all(0 <= i < max(len(item.text), 1) for i in item.fold_map)
        if record.author is not None:
            assert item.author != record.author, f"{normalizer.name}: author not pseudonymised"


def check_analyzer(analyzer: Analyzer, settings: Settings, tmp_path: Path) -> None:
    from clearsight.normalize.standard import StandardNormalizer

    examples = analyzer.examples()
    assert examples, f"{analyzer.name}: examples() is empty"
    assert analyzer.content_kinds, f"{analyzer.name}: content_kinds is empty"
    normalizer = StandardNormalizer.create(settings)
    for n, example in enumerate(examples):
        record = Record(Provenance(analyzer.name, f"example-{n}", n + 1), example.text)
        item = normalizer.normalize(record)
        findings = analyzer.analyze(item)
        got = {f.category for f in findings}
        assert example.expect <= got, f"{analyzer.name} example {n}: {example.expect} ⊄ {got}"
        for finding in findings:
            _check_finding(analyzer, item, finding)


def _check_finding(analyzer: Analyzer, item: Item, finding: object) -> None:
    from clearsight.types import Finding

    assert isinstance(finding, Finding)
    assert finding.analyzer == analyzer.name and finding.version == analyzer.version
    assert 0.0 <= finding.score <= 1.0, f"{analyzer.name}: score outside [0, 1]"
    assert isinstance(finding.category, Category)
    assert finding.evidence.spans or finding.evidence.details, f"{analyzer.name}: no evidence"
    if item.kind is ContentKind.TEXT and item.text is not None:
        for span in finding.evidence.spans:
            assert item.text[span.start : span.end] == span.text, "span does not match text"
    dataclasses.asdict(finding)  # evidence must be plain data
