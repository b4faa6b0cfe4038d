"""One-file array container: a JSON header, then raw 64-byte-aligned arrays, memory-mapped on load.

Layout: ``MAGIC`` (8 bytes), header length (8 bytes, little-endian), UTF-8 JSON header
``{"meta": {...}, "arrays": {name: {"dtype", "shape", "offset"}}}``, padding, array bytes.
Writes go to a temporary file renamed into place, so a crash never leaves half an index.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from clearsight.errors import StorageError

MAGIC = b"CSIDX001"
ALIGN = 64
MAX_HEADER = 1 << 20


def _align(pos: int) -> int:
    return -(-pos // ALIGN) * ALIGN


def save_arrays(path: Path, meta: dict[str, Any], arrays: dict[str, npt.NDArray[Any]]) -> None:
    """Write ``meta`` and ``arrays`` to ``path`` atomically."""
    layout: dict[str, dict[str, Any]] = {}
    header, start = b"", -1
    while start != _align(16 + len(header)):  # the header's length moves the first offset
        pos = start = _align(16 + len(header))
        for name, arr in arrays.items():
            layout[name] = {"dtype": arr.dtype.str, "shape": list(arr.shape), "offset": pos}
            pos = _align(pos + arr.nbytes)
        header = json.dumps({"meta": meta, "arrays": layout}).encode()
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("wb") as fh:
        fh.write(MAGIC + len(header).to_bytes(8, "little") + header)
        for name, arr in arrays.items():
            fh.seek(layout[name]["offset"])
            np.ascontiguousarray(arr).tofile(fh)
        fh.truncate(pos)  # the file covers every offset, empty arrays included
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def load_arrays(path: Path) -> tuple[dict[str, Any], dict[str, npt.NDArray[Any]]]:
    """Read the header of ``path`` and memory-map its arrays read-only."""
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
            if len(head) != 16 or head[:8] != MAGIC:
                raise StorageError(f"{path}: not a Clearsight index file")
            size = int.from_bytes(head[8:], "little")
            if size > MAX_HEADER:
                raise StorageError(f"{path}: index header too large ({size} bytes)")
            doc = json.loads(fh.read(size))
        file_size = path.stat().st_size
        arrays = {name: _map(path, spec, file_size) for name, spec in doc["arrays"].items()}
        return dict(doc["meta"]), arrays
    except OSError as exc:
        raise StorageError(f"{path}: cannot read index ({exc.strerror})") from exc
    except (ValueError, KeyError, TypeError) as exc:
        raise StorageError(f"{path}: corrupt index header ({type(exc).__name__})") from exc


def _map(path: Path, spec: dict[str, Any], file_size: int) -> npt.NDArray[Any]:
    dtype = np.dtype(spec["dtype"])
    shape = tuple(int(s) for s in spec["shape"])
    offset = int(spec["offset"])
    nbytes = dtype.itemsize * int(np.prod(shape, dtype=np.int64))
    if offset < 0 or offset + nbytes > file_size:
        raise StorageError(f"{path}: array extends past the end of the file")
    if nbytes == 0:
        return np.empty(shape, dtype)
    mapped = np.memmap(path, dtype=dtype, mode="r", offset=offset, shape=shape)
    return mapped.view(np.ndarray)
