"""Lexicon files: strict YAML validation, loading, listing and appending entries.

A lexicon file is a YAML document::

    name: my-list
    version: "1"
    description: what the list is for
    source: who wrote it, from what, under which licence
    entries:
      - {term: "some phrase", lang: en, category: threat, weight: 0.6,
         note: why it is here, source: where it comes from, ideology: other}

``ideology``, ``note`` and ``source`` of an entry are optional. A file that does not validate
raises :class:`~clearsight.errors.LexiconError` naming the file, the entry index and the field;
the message never repeats a term.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from clearsight.errors import LexiconError
from clearsight.types import Category, Ideology

if TYPE_CHECKING:
    from clearsight.config import Settings

STARTER_LEXICON = "starter_lexicon.yaml"
MAX_TERM_CHARS = 200
_LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")


class LexiconEntry(BaseModel):
    """One term of a lexicon, with the category it points to and a weight in (0, 1]."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    term: str = Field(min_length=1, max_length=MAX_TERM_CHARS)
    lang: str
    category: Category = Field(strict=False)
    weight: float = Field(gt=0.0, le=1.0)
    note: str = ""
    source: str = ""
    ideology: Ideology | None = Field(None, strict=False)

    @field_validator("term")
    @classmethod
    def _term_has_text(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be blank")
        return " ".join(value.split())

    @field_validator("lang")
    @classmethod
    def _lang_code(cls, value: str) -> str:
        if not _LANG.match(value):
            raise ValueError("must be a lower-case language code such as 'en' or 'ar'")
        return value

    @property
    def identity(self) -> tuple[str, str]:
        """What makes two entries duplicates: the case-folded term and the language."""
        return (self.term.casefold(), self.lang)


class LexiconHeader(BaseModel):
    """The document fields of a lexicon file, without its entries."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1, max_length=80)
    version: str = Field(min_length=1, max_length=40)
    description: str = ""
    source: str = Field(min_length=1)

    @field_validator("version", mode="before")
    @classmethod
    def _version_as_text(cls, value: Any) -> Any:
        # YAML reads ``version: 1.0`` as a float; accept it as the text it was.
        return (
            str(value) if isinstance(value, int | float) and not isinstance(value, bool) else value
        )


class Lexicon(BaseModel):
    """A validated lexicon file: its header, its entries and where it was read from."""

    model_config = ConfigDict(frozen=True)

    header: LexiconHeader
    entries: tuple[LexiconEntry, ...]
    path: str

    @property
    def name(self) -> str:
        return self.header.name

    @property
    def version(self) -> str:
        return self.header.version


def starter_lexicon_path() -> Path:
    """The starter lexicon shipped with Clearsight."""
    return Path(str(resources.files("clearsight.analyze") / "data" / STARTER_LEXICON))


def active_lexicon_paths(settings: Settings) -> list[Path]:
    """The lexicon files a scan loads, in order.

    The starter list (unless switched off), the files in ``settings.lexicons``, then the user
    lexicon next to the database when it exists.
    """
    paths = [starter_lexicon_path()] if settings.use_starter_lexicon else []
    paths.extend(settings.lexicons)
    if settings.user_lexicon.exists() and settings.user_lexicon not in paths:
        paths.append(settings.user_lexicon)
    return paths


def load_lexicon(path: Path) -> Lexicon:
    """Read and validate one lexicon file."""
    raw = _read_yaml(path)
    return parse_lexicon(raw, origin=str(path))


def load_lexicons(paths: Iterable[Path]) -> list[Lexicon]:
    return [load_lexicon(Path(p)) for p in paths]


def list_entries(path: Path) -> tuple[LexiconEntry, ...]:
    """The entries of one lexicon file, validated, in file order."""
    return load_lexicon(path).entries


def parse_lexicon(raw: object, *, origin: str) -> Lexicon:
    """Validate an already-parsed YAML document; ``origin`` names it in errors."""
    if not isinstance(raw, Mapping):
        raise LexiconError(f"{origin}: a lexicon must be a mapping with name, version, entries")
    fields = {k: v for k, v in raw.items() if k != "entries"}
    try:
        header = LexiconHeader.model_validate(fields)
    except ValidationError as exc:
        raise LexiconError(f"{origin}: {_describe(exc)}") from None
    entries_raw = raw.get("entries")
    if not isinstance(entries_raw, list):
        raise LexiconError(f"{origin}: entries: must be a list of entries")
    entries = tuple(parse_entry(e, origin=origin, index=i) for i, e in enumerate(entries_raw))
    _refuse_duplicates(entries, origin)
    return Lexicon(header=header, entries=entries, path=origin)


def parse_entry(raw: object, *, origin: str, index: int | None = None) -> LexiconEntry:
    """Validate one entry; errors name ``origin``, the entry index and the field."""
    where = f"{origin}: entry {index}" if index is not None else f"{origin}: new entry"
    if not isinstance(raw, Mapping):
        raise LexiconError(f"{where}: must be a mapping of term, lang, category, weight")
    try:
        return LexiconEntry.model_validate(dict(raw))
    except ValidationError as exc:
        raise LexiconError(f"{where}: {_describe(exc)}") from None


def add_entry(path: Path, entry: LexiconEntry | Mapping[str, Any]) -> Lexicon:
    """Append ``entry`` to the user lexicon at ``path``, creating the file if needed.

    Refuses an entry whose (term, lang) the file already holds. The file is rewritten
    atomically; YAML comments in it are not kept.
    """
    path = Path(path)
    if not isinstance(entry, LexiconEntry):
        entry = parse_entry(entry, origin=str(path))
    lexicon = load_lexicon(path) if path.exists() else _new_lexicon(path)
    if any(e.identity == entry.identity for e in lexicon.entries):
        raise LexiconError(f"{path}: already holds an entry with this term for lang {entry.lang!r}")
    updated = lexicon.model_copy(update={"entries": (*lexicon.entries, entry)})
    _write_atomic(path, dump_lexicon(updated))
    return updated


def dump_lexicon(lexicon: Lexicon) -> str:
    """The YAML text of ``lexicon`` (UTF-8, keys in documented order)."""
    doc: dict[str, Any] = lexicon.header.model_dump(mode="json")
    doc["entries"] = [e.model_dump(mode="json", exclude_none=True) for e in lexicon.entries]
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=100)


def _new_lexicon(path: Path) -> Lexicon:
    header = LexiconHeader(
        name=path.stem,
        version="1",
        description="User lexicon",
        source="entries added by the user with 'clearsight lexicon add'",
    )
    return Lexicon(header=header, entries=(), path=str(path))


def _read_yaml(path: Path) -> object:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LexiconError(f"{path}: lexicon file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"{path}: cannot read lexicon ({type(exc).__name__})") from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise LexiconError(f"{path}: not valid YAML{where}") from None


def _refuse_duplicates(entries: tuple[LexiconEntry, ...], origin: str) -> None:
    seen: dict[tuple[str, str], int] = {}
    for i, entry in enumerate(entries):
        first = seen.setdefault(entry.identity, i)
        if first != i:
            raise LexiconError(f"{origin}: entry {i}: term: duplicates entry {first} (same lang)")


def _describe(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors(include_input=False, include_url=False):
        field = ".".join(str(x) for x in err["loc"]) or "document"
        parts.append(f"{field}: {err['msg']}")
    return "; ".join(parts)


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
