"""Label values of public benchmarks mapped to Clearsight's labels (``--map``)."""

from __future__ import annotations

import re

import pytest

from clearsight.analyze.classifier.label_map import (
    Unmapped,
    identity_map,
    parse_map,
    truth_of,
    value_text,
)
from clearsight.errors import UserError

#                 violent_extremist, hate, offensive, counter_speech
HATE = (0, 1, 0, 0)
OFFENSIVE = (0, 0, 1, 0)
NONE = (0, 0, 0, 0)


def test_the_five_names_stand_for_themselves_ignoring_case() -> None:
    mapping = identity_map()
    assert truth_of(" Hate ", mapping) == HATE
    assert truth_of("benign", mapping) == NONE
    assert truth_of(["hate", "offensive"], mapping) == (0, 1, 1, 0)
    assert truth_of({"hate": 1, "offensive": 0}, mapping) == HATE
    assert truth_of([], mapping) == NONE  # a multi-label row with no label is benign


def test_numeric_classes_map_by_their_text() -> None:
    mapping = parse_map(["0=hate", "1=offensive", "2=benign"])
    assert [truth_of(v, mapping) for v in (0, 1.0, "2")] == [HATE, OFFENSIVE, NONE]
    assert value_text(True) == "true" and value_text(0.5) == "0.5"


def test_a_value_without_a_label_is_reported_not_read_as_benign() -> None:
    mapping = parse_map(["hateful=hate"])
    assert truth_of("non-hateful", mapping) == Unmapped("non-hateful")
    assert truth_of(["hate", 7], mapping) == Unmapped("7")
    assert truth_of("x" * 100, mapping) == Unmapped("x" * 40)  # reported cut short


def test_unusable_cells_are_none() -> None:
    assert truth_of(None, identity_map()) is None
    assert truth_of([["hate"]], identity_map()) is None


def test_a_map_overrides_a_name_and_repeats_add_labels() -> None:
    mapping = parse_map(["hate=offensive", "both=hate", "both=offensive"])
    assert truth_of("hate", mapping) == OFFENSIVE
    assert truth_of("both", mapping) == (0, 1, 1, 0)
    assert truth_of("a=b", parse_map(["a=b=hate"])) == HATE  # the last '=' splits


@pytest.mark.parametrize(
    ("pairs", "message"),
    [
        (["hateful"], "expected VALUE=LABEL"),
        (["hateful=hat"], "'hat' is not one of violent_extremist, hate"),
        (["x=benign", "x=hate"], "maps to benign and to ['hate']"),
    ],
)
def test_bad_maps_are_user_errors(pairs: list[str], message: str) -> None:
    with pytest.raises(UserError, match=re.escape(message)):
        parse_map(pairs)
