"""The RSS/Atom source: parse bytes from disk, fetch nothing."""

from __future__ import annotations

import socket
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

import feedparser
import pytest

from clearsight.ingest.feed import FeedSource
from clearsight.pipeline.stage import ReadOptions
from clearsight.testing import check_plugin
from clearsight.types import Malformed, Record

SECRET = "zebra-quartz"

RSS = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>Town news</title>
<item><guid isPermaLink="false">n1</guid><title>Fair &amp; games</title>
<link>https://example.org/fair</link><author>desk@example.org</author>
<description>&lt;p&gt;The fair opens on &lt;b&gt;Friday&lt;/b&gt;.&lt;/p&gt;
&lt;script&gt;document.write('hidden')&lt;/script&gt;</description>
<pubDate>Mon, 06 May 2024 09:00:00 GMT</pubDate></item>
<item><guid isPermaLink="false">n2</guid><title>Library</title>
<description>Open late on Thursday.</description></item>
<item><guid isPermaLink="false">n3</guid></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<!-- a comment first -->
<feed xmlns="http://www.w3.org/2005/Atom"><title>Club</title>
<entry><id>urn:club:1</id><title>Match</title><link href="https://example.org/m"/>
<summary>Short.</summary>
<content type="html">&lt;p&gt;Kick-off at three.&lt;/p&gt;
&lt;p&gt;Bring a flask.&lt;/p&gt;</content>
<updated>2024-05-01T10:00:00Z</updated></entry></feed>"""


def _write(tmp_path: Path, data: bytes, name: str = "town.rss") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _read(path: Path, **options: int) -> list[Record | Malformed]:
    return list(FeedSource().read(path, ReadOptions(**options)))


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the feed source tried to fetch something")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    monkeypatch.setattr(feedparser.http, "get", refuse)


def test_contract(tmp_path: Path) -> None:
    check_plugin(FeedSource, tmp_path)


def test_rss_entries(tmp_path: Path) -> None:
    first, second, third = _read(_write(tmp_path, RSS))
    assert isinstance(first, Record)
    assert first.text == "The fair opens on Friday."
    assert first.title == "Fair & games"
    assert first.url == "https://example.org/fair"
    assert first.provenance.external_id == "n1"
    assert first.created_at == datetime(2024, 5, 6, 9, 0, tzinfo=UTC)
    assert first.author is not None and "desk@example.org" in first.author
    assert isinstance(second, Record) and second.text == "Open late on Thursday."
    assert isinstance(third, Malformed) and third.reason == "missing_text"
    assert [g.provenance.position for g in (first, second, third)] == [1, 2, 3]


def test_atom_in_xml_prefers_content(tmp_path: Path) -> None:
    path = _write(tmp_path, ATOM, name="club.xml")
    assert FeedSource().can_read(path)
    (got,) = _read(path)
    assert isinstance(got, Record)
    assert got.text == "Kick-off at three.\nBring a flask."
    assert got.url == "https://example.org/m"
    assert got.created_at == datetime(2024, 5, 1, 10, 0, tzinfo=UTC)


def test_links_are_stored_never_fetched(tmp_path: Path, no_network: None) -> None:
    secret_file = tmp_path / "secret.txt"
    secret_file.write_text(SECRET)
    feed = f"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY leak SYSTEM "file://{secret_file}">]>
<rss version="2.0" xml:base="http://127.0.0.1:9/"><channel><title>t</title>
<item><title>Local</title><link>file://{secret_file}</link><description>a &leak; b</description>
<enclosure url="http://127.0.0.1:9/x.mp3" type="audio/mpeg" length="1"/></item>
<item><title>Remote</title><link>http://127.0.0.1:9/page</link>
<description>&lt;img src="http://127.0.0.1:9/p.gif"&gt;Picnic.</description></item>
</channel></rss>""".encode()
    got = _read(_write(tmp_path, feed))
    records = [g for g in got if isinstance(g, Record)]
    local, remote = (r.url or "" for r in records)
    assert local.startswith("file://") and local.endswith("/secret.txt")  # kept, not opened
    assert remote == "http://127.0.0.1:9/page"
    assert all(SECRET not in (r.text or "") for r in records)
    assert records[1].text == "Picnic."


def test_a_file_holding_a_path_is_not_opened(tmp_path: Path, no_network: None) -> None:
    secret_file = tmp_path / "secret.rss"
    secret_file.write_bytes(RSS.replace(b"Library", SECRET.encode()))
    (got,) = _read(_write(tmp_path, str(secret_file).encode(), name="pointer.rss"))
    assert isinstance(got, Malformed) and got.reason == "bad_feed"


def test_unparsable_file_is_one_bad_feed(tmp_path: Path) -> None:
    (got,) = _read(_write(tmp_path, f"\x00{SECRET} is no feed".encode()))
    assert isinstance(got, Malformed) and got.reason == "bad_feed"
    assert got.provenance.position == 1
    assert SECRET not in got.detail


def test_oversize_file(tmp_path: Path) -> None:
    (got,) = _read(_write(tmp_path, RSS), max_record_bytes=len(RSS) // 10 - 1)
    assert isinstance(got, Malformed) and got.reason == "too_large"
    assert len(_read(_write(tmp_path, RSS), max_record_bytes=len(RSS) // 10 + 1)) == 3


def test_resume(tmp_path: Path) -> None:
    got = _read(_write(tmp_path, RSS), start_after=2)
    assert [g.provenance.external_id for g in got] == ["n3"]
    assert _read(_write(tmp_path, b"\x00"), start_after=1) == []


@pytest.mark.parametrize(
    ("name", "data", "readable"),
    [
        ("a.atom", b"anything", True),
        ("a.xml", ATOM, True),
        ("a.xml", b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="x"></rdf:RDF>', True),
        ("a.xml", b'<?xml version="1.0"?><!-- <rss> --><sitemap></sitemap>', False),
        ("a.html", RSS, False),
    ],
)
def test_can_read(tmp_path: Path, name: str, data: bytes, readable: bool) -> None:
    assert FeedSource().can_read(_write(tmp_path, data, name=name)) is readable
