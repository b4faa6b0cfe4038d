"""A seeded review workspace for tests and demos of the API and the web UI.

Everything is generated: fictional texts about the made-up town of Quillmarsh and its
made-up "Order of the Grey Kettle", a generated image, one user per role.
"""

from __future__ import annotations

import hashlib
import io
import secrets
import socket
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image

from clearsight.config import Settings
from clearsight.review.models import ROLES, User
from clearsight.review.service import ReviewService
from clearsight.storage.protocols import AnalyzedItem, Batch
from clearsight.storage.sql.store import SqlStore
from clearsight.types import (
    Category,
    ContentKind,
    Evidence,
    Finding,
    Item,
    MediaRef,
    Provenance,
    Span,
    Triage,
)

TEXTS = (
    "The Order of the Grey Kettle says Quillmarsh must boil over at the teapot fair.",
    "A fictional flyer: join the Grey Kettle brigade before the Quillmarsh muffin parade.",
)
MARKED = "Grey Kettle"


@dataclass
class Workspace:
    """What a seeded database holds: the service, users and passwords by role, case ids."""

    settings: Settings
    store: SqlStore
    service: ReviewService
    users: dict[str, User] = field(default_factory=dict)
    passwords: dict[str, str] = field(default_factory=dict)
    cases: list[int] = field(default_factory=list)
    image_case: int = 0

    def add_user(self, name: str, role: str) -> User:
        password = secrets.token_urlsafe(18)
        user = self.service.create_user(name, role, password, actor="cli:test")
        self.users[name], self.passwords[name] = user, password
        return user

    def bearer(self, name: str) -> dict[str, str]:
        """An ``Authorization`` header with a fresh API token for ``name``."""
        token = self.service.create_api_token(name, actor="cli:test")
        return {"Authorization": f"Bearer {token}"}


def seed(settings: Settings, texts: Sequence[str] = TEXTS, *, image: bool = True) -> Workspace:
    """Migrate ``settings.db`` and fill it: one case per text (plus one image case), users."""
    store = SqlStore.open(settings.db_url, create=True)
    ws = Workspace(settings, store, ReviewService(store.engine, settings))
    for role in ROLES:
        ws.add_user(role, role)
    analyzed = [_text_item(n, text) for n, text in enumerate(texts, start=1)]
    if image:
        analyzed.append(_image_item(len(texts) + 1, settings))
    _write(store, analyzed)
    ids = {c.item_hash: c.id for c in store.cases(limit=1000, status=None)}
    ws.cases = [ids[a.item.content_hash] for a in analyzed]
    ws.image_case = ws.cases[-1] if image else 0
    return ws


def clone(ws: Workspace, settings: Settings) -> Workspace:
    """A copy of a seeded SQLite workspace at ``settings.db`` (seeding hashes passwords: slow)."""
    source, target = ws.settings.sqlite_path, settings.sqlite_path
    if source is None or target is None:
        raise ValueError("clone needs SQLite databases")
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    store = SqlStore.open(settings.db_url, create=False)
    copy = Workspace(settings, store, ReviewService(store.engine, settings))
    copy.users, copy.passwords = dict(ws.users), dict(ws.passwords)
    copy.cases, copy.image_case = list(ws.cases), ws.image_case
    return copy


@contextmanager
def running(app: Any) -> Iterator[str]:
    """Serve ``app`` with uvicorn on a free 127.0.0.1 port in a thread; yields its base URL."""
    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started and thread.is_alive():
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def _text_item(n: int, text: str) -> AnalyzedItem:
    digest = hashlib.sha256(text.encode()).hexdigest()
    item = Item(
        digest, ContentKind.TEXT, Provenance("jsonl", "posts.jsonl", n, line=n), text, lang="en"
    )
    start = text.find(MARKED)
    spans = (Span(start, start + len(MARKED), MARKED),) if start >= 0 else ()
    return _analyzed(item, spans)


def _image_item(n: int, settings: Settings) -> AnalyzedItem:
    folder = (settings.sqlite_path or Path("clearsight.db")).with_name("seed-media")
    folder.mkdir(parents=True, exist_ok=True)
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 40, 40)).save(out, format="PNG")
    data = out.getvalue()
    sha, md5 = hashlib.sha256(data).hexdigest(), hashlib.md5(data).hexdigest()
    path = folder / f"{sha}.png"
    path.write_bytes(data)
    ref = MediaRef(str(path), sha, md5, "image/png", len(data), 64, 48)
    item = Item(sha, ContentKind.IMAGE, Provenance("images", "pics", n), None, media=(ref,))
    return _analyzed(item, ())


def _analyzed(item: Item, spans: tuple[Span, ...]) -> AnalyzedItem:
    finding = Finding(item.content_hash, "lexicon", "1.0", Category.THREAT, 0.8, Evidence(spans))
    verdict = Triage(8.0, ("threat 0.8 from lexicon@1.0",), (Category.THREAT,))
    return AnalyzedItem(item, (finding,), verdict, opens_case=True)


def _write(store: SqlStore, analyzed: list[AnalyzedItem]) -> None:
    scan = store.start_scan()
    source = store.source_id("jsonl", "/seed/posts.jsonl")
    batch = Batch(scan, checkpoints={source: len(analyzed)})
    batch.new_items.extend(analyzed)
    batch.sightings.extend((source, a.item) for a in analyzed)
    store.write_batch(batch)
    store.finish_scan(scan, {"read": len(analyzed)})
