"""The Telegram Desktop export source: streamed, service entries skipped, media kept inside."""

from __future__ import annotations

import hashlib
import json
import os
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import ijson
import pytest

from clearsight.ingest.telegram import TelegramSource
from clearsight.pipeline.stage import ReadOptions
from clearsight.testing import check_plugin
from clearsight.types import Malformed, Record

SECRET = "zebra-quartz"


def _msg(ident: int, text: object = "hello", **extra: object) -> dict[str, object]:
    base = {"id": ident, "type": "message", "date": "2024-03-01T10:00:00"}
    return base | {"from": "Demo", "from_id": f"user{ident}", "text": text} | extra


def _chat(messages: list[Any], ident: int = 42) -> dict[str, object]:
    return {"name": "Reading circle", "type": "public_group", "id": ident, "messages": messages}


def _export(tmp_path: Path, body: object, name: str = "result.json") -> Path:
    path = tmp_path / "export" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(json.dumps(body).encode() if not isinstance(body, bytes) else body)
    return path


def _read(path: Path, **options: int) -> list[Record | Malformed]:
    return list(TelegramSource().read(path, ReadOptions(**options)))


def test_contract(tmp_path: Path) -> None:
    check_plugin(TelegramSource, tmp_path)


def test_single_chat_export(tmp_path: Path) -> None:
    messages = [
        _msg(1, "Welcome.", date_unixtime="1714555800"),
        {"id": 2, "type": "service", "action": "pin_message", "text": ""},
        _msg(3, ["Read ", {"type": "bold", "text": "chapter four"}, "."], reply_to_message_id=1),
        _msg(4, "stale", text_entities=[{"type": "plain", "text": "from entities"}]),
        _msg(5, "no from_id", from_id=None),
    ]
    got = _read(_export(tmp_path, _chat(messages)))
    assert [g.provenance.position for g in got] == [1, 2, 3, 4]
    assert [g.provenance.external_id for g in got] == ["42:1", "42:3", "42:4", "42:5"]
    first, second, fourth, fifth = (g for g in got if isinstance(g, Record))
    texts = [first.text, second.text, fourth.text, fifth.text]
    assert texts == ["Welcome.", "Read chapter four.", "from entities", "no from_id"]
    assert first.created_at == datetime(2024, 5, 1, 9, 30, tzinfo=UTC)
    assert (first.author, fifth.author) == ("user1", "Demo")
    assert dict(second.metadata) == {
        "chat_id": "42",
        "chat_type": "public_group",
        "reply_to_message_id": "1",
    }


def test_full_export_with_several_chats(tmp_path: Path) -> None:
    body = {
        "about": "demo",
        "contacts": {"list": [{"first_name": "x", "id": 99}]},
        "chats": {"list": [_chat([_msg(1)], ident=7), _chat([_msg(1), _msg(2)], ident=8)]},
        "left_chats": {"list": [_chat([_msg(5)], ident=9)]},
    }
    got = _read(_export(tmp_path, body, name="full.json"))
    assert [g.provenance.external_id for g in got] == ["7:1", "8:1", "8:2", "9:5"]
    assert [g.provenance.position for g in got] == [1, 2, 3, 4]


def test_photo_becomes_a_media_ref(tmp_path: Path) -> None:
    path = _export(tmp_path, _chat([_msg(1, "", photo="photos/p1.jpg", width=8, height=6)]))
    photo = path.parent / "photos" / "p1.jpg"
    photo.parent.mkdir()
    photo.write_bytes(b"fictional photo bytes")
    (got,) = _read(path)
    assert isinstance(got, Record) and got.text is None
    (ref,) = got.media
    assert ref.path == str(photo)
    assert ref.sha256 == hashlib.sha256(b"fictional photo bytes").hexdigest()
    assert (ref.mime, ref.size, ref.width, ref.height) == ("image/jpeg", 21, 8, 6)


@pytest.mark.parametrize(
    "rel",
    ["../outside.jpg", "photos/../../outside.jpg", "..\\outside.jpg", "OUTSIDE", "C:/outside.jpg"],
)
def test_media_outside_the_export_is_never_opened(tmp_path: Path, rel: str) -> None:
    outside = tmp_path / "outside.jpg"
    outside.write_bytes(SECRET.encode())
    rel = str(outside) if rel == "OUTSIDE" else rel
    path = _export(tmp_path, _chat([_msg(1, "", photo=rel), _msg(2, "caption", file=rel)]))
    bare, captioned = _read(path)
    assert isinstance(bare, Malformed) and bare.reason == "missing_text"
    assert "unsafe path" in bare.detail
    assert isinstance(captioned, Record) and captioned.media == ()
    assert captioned.metadata["file_skipped"] == "unsafe path"


