"""The matching key: a deterministic, O(n) fold of text that undoes common obfuscation.

``fold(text)`` returns a :class:`Folded` key and, for every key character, the index in
``text`` of the character that produced it, so spans found in the key map back to the text.
Lexicon terms go through the same function, so any folding is fine as long as it is consistent.

Per character (cached): NFKD, drop combining marks and format characters, casefold, decimal
digits of any script to ASCII, Arabic tatweel dropped, the confusables table
(``data/fold_table.json``), and the i-class: ``l`` becomes ``i``. Then, over the string:

1. spaced-out words: three or more single characters, each pair separated by the same single
   space, dot, dash or underscore, are joined (``s p a c e d``, ``s.p.a.c.e.d``; not ``a b``);
2. leetspeak: a run of ``0 1 3 4 @ 5 $ 7 8 9 ! | +`` with a letter right before and right
   after becomes letters (``k1ll``, ``l33t``); a run of ``1`` touching a letter on one side
   and a word edge on the other becomes ``i`` (``kil1``, ``1diot``); other digits stay
   (``2024``, ``100 people``, ``covid19``);
3. every run of other characters becomes one space, with none at either end;
4. a run of 3+ identical letters becomes one letter, except the i-class, which is capped at
   three (``ill`` is an ordinary spelling: ``kill``, ``kiII``, ``k1ll``, ``kiiilll`` all give
   ``kiii``). Digits never collapse.

The i-class is ``i``, ``l``, in-word ``1``, ``|`` and ``!``, and everything the confusables
table maps to ``i`` or ``l`` (``I``, ``ı``, ``ι``, ``і``, ``ӏ``, ``ǀ``, ...); its key letter
is ``i``. Letters are never folded into digits, and right-to-left letters never into Latin.
Nothing enumerates readings: each step is one left-to-right pass.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

TABLE_PATH = Path(__file__).parent / "data" / "fold_table.json"

LEET_SYMBOLS = "@$!|+"
LEET = str.maketrans("0134@5$789!|+", "oieaasstbgiit")
_DOT, _DASH, _UNDERSCORE, _OTHER = ".", "-", "\x1e", "\x1f"  # separators, as the key sees them
_TO_SPACE = str.maketrans(dict.fromkeys(LEET_SYMBOLS + _DOT + _DASH + _UNDERSCORE + _OTHER, " "))
_DOTS = frozenset(".·•")
_TATWEEL = "\u0640"
_CACHE_LIMIT = 65_536  # distinct characters remembered; rarer ones are recomputed

_JOIN_HINT_RE = re.compile(r"[ .\-\x1e]\w[ .\-\x1e]\w")  # part of any spaced-out word
_JOIN_RE = re.compile(r"(?<!\w)\w([ .\-\x1e])\w(?:\1\w)+(?!\w)")
_LEET_RE = re.compile(r"[013-57-9@$!|+]+")
_RUN_RE = re.compile(r"([^\W\d])\1\1+")
_EXTRA_SPACE_RE = re.compile(r"(?<= ) ")
_GAP_RE = re.compile(r"\0+")


@dataclass(frozen=True, slots=True)
class Folded:
    """A matching key and, for each of its characters, the index in the text that made it."""

    key: str
    offsets: tuple[int, ...]


def fold(text: str) -> Folded:
    """The matching key of ``text`` with offsets back into ``text``."""
    s, offs = _map_chars(text)
    if _JOIN_HINT_RE.search(s) and _JOIN_RE.search(s):
        s, offs = _compact(_JOIN_RE.sub(_mark_join, s), offs)
    s = _LEET_RE.sub(_unleet, s).translate(_TO_SPACE)
    if _RUN_RE.search(s):
        s = _RUN_RE.sub(_mark_run, s)
    marked = _EXTRA_SPACE_RE.sub("\0", s)
    key, offs = _compact(marked, offs) if "\0" in marked else (marked, offs)
    return _strip(key, offs)


def base_form(char: str) -> str:
    """One character before the confusables table: NFKD, no marks, casefolded, ASCII digits."""
    out = _drop_marks(unicodedata.normalize("NFKD", char)).casefold()
    out = _drop_marks(unicodedata.normalize("NFKD", out))
    return "".join(_ascii_digit(c) for c in out if c != _TATWEEL)


@cache
def fold_table() -> dict[str, str]:
    """The shipped confusables map (single character to single character)."""
    data: dict[str, str] = json.loads(TABLE_PATH.read_text(encoding="utf-8"))
    data.pop("_provenance", None)
    return data


def char_key(char: str) -> str:
    """What one character contributes to the key before the context steps (cached)."""
    return _PIECES[ord(char)]


def _map_char(char: str) -> str:
    table = fold_table()
    return "".join(_classify(table.get(c, c)) for c in base_form(char))


def _classify(c: str) -> str:
    if c == "l":
        return "i"
    if c.isalnum() or c in LEET_SYMBOLS:
        return c
    category = unicodedata.category(c)
    if category == "Zs":
        return " "
    if c in _DOTS:
        return _DOT
    if category == "Pd":
        return _DASH
    return _UNDERSCORE if c == "_" else _OTHER


def _drop_marks(s: str) -> str:
    return "".join(c for c in s if unicodedata.category(c) not in ("Mn", "Mc", "Me", "Cf"))


def _ascii_digit(c: str) -> str:
    return str(unicodedata.decimal(c)) if c.isdecimal() and not c.isascii() else c


class _Pieces(dict[int, str]):
    """Code point to what it contributes to the key, filled on demand."""

    def __missing__(self, key: int) -> str:
        value = _map_char(chr(key))
        if len(self) < _CACHE_LIMIT:
            self[key] = value
        return value


class _OneToOne(dict[int, str]):
    """``str.translate`` table: the one key character, or ``\\0`` for zero or several."""

    def __missing__(self, key: int) -> str:
        piece = _PIECES[key]
        value = piece if len(piece) == 1 else "\0"
        if len(self) < _CACHE_LIMIT:
            self[key] = value
        return value


_PIECES = _Pieces()
_ONE_TO_ONE = _OneToOne()


def _map_chars(text: str) -> tuple[str, list[int] | None]:
    """Map every character; offsets are None while they are the identity."""
    mapped = text.translate(_ONE_TO_ONE)
    if "\0" not in mapped:
        return mapped, None
    pieces = [_PIECES[ord(c)] for c in text]
    offs = [i for i, piece in enumerate(pieces) for _ in piece]
    return "".join(pieces), offs


def _mark_join(m: re.Match[str]) -> str:
    return m.group().replace(m.group(1), "\0")


def _unleet(m: re.Match[str]) -> str:
    """A run of leet characters, read as letters when it sits inside a word."""
    run, text, (start, end) = m.group(), m.string, m.span()
    before, after = text[start - 1 : start], text[end : end + 1]
    if _is_letter(before) and _is_letter(after):
        return run.translate(LEET)
    lead = len(run) - len(run.lstrip("1"))
    if lead and _is_letter(before) and not _is_word(run[lead : lead + 1] or after):
        return "i" * lead + run[lead:]
    trail = len(run) - len(run.rstrip("1"))
    if trail and _is_letter(after) and not _is_word(run[-trail - 1 : -trail] or before):
        return run[:-trail] + "i" * trail
    return run


def _is_letter(c: str) -> bool:
    return c.isalnum() and not c.isdecimal()


def _is_word(c: str) -> bool:
    return c.isalnum()


def _mark_run(m: re.Match[str]) -> str:
    run = m.group()
    keep = 3 if run[0] == "i" else 1
    return run[:keep] + "\0" * (len(run) - keep)


def _compact(marked: str, offs: list[int] | None) -> tuple[str, list[int]]:
    """Drop the characters marked ``\\0``, and their offsets (one slice per gap)."""
    kept: list[int] = []
    start = 0
    for gap in _GAP_RE.finditer(marked):
        kept.extend(range(start, gap.start()) if offs is None else offs[start : gap.start()])
        start = gap.end()
    kept.extend(range(start, len(marked)) if offs is None else offs[start:])
    return marked.replace("\0", ""), kept


def _strip(key: str, offs: list[int] | None) -> Folded:
    start = 1 if key[:1] == " " else 0
    end = len(key) - 1 if key[-1:] == " " and len(key) > start else len(key)
    if offs is None:
        return Folded(key[start:end], tuple(range(start, end)))
    return Folded(key[start:end], tuple(offs[start:end]))
