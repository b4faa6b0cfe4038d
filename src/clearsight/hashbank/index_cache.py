"""The PDQ index kept next to the database, loaded lazily and brought up to date by adding
the entries created since it was saved (entry ids only grow).

It holds every PDQ entry of every bank whose quality is unknown or high enough, whatever its
status: statuses change without a rebuild because the matcher checks them per hit. A sidecar
JSON records the last entry id and its value; if that entry no longer holds that value (a new
database), or the quality floor changed, the index is rebuilt.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

from clearsight.errors import StorageError
from clearsight.hashbank.banks import BankStore
from clearsight.hashbank.signals import hex_to_bytes


def pdq_index(index_cls: Any, store: BankStore, path: Path | None, min_quality: int) -> Any:
    """An up-to-date PDQ index over ``store``; persisted at ``path`` when given."""
    if path is None or not (hasattr(index_cls, "load") and hasattr(index_cls, "save")):
        return _extend(
            index_cls(np.empty((0, 32), np.uint8), np.empty(0, np.int64)), store, 0, min_quality
        )[0]
    index, last = _load(index_cls, store, path, min_quality), 0
    if index is None:
        index = index_cls(np.empty((0, 32), np.uint8), np.empty(0, np.int64))
    else:
        last = int(_sidecar(path)["last_id"])
    index, newest = _extend(index, store, last, min_quality)
    if newest is not None:
        _save(index, path, *newest, min_quality)
    return index


def _extend(
    index: Any, store: BankStore, after_id: int, min_quality: int
) -> tuple[Any, tuple[int, str] | None]:
    """Add the entries after ``after_id``; the newest one added, if any."""
    newest: tuple[int, str] | None = None
    for chunk in store.value_chunks("pdq", after_id=after_id, min_quality=min_quality):
        hashes = np.vstack([hex_to_bytes(v) for _, v in chunk])
        index.add(hashes, np.array([i for i, _ in chunk], dtype=np.int64))
        newest = chunk[-1]
    return index, newest


def _sidecar(path: Path) -> dict[str, Any]:
    side = path.with_name(path.name + ".json")
    data = json.loads(side.read_text(encoding="utf-8")) if side.is_file() else {}
    return data if isinstance(data, dict) else {}


def _load(index_cls: Any, store: BankStore, path: Path, min_quality: int) -> Any:
    if not path.is_file():
        return None
    try:
        meta = _sidecar(path)
        if meta.get("min_quality") != min_quality:
            return None
        last = store.entries_by_id([int(meta["last_id"])]).get(int(meta["last_id"]))
        if last is None or last.value != meta.get("last_value"):
            return None
        return index_cls.load(path)
    except (KeyError, ValueError, OSError, StorageError):
        return None


def _save(index: Any, path: Path, last: int, value: str, min_quality: int) -> None:
    index.save(path)
    meta = {"last_id": last, "last_value": value, "min_quality": min_quality}
    path.with_name(path.name + ".json").write_text(json.dumps(meta), encoding="utf-8")
