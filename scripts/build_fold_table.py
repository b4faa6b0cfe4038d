"""Build ``src/clearsight/normalize/data/fold_table.json`` from the Unicode confusables data.

    python scripts/build_fold_table.py [--out PATH] [--show]

The source is Unicode's confusables.txt as shipped in the PyPI package
``confusable-homoglyphs==3.3.1`` (a dev dependency; Clearsight does not need it at run time).
That file lists symmetric pairs; we keep pairs of single characters (after the fold's own
per-character base form: NFKD, no marks, casefolded, ASCII digits) and pick, per character,
one representative it is *directly* confusable with, so that union-find chains (``ν`` looks
like ``v``, its capital like ``N``) cannot merge unrelated letters:

- representatives are ASCII characters first; then, in code-point order, any character that
  is confusable with no representative becomes one itself;
- a character prefers an ASCII representative, then a pair seen in lower case in the data
  (not made by casefolding capitals), then letters over digits, then the lowest code point;
- letters map only to letters, and right-to-left letters only to right-to-left letters (an
  Arabic alef is not an ``l``); numbers may map to letters or numbers; punctuation and symbols
  only to punctuation and symbols, so separators stay separators.

``--show`` prints what the Latin, Cyrillic and Greek letters fold to, for inspection.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

from clearsight.normalize.fold import TABLE_PATH, base_form

SOURCE = "confusable-homoglyphs==3.3.1"
PROVENANCE = (
    "Derived from Unicode confusables.txt (Unicode Security Mechanisms, UTS #39) as shipped in "
    f"the PyPI package {SOURCE}, by scripts/build_fold_table.py with Python's unicodedata "
    f"{unicodedata.unidata_version}. Unicode data: Unicode License v3 (SPDX Unicode-3.0), "
    "see LICENSE-Unicode.txt beside this file."
)
_BIDI_WRAPPERS = str.maketrans("", "", "\u200e\u200f\u061c")

Graph = dict[str, dict[str, bool]]  # char -> neighbour -> seen as a lower-case pair


def load_confusables() -> dict[str, list[dict[str, str]]]:
    """The package's confusables.json (raises ImportError if the package is missing)."""
    from importlib.resources import files

    import confusable_homoglyphs

    data: dict[str, list[dict[str, str]]] = json.loads(
        files(confusable_homoglyphs).joinpath("confusables.json").read_text(encoding="utf-8")
    )
    return data


def build_graph(data: dict[str, list[dict[str, str]]]) -> Graph:
    """Single-character confusable pairs, in base form, with a lower-case flag."""
    graph: Graph = defaultdict(dict)
    for src, entries in data.items():
        for entry in entries:
            _add_pair(graph, src.translate(_BIDI_WRAPPERS), entry["c"].translate(_BIDI_WRAPPERS))
    return graph


def _add_pair(graph: Graph, a: str, b: str) -> None:
    if len(a) != 1 or len(b) != 1:
        return
    x, y = base_form(a), base_form(b)
    if len(x) != 1 or len(y) != 1 or x == y:
        return
    lower = _is_lower(a) and _is_lower(b)
    graph[x][y] = graph[x].get(y, False) or lower
    graph[y][x] = graph[y].get(x, False) or lower


def _is_lower(c: str) -> bool:
    s = unicodedata.normalize("NFKD", c)
    return s == s.casefold()


def build_table(graph: Graph) -> dict[str, str]:
    """Each non-ASCII character to the representative it is directly confusable with."""
    reps = {chr(c) for c in range(0x21, 0x7F)}
    table: dict[str, str] = {}
    for x in sorted((c for c in graph if not c.isascii()), key=ord):
        candidates = [r for r in graph[x] if r in reps and compatible(x, r)]
        if candidates:
            table[x] = min(candidates, key=lambda r: _preference(graph, x, r))
        else:
            reps.add(x)
    return table


def compatible(x: str, rep: str) -> bool:
    """May ``x`` fold into ``rep``? Letters stay letters and keep their direction."""
    cx, cr = unicodedata.category(x)[0], unicodedata.category(rep)[0]
    if cx in "LN" and _is_rtl(x) != _is_rtl(rep):
        return False
    if cx == "L":
        return cr == "L"
    if cx == "N":
        return cr in "LN"
    return cx in "PSZ" and cr in "PSZ"


def _is_rtl(c: str) -> bool:
    return unicodedata.bidirectional(c) in ("R", "AL")


def _preference(graph: Graph, x: str, rep: str) -> tuple[bool, bool, int, int]:
    kind = 0 if rep.isalpha() else 1 if rep.isdigit() else 2
    return (not rep.isascii(), not graph[x][rep], kind, ord(rep))


def render(table: dict[str, str]) -> str:
    """Compact JSON, sorted keys, ASCII escapes (so look-alikes are told apart in a diff)."""
    doc = {"_provenance": PROVENANCE, **table}
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=True) + "\n"


def build() -> str:
    return render(build_table(build_graph(load_confusables())))


def show(table: dict[str, str]) -> None:
    alphabets = (
        "abcdefghijklmnopqrstuvwxyz",
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "αβγδεζηθικλμνξοπρστυφχψω",
    )
    for alphabet in alphabets:
        print(" ".join(f"{c}>{_apply(table, base_form(c))}" for c in alphabet))
    print(f"{len(table)} entries")


def _apply(table: dict[str, str], chars: str) -> str:
    return "".join(table.get(c, c) for c in chars)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=TABLE_PATH)
    parser.add_argument("--show", action="store_true", help="print the letter classes")
    args = parser.parse_args(argv)
    text = build()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    if args.show:
        table = json.loads(text)
        table.pop("_provenance")
        show(table)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