def test_symlink_out_of_the_export_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside.jpg"
    outside.write_bytes(SECRET.encode())
    path = _export(tmp_path, _chat([_msg(1, "caption", photo="photos/link.jpg")]))
    (path.parent / "photos").mkdir()
    os.symlink(outside, path.parent / "photos" / "link.jpg")
    (got,) = _read(path)
    assert isinstance(got, Record) and got.media == ()
    assert got.metadata["photo_skipped"] == "unsafe path"


def test_missing_media_file_keeps_the_text(tmp_path: Path) -> None:
    note = "(File not included. Change data exporting settings to download.)"
    (got,) = _read(_export(tmp_path, _chat([_msg(1, "caption", file=note)])))
    assert isinstance(got, Record) and got.media == ()
    assert got.metadata["file_skipped"] == "not in export"


def test_message_without_text_or_media(tmp_path: Path) -> None:
    (got,) = _read(_export(tmp_path, _chat([_msg(1, [])])))
    assert isinstance(got, Malformed) and got.reason == "missing_text"
    assert got.provenance.external_id == "42:1"


def test_broken_json_keeps_what_came_before(tmp_path: Path) -> None:
    body = json.dumps(_chat([_msg(1), _msg(2), _msg(3, SECRET)])).encode()
    broken = body[: body.index(SECRET.encode())] + SECRET.encode() + b'" oops, "x": [}'
    got = _read(_export(tmp_path, broken))
    assert [type(g).__name__ for g in got] == ["Record", "Record", "Malformed"]
    bad = got[-1]
    assert isinstance(bad, Malformed) and bad.reason == "bad_json"
    assert bad.provenance.position == 3
    assert SECRET not in bad.detail


def test_truncated_export(tmp_path: Path) -> None:
    body = json.dumps(_chat([_msg(1), _msg(2)])).encode()
    got = _read(_export(tmp_path, body[: body.rindex(b"hello")]))
    assert [g.provenance.position for g in got] == [1, 2]
    assert isinstance(got[-1], Malformed) and got[-1].reason == "bad_json"


def test_oversize_message(tmp_path: Path) -> None:
    path = _export(tmp_path, _chat([_msg(1, SECRET * 1000), _msg(2, "after")]))
    big, ok = _read(path, max_record_bytes=500)
    assert isinstance(big, Malformed) and big.reason == "too_large"
    assert big.provenance.external_id == "42:1"
    assert isinstance(ok, Record) and ok.text == "after"


def test_resume_builds_only_what_it_yields(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    service = {"id": 0, "type": "service", "text": ""}
    path = _export(tmp_path, _chat([service, *(_msg(i) for i in range(1, 6)), service]))
    full = _read(path)
    built: list[int] = []
    real = ijson.ObjectBuilder

    def counting() -> Any:
        built.append(1)
        return real()

    monkeypatch.setattr(ijson, "ObjectBuilder", counting)
    got = _read(path, start_after=3)
    assert got == full[3:]
    assert [g.provenance.external_id for g in got] == ["42:4", "42:5"]
    assert len(built) == 3  # messages 4, 5 and the trailing service entry


@pytest.mark.parametrize(
    ("name", "body", "readable"),
    [
        ("result.json", b"not even json", True),
        ("chat.json", _chat([]), True),
        ("all.json", {"about": "x", "chats": {"list": []}}, True),
        ("other.json", {"name": "x", "items": []}, False),
        ("list.json", [{"messages": []}], False),
        ("broken.json", b'{"name": ', False),
        ("chat.jsonl", _chat([]), False),
    ],
)
def test_can_read(tmp_path: Path, name: str, body: object, readable: bool) -> None:
    assert TelegramSource().can_read(_export(tmp_path, body, name=name)) is readable


def _peak_bytes(path: Path) -> int:
    tracemalloc.start()
    try:
        for _ in TelegramSource().read(path, ReadOptions()):
            pass
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_stays_flat(tmp_path: Path) -> None:
    small = _export(tmp_path, _chat([_msg(i) for i in range(2_000)]), name="small.json")
    large = _export(tmp_path, _chat([_msg(i) for i in range(15_000)]), name="large.json")
    assert large.stat().st_size > 1_500_000
    _peak_bytes(small)  # warm up caches and imports
    assert _peak_bytes(large) < _peak_bytes(small) + 131_072
