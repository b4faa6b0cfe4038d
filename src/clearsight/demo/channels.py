"""The demo's RSS feed and Telegram Desktop channel export, all fictional."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any
from xml.etree import ElementTree as ET

from clearsight.demo.phrases import COUNCIL, TOWN, pick_text

START = datetime(2024, 3, 1, 8, 0, tzinfo=UTC)
FEED_ITEMS = 10
CHANNEL_MESSAGES = 30  # including one service entry
CHANNEL_NAME = "Quillhaven Gossip Kettle (fictional)"
CHANNEL_ID = 1999000001
PHOTO_EVERY = 7

HEADLINES = (
    ("Market attack in {town}: two hurt", "news"),
    ("{town} flower show returns", "neutral"),
    ("Officials review safety after {town} market attack", "news"),
    ("Choir festival fills the {town} library", "neutral"),
    ("Residents rally against violence after attack", "counter"),
    ("{council} debates new pudding recipe", "neutral"),
    ("Suspect in {town} attack appears in court", "news"),
    ("Canal path reopens after repairs", "neutral"),
    ("Interfaith vigil for the victims of the {town} attack", "counter"),
    ("Weather: more rain for {town}", "neutral"),
)


def feed_xml(rng: random.Random) -> bytes:
    """An RSS 2.0 feed of ``FEED_ITEMS`` fictional local-news items."""
    rss = ET.Element("rss", version="2.0")
    channel = ET.SubElement(rss, "channel")
    _sub(channel, "title", f"The {TOWN} Teapot Gazette (fictional)")
    _sub(channel, "link", "https://gazette.example.org/")
    _sub(channel, "description", "Invented local news for the Clearsight demo.")
    _sub(channel, "language", "en")
    for n, (headline, kind) in enumerate(HEADLINES[:FEED_ITEMS], start=1):
        item = ET.SubElement(channel, "item")
        _sub(item, "title", headline.format(town=TOWN, council=COUNCIL))
        _sub(item, "link", f"https://gazette.example.org/news/{n}")
        _sub(item, "guid", f"https://gazette.example.org/news/{n}")
        _sub(item, "description", pick_text(rng, kind, "en"))
        _sub(item, "pubDate", format_datetime(START + timedelta(hours=6 * n)))
    ET.indent(rss)
    data: bytes = ET.tostring(rss, encoding="utf-8", xml_declaration=True)
    return data + b"\n"


def _sub(parent: ET.Element, tag: str, text: str) -> None:
    ET.SubElement(parent, tag).text = text


@dataclass(frozen=True, slots=True)
class ChannelExport:
    """A Telegram Desktop ``result.json`` and the photo files it refers to."""

    result: bytes
    photos: tuple[str, ...]  # relative to the export folder, e.g. photos/photo_1.jpg
    messages: int  # entries of type "message"
    service: int  # entries of type "service"


CHANNEL_KINDS = ("neutral", "news", "counter", "neutral", "glorify", "recruit", "threat")


def telegram_export(rng: random.Random) -> ChannelExport:
    """A single-channel export in the Telegram Desktop JSON format."""
    messages: list[dict[str, Any]] = [_service()]
    photos: list[str] = []
    for n in range(2, CHANNEL_MESSAGES + 1):
        message = _message(rng, n)
        if n % PHOTO_EVERY == 0:
            photo = f"photos/photo_{len(photos) + 1}.jpg"
            message |= {"photo": photo, "width": 160, "height": 120}
            photos.append(photo)
        messages.append(message)
    export = {"name": CHANNEL_NAME, "type": "public_channel", "id": CHANNEL_ID}
    export["messages"] = messages
    text = json.dumps(export, ensure_ascii=False, indent=1)
    return ChannelExport(text.encode("utf-8"), tuple(photos), len(messages) - 1, 1)


def _service() -> dict[str, Any]:
    return {
        **_when(1),
        "type": "service",
        "actor": CHANNEL_NAME,
        "actor_id": f"channel{CHANNEL_ID}",
        "action": "create_channel",
        "title": CHANNEL_NAME,
        "text": "",
        "text_entities": [],
    }


def _message(rng: random.Random, n: int) -> dict[str, Any]:
    kind = CHANNEL_KINDS[n % len(CHANNEL_KINDS)]
    body = pick_text(rng, kind, rng.choice(("en", "en", "ru", "fr", "de", "ar")))
    entities = list(_entities(rng, body))
    text: str | list[Any] = body if len(entities) == 1 else [_as_text(e) for e in entities]
    return {
        **_when(n),
        "type": "message",
        "from": CHANNEL_NAME,
        "from_id": f"channel{CHANNEL_ID}",
        "text": text,
        "text_entities": entities,
    }


def _entities(rng: random.Random, body: str) -> Iterator[dict[str, str]]:
    """Plain text, or a bold first sentence followed by plain text (as Telegram exports it)."""
    head, dot, tail = body.partition(". ")
    if not dot or rng.random() < 0.5:
        yield {"type": "plain", "text": body}
        return
    yield {"type": "bold", "text": head + "."}
    yield {"type": "plain", "text": " " + tail}


def _as_text(entity: dict[str, str]) -> str | dict[str, str]:
    return entity["text"] if entity["type"] == "plain" else dict(entity)


def _when(n: int) -> dict[str, Any]:
    moment = START + timedelta(hours=3 * n)
    local = moment.replace(tzinfo=None).isoformat(timespec="seconds")
    return {"id": n, "date": local, "date_unixtime": str(int(moment.timestamp()))}
