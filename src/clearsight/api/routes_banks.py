"""Hash banks, read-only, under ``/api/v1/banks`` (managing banks stays in the CLI)."""

from __future__ import annotations

from itertools import islice
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from clearsight.api import views
from clearsight.api.auth import CASE_READERS, Principal, require
from clearsight.errors import NotFoundError
from clearsight.hashbank.bank_types import BankError, Entry
from clearsight.hashbank.banks import BankStore

router = APIRouter(prefix="/api/v1")
Reader = Annotated[Principal, Depends(require(*CASE_READERS))]


def _store(request: Request) -> BankStore:
    return BankStore(request.app.state.store.engine)


@router.get("/banks", tags=["banks"])
def list_banks(request: Request, _: Reader) -> dict[str, Any]:
    """Every bank with its entry counts by status."""
    store = _store(request)
    counts = store.status_counts()
    return views.ok([{**_bank(b), "entries": counts.get(b.id, {})} for b in store.banks()])


@router.get("/banks/{name}", tags=["banks"])
def read_bank(
    request: Request,
    name: str,
    _: Reader,
    limit: Annotated[int, Query(ge=1, le=views.MAX_PAGE)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    """A bank and a page of its entries (values are hashes, never content)."""
    store = _store(request)
    try:
        bank = store.bank(name)
    except BankError as exc:
        raise NotFoundError(str(exc)) from exc
    page = islice(store.entries(bank), offset, offset + limit)
    return views.ok({**_bank(bank), "entries": [_entry(e) for e in page]})


def _bank(bank: Any) -> dict[str, Any]:
    return {
        "name": bank.name,
        "kind": bank.kind,
        "negative": bank.negative,
        "threshold": bank.threshold,
    }


def _entry(entry: Entry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "value": entry.value,
        "label": entry.label,
        "status": entry.status,
        "quality": entry.quality,
        "created_at": entry.created_at,
    }
