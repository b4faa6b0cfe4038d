"""The plug-in registry: built-ins from the Manifest, third parties from entry points.

Built-ins load through the same ``register`` path as third-party plug-ins, so the contract
tests that guard third-party plug-ins guard ours too. Duplicate names fail loudly.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, cast

from clearsight.errors import DuplicatePluginError, InputError, PluginError
from clearsight.pipeline.stage import Analyzer, Normalizer, Plugin, PluginKind, Source

ENTRY_POINT_GROUP = "clearsight.plugins"

# Order matters for sources: the first that can read a file wins (folders go to every
# folder source that finds its own kind of file there).
MANIFEST: tuple[str, ...] = (
    "clearsight.ingest.telegram:TelegramSource",
    "clearsight.ingest.jsonl:JsonlSource",
    "clearsight.ingest.csv_source:CsvSource",
    "clearsight.ingest.feed:FeedSource",
    "clearsight.ingest.html:HtmlSource",
    "clearsight.ingest.textdir:TextFolderSource",
    "clearsight.ingest.images:ImageFolderSource",
    "clearsight.normalize.standard:StandardNormalizer",
    "clearsight.analyze.lexicon:LexiconAnalyzer",
    "clearsight.hashbank.analyzer:HashbankImageAnalyzer",
    "clearsight.hashbank.analyzer:HashbankTextAnalyzer",
    "clearsight.analyze.classifier.analyzer:FastClassifierAnalyzer",
    "clearsight.analyze.classifier.semantic:SemanticAnalyzer",
    "clearsight.analyze.classifier.transformer:TransformerAnalyzer",
)

PLUGIN_KINDS: tuple[PluginKind, ...] = ("source", "normalizer", "analyzer")


@dataclass(frozen=True, slots=True)
class PluginEntry:
    cls: type[Plugin]
    origin: str  # "builtin" or the distribution / entry point that provided it

    @property
    def name(self) -> str:
        return self.cls.name


@dataclass
class Registry:
    entries: dict[PluginKind, dict[str, PluginEntry]] = field(
        default_factory=lambda: {kind: {} for kind in PLUGIN_KINDS}
    )

    def register(self, cls: type[Plugin], origin: str = "builtin") -> None:
        _check_shape(cls)
        table = self.entries[cls.kind]
        if cls.name in table:
            other = table[cls.name]
            raise DuplicatePluginError(
                f"{cls.kind} plug-in name {cls.name!r} is claimed twice: by "
                f"{_qualname(other.cls)} ({other.origin}) and {_qualname(cls)} ({origin})"
            )
        table[cls.name] = PluginEntry(cls, origin)

    def all(self) -> Iterator[PluginEntry]:
        for kind in PLUGIN_KINDS:
            yield from self.entries[kind].values()

    def get(self, kind: PluginKind, name: str) -> type[Plugin]:
        try:
            return self.entries[kind][name].cls
        except KeyError:
            known = ", ".join(sorted(self.entries[kind])) or "none"
            raise PluginError(f"no {kind} plug-in named {name!r} (known: {known})") from None

    def sources(self) -> list[type[Source]]:
        return [cast(type[Source], e.cls) for e in self.entries["source"].values()]

    def analyzers(self) -> list[type[Analyzer]]:
        return [cast(type[Analyzer], e.cls) for e in self.entries["analyzer"].values()]

    def normalizer(self, name: str) -> type[Normalizer]:
        return cast(type[Normalizer], self.get("normalizer", name))


def default_registry(*, plugins: bool = True) -> Registry:
    """The built-ins, plus every installed third-party plug-in unless ``plugins`` is False."""
    registry = Registry()
    for spec in MANIFEST:
        registry.register(load_spec(spec))
    if plugins:
        for origin, cls in _entry_point_plugins():
            registry.register(cls, origin)
    return registry


def pick_sources(registry: Registry, path: Path, settings: Any) -> list[Source]:
    """The sources that read ``path``: the first match for a file, every match for a folder."""
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    found: list[Source] = []
    for cls in registry.sources():
        source = cls.create(settings)
        if source.can_read(path):
            found.append(source)
            if path.is_file():
                break
    if not found:
        raise InputError(f"{path}: no source plug-in reads this (see 'clearsight plugins')")
    return found


def load_spec(spec: str) -> type[Plugin]:
    module_name, _, attr = spec.partition(":")
    module = importlib.import_module(module_name)
    return cast(type[Plugin], getattr(module, attr))


def _entry_point_plugins() -> Iterable[tuple[str, type[Plugin]]]:
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        try:
            loaded = ep.load()
        except Exception as exc:
            raise PluginError(
                f"plug-in entry point {ep.name!r} ({ep.value}) failed to load: {exc}"
            ) from exc
        dist = ep.dist.name if ep.dist else "unknown distribution"
        yield f"{dist}:{ep.name}", loaded


def _check_shape(cls: Any) -> None:
    for attr in ("name", "version", "kind", "create", "examples"):
        if not hasattr(cls, attr):
            raise PluginError(f"{_qualname(cls)} is not a plug-in: it has no {attr!r}")
    if cls.kind not in PLUGIN_KINDS:
        raise PluginError(f"{_qualname(cls)} has unknown kind {cls.kind!r}")
    if not isinstance(cls.name, str) or not cls.name.replace("_", "").isalnum():
        raise PluginError(f"{_qualname(cls)} needs a name of letters, digits and '_'")


def _qualname(cls: Any) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"
