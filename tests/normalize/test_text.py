"""The stored text: NFKC, invisible and control characters removed, one kind of line ending."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clearsight.normalize.text import clean


@pytest.mark.parametrize(
    "invisible",
    [
        "\u200b",
        "\u200c",
        "\u200d",
        "\u200e",
        "\u200f",
        "\u2060",
        "\u2061",
        "\u2064",
        "\ufeff",
        "\u180e",
        "\u00ad",
        "\u202a",
        "\u202e",
        "\u2066",
        "\u2069",
        "\x00",
        "\x07",
        "\x1b",
        "\x7f",
        "\x9f",
    ],
)
def test_invisible_and_control_characters_are_removed(invisible: str) -> None:
    assert clean(f"gar{invisible}den") == "garden"


def test_newlines_and_tabs_stay_and_line_endings_become_newlines() -> None:
    assert clean("a\tb\r\nc\rd\ne\u2028f\u2029g\x85h") == "a\tb\nc\nd\ne\nf\ng\nh"


def test_nfkc() -> None:
    assert clean("ｆｕｌｌ ﬁne ²") == "full fine 2"
    assert clean("Cafe\u0301") == "Café"


def test_lone_surrogates_are_removed() -> None:
    assert clean("a\ud800b") == "ab"
    clean("a\udfffb").encode("utf-8")


def test_other_text_is_kept() -> None:
    text = "Привет! مرحبا Γειά σου 你好 🙂 — «ok» 2024"
    assert clean(text) == text


@given(st.text())
def test_clean_is_idempotent_and_normalised(text: str) -> None:
    once = clean(text)
    assert clean(once) == once
    assert unicodedata.is_normalized("NFKC", once)
    assert "\r" not in once
    assert all(c in "\n\t" or unicodedata.category(c) not in ("Cc", "Cf", "Cs") for c in once)
