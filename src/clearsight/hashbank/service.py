"""The library calls behind the CLI: open the banks, turn inputs into entries, match inputs.

An input is a path when a file of that name exists, else a text. A file is hashed as an
image when it opens as one (PDQ + MD5/SHA-256), else by its bytes only (and, for text banks,
by its UTF-8 text).
"""

from __future__ import annotations

import getpass
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from clearsight.config import Settings
from clearsight.errors import InputError, StorageError
from clearsight.hashbank.banks import Bank, BankError, BankStore, NewEntry
from clearsight.hashbank.matching import Matcher, MatchResult
from clearsight.hashbank.signals import (
    CORRUPT_IMAGE,
    FileDigests,
    ImageError,
    ImageHashes,
    digests,
    hash_image_bytes,
    read_bounded,
)
from clearsight.hashbank.text_signals import pack, text_signals
from clearsight.storage.sql.engine import is_current, make_engine, migrate

FILE_FACTOR = 10


@dataclass(frozen=True, slots=True)
class Hashed:
    """An input's signals: ``image`` when it decoded as one, ``text`` for text inputs."""

    name: str
    digests: FileDigests | None = None
    image: ImageHashes | None = None
    text: str | None = None


def default_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def open_banks(settings: Settings, *, create: bool = True) -> BankStore:
    engine = make_engine(settings.db_url)
    if create:
        migrate(engine)
    elif not is_current(engine):
        raise StorageError(f"{settings.db}: not initialised or outdated; run 'clearsight init'")
    return BankStore(engine)


def index_path(settings: Settings) -> Path | None:
    """Where the PDQ index is kept: next to a SQLite database (in memory otherwise)."""
    base = settings.sqlite_path
    return None if base is None else base.with_name(base.stem + ".pdq.index")


def matcher_for(
    settings: Settings, store: BankStore, banks: Sequence[Bank] | None = None
) -> Matcher:
    return Matcher(store, settings.hashbank, banks, index_path(settings))


def max_file_bytes(settings: Settings) -> int:
    return settings.max_record_bytes * FILE_FACTOR


def hash_input(value: str, settings: Settings) -> Hashed:
    path = Path(value)
    if not path.is_file():
        return Hashed(name="text", text=value)
    try:
        data = read_bounded(path, max_file_bytes(settings))
    except ImageError as exc:
        raise InputError(f"{path}: {exc.reason} ({exc.detail})") from exc
    try:
        image = hash_image_bytes(
            data, path.name, settings.max_image_pixels, settings.hashbank.gif_frames
        )
    except ImageError as exc:
        if exc.reason != CORRUPT_IMAGE:
            raise InputError(f"{path}: {exc.reason} ({exc.detail})") from exc
        return Hashed(path.name, digests(data), text=_utf8(data))
    return Hashed(path.name, image.digests, image=image)


def hash_file(path: Path, settings: Settings) -> Hashed:
    """Signals of an existing file (InputError when it is missing)."""
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    return hash_input(str(path), settings)


def _utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def new_entry(
    bank: Bank, hashed: Hashed, *, label: str, source: str, by: str, note: str
) -> NewEntry:
    """The entry ``bank`` keeps for ``hashed``; BankError when it has no such signal."""
    value, quality, sketch, grams = _signal(bank, hashed)
    return NewEntry(value, label, source, by, note, quality=quality, sketch=sketch, shingles=grams)


def _signal(bank: Bank, hashed: Hashed) -> tuple[str, int | None, bytes | None, bytes | None]:
    if bank.kind == "text" and hashed.text is not None:
        sig = text_signals(hashed.text)
        return sig.digest, None, pack(sig.hashvalues), pack(sig.shingles)
    if bank.kind == "pdq" and hashed.image is not None:
        return hashed.image.pdq, hashed.image.quality, None, None
    if bank.kind in ("md5", "sha256") and hashed.digests is not None:
        return str(getattr(hashed.digests, bank.kind)), None, None, None
    raise BankError(f"bank {bank.name} ({bank.kind}) cannot hold a signal of {hashed.name}")


def match_hashed(matcher: Matcher, hashed: Hashed, item_key: str | None = None) -> MatchResult:
    if hashed.image is not None:
        return matcher.match_image(hashed.image, item_key)
    result = MatchResult()
    if hashed.digests is not None:
        result = matcher.match_file(hashed.digests, item_key)
    if hashed.text is not None and "text" in matcher.kinds():
        text = matcher.match_text(text_signals(hashed.text), item_key)
        result.matches += text.matches
        result.suppressed_by += text.suppressed_by
    return result
