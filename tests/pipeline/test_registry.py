"""The registry: built-ins load through it, duplicates fail loudly, bad plug-ins are refused."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from importlib.metadata import EntryPoint
from pathlib import Path
from typing import ClassVar, Self

import pytest

from clearsight.config import Settings
from clearsight.errors import DuplicatePluginError, InputError, MissingExtraError, PluginError
from clearsight.pipeline import registry as registry_module
from clearsight.pipeline.registry import (
    MANIFEST,
    Registry,
    default_registry,
    load_spec,
    pick_sources,
)
from clearsight.pipeline.stage import PluginKind, ReadOptions, SourceExample
from clearsight.testing import check_plugin
from clearsight.types import Malformed, Provenance, Record


class FictionalSource:
    """A third-party-style source reading .fict files: one record per line."""

    name: ClassVar[str] = "fictional"
    version: ClassVar[str] = "0.1"
    kind: ClassVar[PluginKind] = "source"

    @classmethod
    def create(cls, settings: Settings) -> Self:
        return cls()

    def can_read(self, path: Path) -> bool:
        return path.suffix == ".fict"

    def units(self, path: Path) -> Iterator[Path]:
        yield path

    def read(self, path: Path, options: ReadOptions) -> Iterator[Record | Malformed]:
        lines = path.read_text(encoding="utf-8").splitlines()
        for n, line in enumerate(lines, 1):
            if n > options.start_after:
                yield Record(Provenance(self.name, str(path), n, line=n), line)

    def examples(self) -> Sequence[SourceExample]:
        return [SourceExample({"a.fict": b"one\ntwo\nthree\n"}, "a.fict", records=3)]


@pytest.mark.parametrize("spec", MANIFEST)
def test_every_builtin_passes_the_contract(spec: str, tmp_path: Path) -> None:
    cls = load_spec(spec)
    try:
        check_plugin(cls, tmp_path)
    except MissingExtraError as exc:  # optional tiers need their extra to run at all
        pytest.skip(str(exc))


def test_a_third_party_plugin_passes_the_same_contract(tmp_path: Path) -> None:
    check_plugin(FictionalSource, tmp_path)


def test_builtins_are_registered_with_unique_names() -> None:
    reg = default_registry(plugins=False)
    names = [(e.cls.kind, e.name) for e in reg.all()]
    assert len(names) == len(MANIFEST) == len(set(names))
    assert all(e.origin == "builtin" for e in reg.all())


def test_a_duplicate_name_fails_loudly() -> None:
    reg = Registry()
    reg.register(FictionalSource)
    with pytest.raises(DuplicatePluginError, match="'fictional' is claimed twice"):
        reg.register(FictionalSource, origin="other-dist:fictional")


def test_entry_point_plugins_load_and_clash_with_builtins(monkeypatch: pytest.MonkeyPatch) -> None:
    ep = EntryPoint("fictional", f"{__name__}:FictionalSource", registry_module.ENTRY_POINT_GROUP)
    monkeypatch.setattr(registry_module, "entry_points", lambda group: [ep])
    reg = default_registry()
    assert reg.get("source", "fictional") is FictionalSource
    clash = EntryPoint("jsonl", "clearsight.ingest.jsonl:JsonlSource", "clearsight.plugins")
    monkeypatch.setattr(registry_module, "entry_points", lambda group: [clash])
    with pytest.raises(DuplicatePluginError, match="'jsonl'"):
        default_registry()


def test_a_broken_entry_point_names_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    ep = EntryPoint("broken", "no_such_module_here:Thing", registry_module.ENTRY_POINT_GROUP)
    monkeypatch.setattr(registry_module, "entry_points", lambda group: [ep])
    with pytest.raises(PluginError, match="'broken'.*failed to load"):
        default_registry()


def test_a_class_without_plugin_shape_is_refused() -> None:
    class NotAPlugin:
        name = "x"

    with pytest.raises(PluginError, match="no 'version'"):
        Registry().register(NotAPlugin)  # type: ignore[arg-type]


def test_unknown_plugin_lookup_lists_the_known_ones() -> None:
    with pytest.raises(PluginError, match="known: .*jsonl"):
        default_registry(plugins=False).get("source", "nope")


def test_pick_sources_refuses_missing_and_unknown_paths(tmp_path: Path, settings: Settings) -> None:
    reg = default_registry(plugins=False)
    with pytest.raises(InputError, match="no such file"):
        pick_sources(reg, tmp_path / "missing.jsonl", settings)
    odd = tmp_path / "data.unknownformat"
    odd.write_bytes(b"\x00\x01")
    with pytest.raises(InputError, match="no source plug-in reads this"):
        pick_sources(reg, odd, settings)
