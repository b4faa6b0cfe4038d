"""A base for sources that read one record per file from a folder (or a single file)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

from clearsight.ingest.common import (
    UNREADABLE,
    BaseSource,
    has_files,
    list_files,
    os_detail,
    skipped,
)
from clearsight.pipeline.stage import ReadOptions
from clearsight.types import Malformed, Provenance, Record


class FolderSource(BaseSource):
    """Every file with one of ``suffixes`` below the folder, sorted by relative path.

    ``position`` is the file's ordinal in that order and ``external_id`` its relative POSIX
    path. Symlinks are not followed. Subclasses implement ``read_one``.
    """

    suffixes: ClassVar[frozenset[str]]

    def can_read(self, path: Path) -> bool:
        return has_files(path, self.suffixes)

    def units(self, path: Path) -> Iterator[Path]:
        """Every file of this source's kind, so each is checkpointed on its own."""
        for file, _rel in list_files(path, self.suffixes):
            yield file

    def read(self, path: Path, options: ReadOptions) -> Iterator[Record | Malformed]:
        for position, (file, rel) in enumerate(list_files(path, self.suffixes), start=1):
            if skipped(position, options):
                continue
            where = Provenance(self.name, str(file), position, external_id=rel)
            try:
                yield self.read_one(file, where, options)
            except OSError as exc:
                yield Malformed(where, UNREADABLE, os_detail(exc))

    def read_one(self, file: Path, where: Provenance, options: ReadOptions) -> Record | Malformed:
        raise NotImplementedError
