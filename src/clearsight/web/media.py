"""Stored media, served only for digests the database knows, with the stored type."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi import Path as PathParam
from fastapi.responses import FileResponse
from sqlalchemy import select

from clearsight.api.auth import CASE_READERS, Principal, require
from clearsight.errors import NotFoundError
from clearsight.storage.sql.schema import media
from clearsight.storage.sql.store import SqlStore

router = APIRouter(include_in_schema=False)
Reader = Annotated[Principal, Depends(require(*CASE_READERS))]
Digest = Annotated[str, PathParam(pattern="^[0-9a-f]{64}$")]


@router.get("/media/{sha256}")
def media_file(request: Request, sha256: Digest, _: Reader) -> FileResponse:
    """The file of a known media row; its ``Content-Type`` is the one stored at ingest."""
    store: SqlStore = request.app.state.store
    query = select(media.c.path, media.c.mime).where(media.c.sha256 == sha256).limit(1)
    with store.engine.connect() as conn:
        row = conn.execute(query).first()
    if row is None or not Path(row.path).is_file():
        raise NotFoundError(f"no stored media {sha256[:16]}")
    if not str(row.mime).startswith("image/"):
        return FileResponse(row.path, media_type="application/octet-stream", filename=sha256)
    return FileResponse(row.path, media_type=row.mime)
