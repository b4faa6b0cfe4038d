"""Keyed pseudonyms: stable under one key, different under another, no raw identifier left."""

from __future__ import annotations

import re
import stat
from pathlib import Path

import pytest

from clearsight.errors import ConfigError
from clearsight.normalize.pseudonym import Pseudonymiser, ensure_key, load_key

KEY_A = bytes(range(32))
KEY_B = bytes(range(1, 33))


@pytest.fixture
def pseudo() -> Pseudonymiser:
    return Pseudonymiser(KEY_A)


def test_ensure_key_creates_a_private_random_key(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "pseudonym.key"
    key = ensure_key(path)
    assert len(key) == 32
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert re.fullmatch(r"[0-9a-f]{64}\n", path.read_text(encoding="ascii"))
    assert load_key(path) == key
    assert ensure_key(tmp_path / "other.key") != key


def test_ensure_key_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "pseudonym.key"
    path.write_text(KEY_A.hex() + "\n", encoding="ascii")
    assert ensure_key(path) == KEY_A
    assert path.read_text(encoding="ascii") == KEY_A.hex() + "\n"


def test_a_missing_key_says_where_and_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "pseudonym.key"
    with pytest.raises(ConfigError, match="clearsight init") as err:
        load_key(path)
    assert str(path) in str(err.value)


@pytest.mark.parametrize("content", ["", "not hex at all", "ab" * 16, "zz" * 32])
def test_a_malformed_key_is_a_config_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "pseudonym.key"
    path.write_text(content, encoding="ascii")
    with pytest.raises(ConfigError, match="malformed") as err:
        load_key(path)
    assert str(path) in str(err.value)


def test_authors_are_stable_and_keyed(pseudo: Pseudonymiser) -> None:
    first = pseudo.author("@River_Watch")
    assert re.fullmatch(r"anon:[0-9a-f]{16}", first)
    assert pseudo.author("river_watch ") == first
    assert Pseudonymiser(KEY_A).author("river_watch") == first
    assert Pseudonymiser(KEY_B).author("river_watch") != first
    assert pseudo.author("river_watch2") != first


def test_an_author_and_their_handle_share_a_pseudonym(pseudo: Pseudonymiser) -> None:
    handle = pseudo.scrub("thanks @River_Watch")
    assert handle.startswith("thanks @anon_")
    assert pseudo.author("river_watch")[5:13] == handle[-8:]


def test_emails_are_replaced(pseudo: Pseudonymiser) -> None:
    text = "Write to Ana.K@Example.org or bob+club@mail.example.co.uk."
    out = pseudo.scrub(text)
    assert re.fullmatch(r"Write to <email:[0-9a-f]{8}> or <email:[0-9a-f]{8}>\.", out)
    assert "ana" not in out.lower() and "example" not in out and "bob" not in out
    assert pseudo.scrub("ana.k@example.org") == pseudo.scrub("ANA.K@EXAMPLE.ORG")


def test_handles_are_replaced_but_not_inside_emails(pseudo: Pseudonymiser) -> None:
    out = pseudo.scrub("@green_team and @Green_Team, mail garden@club.example.org")
    handles = re.findall(r"@anon_[0-9a-f]{8}", out)
    assert len(handles) == 2 and handles[0] == handles[1]
    assert "green" not in out.lower() and "club" not in out
    assert "<email:" in out


@pytest.mark.parametrize("text", ["@bo", "@" + "x" * 33, "@2024", "a@b", "x.@name"])
def test_not_handles(pseudo: Pseudonymiser, text: str) -> None:
    assert pseudo.scrub(text) == text


@pytest.mark.parametrize(
    "phone",
    [
        "+44 20 7946 0958",
        "+49 30 1234567",
        "0049 30 1234567",
        "030 1234567",
        "(555) 123-4567",
        "555-123-4567",
        "555.123.4567",
        "555 123 4567",
        "8 (916) 123-45-67",
        "+7 916 123-45-67",
        "89161234567",
        "06 12 34 56 78",
        "+33 6 12 34 56 78",
        "0171 2345678",
        "555-1234",
    ],
)
def test_phone_numbers_are_replaced(pseudo: Pseudonymiser, phone: str) -> None:
    out = pseudo.scrub(f"Call {phone} today.")
    assert re.fullmatch(r"Call <phone:[0-9a-f]{8}> today\.", out), out


def test_one_phone_in_two_formats_gets_one_pseudonym(pseudo: Pseudonymiser) -> None:
    assert pseudo.scrub("8 (916) 123-45-67") == pseudo.scrub("89161234567")
    assert pseudo.scrub("+49 30 1234567") == pseudo.scrub("0049-30-1234567")
    assert pseudo.scrub("+49 30 1234567") != Pseudonymiser(KEY_B).scrub("+49 30 1234567")


@pytest.mark.parametrize(
    "text",
    [
        "On 2024-05-01, 01.05.2024, 1.5.2024 and 05/01/2024 at 12:30:45.",
        "From 1990-2000 and 2019-2024; in 1990 2000 people came.",
        "It cost $1,234,567.89, or 1.234.567,89 €, or 1 000 000 €, or 1 234 567 ₽.",
        "1234567 items, 100 people, 42, 3.14159265, pi.",
        "Top 10 2024 100 and 2023 1500000 visitors; version 1.2.3; 192.168.0.1.",
        "Page 12-15, room 101, year 2024, 10:00-12:00.",
        "Already done: <email:1a2b3c4d> <phone:12345678> @anon_1a2b3c4d anon:0123456789abcdef",
    ],
)
def test_dates_years_prices_and_numbers_are_untouched(pseudo: Pseudonymiser, text: str) -> None:
    assert pseudo.scrub(text) == text


def test_scrub_is_idempotent(pseudo: Pseudonymiser) -> None:
    text = "Ping @ana_k, mail ana@example.org, call +49 30 1234567 on 2024-05-01."
    once = pseudo.scrub(text)
    assert pseudo.scrub(once) == once
    for raw in ("ana_k", "ana@example.org", "1234567"):
        assert raw not in once


def test_a_short_key_is_refused() -> None:
    with pytest.raises(ConfigError):
        Pseudonymiser(b"short")
