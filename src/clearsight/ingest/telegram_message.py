"""One Telegram Desktop export message (a small dict) to a Record, with safe media paths."""

from __future__ import annotations

import mimetypes
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath
from types import MappingProxyType

from clearsight.ingest.common import (
    MISSING_TEXT,
    TOO_LARGE,
    hash_file,
    parse_date,
    too_large_detail,
)
from clearsight.types import Malformed, MediaRef, Provenance, Record

MEDIA_FIELDS = ("photo", "file")


@dataclass(frozen=True, slots=True)
class ChatInfo:
    """What the reader knows of the chat a message belongs to."""

    export_root: Path
    chat_id: str | None = None
    chat_type: str | None = None


def message_record(
    msg: Mapping[str, object], where: Provenance, chat: ChatInfo, limit: int
) -> Record | Malformed:
    """The Record of a ``type == "message"`` entry, or why it is malformed."""
    text = message_text(msg)
    if len(text.encode("utf-8")) > limit:
        return Malformed(where, TOO_LARGE, too_large_detail(limit))
    media, notes = _media(msg, chat.export_root)
    if not text.strip() and not media:
        why = "; ".join(f"{k}: {v}" for k, v in notes.items()) or "no media"
        return Malformed(where, MISSING_TEXT, f"message has no text ({why})")
    return Record(
        provenance=where,
        text=text if text.strip() else None,
        media=media,
        author=_scalar(msg.get("from_id")) or _scalar(msg.get("from")),
        created_at=parse_date(msg.get("date_unixtime")) or parse_date(msg.get("date")),
        metadata=_metadata(msg, chat, notes),
    )


def message_text(msg: Mapping[str, object]) -> str:
    """Plain text in order: ``text_entities`` when present, else ``text`` (string or list)."""
    entities = msg.get("text_entities")
    if isinstance(entities, list):
        return _flatten(entities)
    return _flatten(msg.get("text"))


def _flatten(value: object) -> str:
    if isinstance(value, str):
        return value
    if not isinstance(value, list):
        return ""
    parts: list[str] = []
    for part in value:
        if isinstance(part, str):
            parts.append(part)
        elif isinstance(part, dict) and isinstance(part.get("text"), str):
            parts.append(part["text"])
    return "".join(parts)


def external_id(chat_id: str | None, msg_id: object) -> str | None:
    ident = _scalar(msg_id)
    if ident is None:
        return None
    return f"{chat_id}:{ident}" if chat_id else ident


def _scalar(value: object) -> str | None:
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    return str(value)[:256] or None


def _metadata(
    msg: Mapping[str, object], chat: ChatInfo, notes: dict[str, str]
) -> Mapping[str, str]:
    out = {f"{key}_skipped": note for key, note in notes.items()}
    for key, value in (("chat_id", chat.chat_id), ("chat_type", chat.chat_type)):
        if value:
            out[key] = value
    reply = _scalar(msg.get("reply_to_message_id"))
    if reply:
        out["reply_to_message_id"] = reply
    return MappingProxyType(out)


def _media(msg: Mapping[str, object], root: Path) -> tuple[tuple[MediaRef, ...], dict[str, str]]:
    """MediaRefs for ``photo``/``file`` paths that are safe and exist; notes for the rest."""
    refs: list[MediaRef] = []
    notes: dict[str, str] = {}
    for key in MEDIA_FIELDS:
        rel = msg.get(key)
        if not isinstance(rel, str):
            continue
        found, note = resolve_inside(root, rel)
        try:
            if found is not None:
                refs.append(_media_ref(found, msg, key))
        except OSError:
            note = "unreadable"
        if note:
            notes[key] = note
    return tuple(refs), notes


def resolve_inside(root: Path, rel: str) -> tuple[Path | None, str]:
    """``root / rel`` when it is a relative path to a file inside ``root``; else a reason."""
    posix, windows = PurePosixPath(rel), PureWindowsPath(rel)
    unsafe = (
        not rel
        or "\x00" in rel
        or posix.is_absolute()
        or windows.is_absolute()
        or bool(windows.drive)
        or ".." in windows.parts
    )
    if unsafe:
        return None, "unsafe path"
    candidate = root / posix
    try:
        real = candidate.resolve(strict=True)
    except (OSError, RuntimeError):
        return None, "not in export"
    if not real.is_relative_to(root.resolve()):
        return None, "unsafe path"
    return (candidate, "") if real.is_file() else (None, "not a file")


def _media_ref(path: Path, msg: Mapping[str, object], key: str) -> MediaRef:
    sha256, md5, size = hash_file(path)
    mime = msg.get("mime_type")
    if not isinstance(mime, str) or not mime:
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    width, height = msg.get("width"), msg.get("height")
    if key != "photo" or not isinstance(width, int) or not isinstance(height, int):
        width = height = None
    return MediaRef(str(path), sha256, md5, mime, size, width, height)
