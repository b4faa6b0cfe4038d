"""Evidence highlighting: segments rebuild the text exactly and mark only the spans."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from clearsight.web.render import segments

spans_st = st.lists(st.tuples(st.integers(-5, 60), st.integers(-5, 60)), max_size=8)


@given(st.text(max_size=50), spans_st)
def test_segments_rebuild_the_text_and_mark_inside_spans(text: str, spans: list[Any]) -> None:
    pieces = segments(text, spans)
    assert "".join(p for p, _ in pieces) == text
    covered = {i for s, e in spans for i in range(max(0, s), min(len(text), e))}
    cursor = 0
    for piece, marked in pieces:
        indices = set(range(cursor, cursor + len(piece)))
        assert indices <= covered if marked else not indices & covered
        cursor += len(piece)


def test_overlapping_spans_merge_into_one_mark() -> None:
    assert segments("a Grey Kettle b", [(2, 6), (4, 13)]) == [
        ("a ", False),
        ("Grey Kettle", True),
        (" b", False),
    ]
