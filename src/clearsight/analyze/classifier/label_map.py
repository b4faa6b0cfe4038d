"""Turn a benchmark's own label values into Clearsight's labels (``--map hateful=hate``).

The five names (the four scored :data:`LABELS` and ``benign``) stand for themselves; each
``--map VALUE=LABEL`` adds a value or overrides one, and repeating a value gives it several
labels. Values match ignoring case and surrounding spaces; JSON numbers and booleans match
their text (``0``, ``1``, ``true``). ``benign`` is negative for every label, so it mixes with
no other. A value with no label is reported by the caller, never read as benign.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from clearsight.analyze.classifier.api import LABELS
from clearsight.errors import UserError

BENIGN = "benign"
NAMES: tuple[str, ...] = (*LABELS, BENIGN)
MAX_VALUE_CHARS = 40  # an unmapped value is reported cut to this length

LabelMap = Mapping[str, frozenset[str]]
Truth = tuple[int, ...]  # 0/1 per LABELS


@dataclass(frozen=True, slots=True)
class Unmapped:
    """A label value that maps to no label, as written (stripped and cut)."""

    value: str


def identity_map() -> dict[str, frozenset[str]]:
    """Each of the five names for itself; ``benign`` for no label."""
    return {name: frozenset({name} & set(LABELS)) for name in NAMES}


def parse_map(pairs: Sequence[str]) -> dict[str, frozenset[str]]:
    """The label map for ``--map VALUE=LABEL`` options (the last ``=`` splits)."""
    added: dict[str, set[str]] = {}
    for pair in pairs:
        value, sep, label = pair.rpartition("=")
        name = label.strip().casefold()
        if not sep:
            raise UserError(f"--map {pair!r}: expected VALUE=LABEL, e.g. hateful=hate")
        if name not in NAMES:
            raise UserError(f"--map {pair!r}: {label!r} is not one of {', '.join(NAMES)}")
        added.setdefault(value.strip().casefold(), set()).add(name)
    for value, names in added.items():
        if BENIGN in names and len(names) > 1:
            raise UserError(f"--map: {value!r} maps to benign and to {sorted(names - {BENIGN})}")
    return identity_map() | {value: frozenset(names - {BENIGN}) for value, names in added.items()}


def truth_of(cell: object, mapping: LabelMap) -> Truth | Unmapped | None:
    """0/1 per label for a label cell, the first value with no label, or None if unusable.

    A cell is one value, a list of values (an empty list is benign) or an object whose keys
    with a true value are the values. None (null, a nested value) makes the row unreadable.
    """
    values = _values(cell)
    if values is None:
        return None
    positives: set[str] = set()
    for value in values:
        text = value_text(value)
        if text is None:
            return None
        labels = mapping.get(text.casefold())
        if labels is None:
            return Unmapped(text[:MAX_VALUE_CHARS])
        positives |= labels
    return tuple(int(label in positives) for label in LABELS)


def value_text(value: object) -> str | None:
    """A scalar as the text it matches by: ``1.0`` as ``1``, ``True`` as ``true``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int | float):
        return str(value)
    return value.strip() if isinstance(value, str) else None


def _values(cell: object) -> list[object] | None:
    if isinstance(cell, list):
        return cell
    if isinstance(cell, dict):
        return [key for key, flag in cell.items() if flag]
    return None if cell is None else [cell]
