"""Telegram Desktop JSON exports, streamed with ijson so a large export never sits in memory.

Reads single-chat exports (``{"name", "type", "id", "messages": [...]}``) and full exports
(``{"chats": {"list": [{..., "messages": [...]}]}}``, plus ``left_chats``). Only entries of
``type == "message"`` are records; service entries are skipped and not counted. JSON that
breaks part-way gives one ``bad_json`` and ends the file: what came before is kept.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import ijson

from clearsight.ingest.common import (
    BAD_JSON,
    TOO_LARGE,
    BaseSource,
    skipped,
    too_large_detail,
    unreadable,
)
from clearsight.ingest.telegram_message import ChatInfo, external_id, message_record
from clearsight.pipeline.stage import ReadOptions, SourceExample
from clearsight.types import Malformed, Provenance, Record

CHAT_PREFIXES = ("", "chats.list.item", "left_chats.list.item")
MESSAGE_PREFIXES = frozenset(f"{p}.messages.item".lstrip(".") for p in CHAT_PREFIXES)
CHAT_ID_PREFIXES = frozenset(f"{p}.id".lstrip(".") for p in CHAT_PREFIXES)
CHAT_TYPE_PREFIXES = frozenset(f"{p}.type".lstrip(".") for p in CHAT_PREFIXES)
_SNIFF_BYTES = 1 << 20
_JSON_ERRORS = (ijson.JSONError, ValueError)


class TelegramSource(BaseSource):
    """Reads ``result.json`` or any ``.json`` whose top level has ``messages`` or ``chats``."""

    name = "telegram"

    def can_read(self, path: Path) -> bool:
        if not path.is_file() or path.suffix.lower() != ".json":
            return False
        return path.name == "result.json" or _top_level_is_export(path)

    def read(self, path: Path, options: ReadOptions) -> Iterator[Record | Malformed]:
        try:
            fh = path.open("rb")
        except OSError as exc:
            yield from unreadable(self.name, path, options, exc)
            return
        with fh:
            yield from _Walker(self.name, path, options).walk(fh)

    def examples(self) -> Sequence[SourceExample]:
        return [_single_chat_example(), _full_export_example()]


class _Walker:
    """Turns the ijson event stream into records, building only messages it will yield."""

    def __init__(self, source: str, path: Path, options: ReadOptions) -> None:
        self.source, self.path, self.options = source, path, options
        self.chat = ChatInfo(path.parent)
        self.position = 0
        self.current: str | None = None  # prefix of the message being read
        self.builder: Any = None
        self.size = 0
        self.msg_type: object = None
        self.msg_id: object = None

    def walk(self, fh: IO[bytes]) -> Iterator[Record | Malformed]:
        events = ijson.parse(fh, use_float=True)
        while True:
            try:
                prefix, event, value = next(events)
            except StopIteration:
                return
            except _JSON_ERRORS as exc:
                if not skipped(self.position + 1, self.options):
                    yield self._broken(exc)
                return
            done = self._event(prefix, event, value)
            if done is not None:
                yield done

    def _event(self, prefix: str, event: str, value: Any) -> Record | Malformed | None:
        if self.current is not None:
            return self._in_message(prefix, event, value)
        if event == "start_map" and prefix in MESSAGE_PREFIXES:
            self._begin(prefix)
        elif event == "start_map" and prefix in CHAT_PREFIXES:
            self.chat = ChatInfo(self.path.parent)
        elif prefix in CHAT_ID_PREFIXES:
            self.chat = ChatInfo(self.chat.export_root, _short(value), self.chat.chat_type)
        elif prefix in CHAT_TYPE_PREFIXES:
            self.chat = ChatInfo(self.chat.export_root, self.chat.chat_id, _short(value))
        return None

    def _begin(self, prefix: str) -> None:
        self.current, self.size = prefix, 0
        self.msg_type = self.msg_id = None
        building = not skipped(self.position + 1, self.options)
        self.builder = ijson.ObjectBuilder() if building else None
        if self.builder is not None:
            self.builder.event("start_map", None)

    def _in_message(self, prefix: str, event: str, value: Any) -> Record | Malformed | None:
        if prefix == self.current and event == "end_map":
            return self._finish()
        if prefix == f"{self.current}.type":
            self.msg_type = value
        elif prefix == f"{self.current}.id":
            self.msg_id = value
        if self.builder is not None:
            self.size += len(value) if isinstance(value, str) else 8
            if self.size > self.options.max_record_bytes:
                self.builder = None
            else:
                self.builder.event(event, value)
        return None

    def _finish(self) -> Record | Malformed | None:
        self.current, builder, self.builder = None, self.builder, None
        if self.msg_type != "message":
            return None
        self.position += 1
        if skipped(self.position, self.options):
            return None
        ident = external_id(self.chat.chat_id, self.msg_id)
        where = Provenance(self.source, str(self.path), self.position, external_id=ident)
        if builder is None:
            return Malformed(where, TOO_LARGE, too_large_detail(self.options.max_record_bytes))
        limit = self.options.max_record_bytes
        return message_record(builder.value, where, self.chat, limit)

    def _broken(self, exc: Exception) -> Malformed:
        where = Provenance(self.source, str(self.path), self.position + 1)
        detail = f"JSON breaks after message {self.position} ({type(exc).__name__})"
        return Malformed(where, BAD_JSON, detail)


def _short(value: object) -> str | None:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    return str(value)[:256] or None


class _Capped:
    """A read-only view of the first ``limit`` bytes of a stream, for sniffing."""

    def __init__(self, fh: IO[bytes], limit: int) -> None:
        self.fh, self.left = fh, limit

    def read(self, size: int = -1) -> bytes:
        size = self.left if size < 0 else min(size, self.left)
        data = self.fh.read(size)
        self.left -= len(data)
        return data


def _top_level_is_export(path: Path) -> bool:
    """Cheap sniff: a top-level ``messages`` or ``chats`` key within the first 1 MiB."""
    with path.open("rb") as fh:
        try:
            for prefix, event, value in ijson.parse(_Capped(fh, _SNIFF_BYTES)):
                if prefix == "" and event == "map_key" and value in ("messages", "chats"):
                    return True
                if prefix == "" and event in ("start_array", "string", "number"):
                    return False
        except _JSON_ERRORS:
            return False
    return False


def _message(ident: int, text: object, **extra: object) -> dict[str, object]:
    base: dict[str, object] = {"id": ident, "type": "message", "date": "2024-03-01T10:00:00"}
    base["date_unixtime"] = str(1709287200 + ident)
    base["from"], base["from_id"] = "Demo Member", f"user{1000 + ident}"
    return base | {"text": text} | extra


def _single_chat_example() -> SourceExample:
    messages = [
        _message(1, "Welcome to the reading circle."),
        {"id": 2, "type": "service", "action": "join_group_by_link", "text": ""},
        _message(3, ["Meeting notes: ", {"type": "bold", "text": "chapter four"}, " next."]),
        _message(4, "", photo="photos/photo_1.jpg", width=8, height=8),
        _message(5, ""),
    ]
    export = {"name": "Reading circle", "type": "public_group", "id": 42, "messages": messages}
    files = {"result.json": json.dumps(export).encode(), "photos/photo_1.jpg": b"demo bytes"}
    return SourceExample(files=files, entry="result.json", records=3, malformed=1)


def _full_export_example() -> SourceExample:
    chats = [
        {"name": "Choir", "type": "private_group", "id": 7, "messages": [_message(1, "Hi all")]},
        {"name": "Club", "type": "public_channel", "id": 8, "messages": [_message(1, "Bye")]},
    ]
    export = {"about": "demo", "chats": {"about": "demo", "list": chats}}
    body = json.dumps(export).encode()
    broken = body[: body.rindex(b"Bye")] + b'Bye" ,,, ]'
    return SourceExample(files={"export.json": broken}, entry="export.json", records=1, malformed=1)
