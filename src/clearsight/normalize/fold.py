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

``fold_batch(texts)`` gives exactly ``fold`` of every text, faster: the texts are laid end to
end as one array of code points (with :data:`SEP` between them, which no step treats as a
letter or a separator) and each step is a few numpy operations over the whole batch; the
offsets stay numpy arrays.
"""

from __future__ import annotations

import json
import re
import sys
import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import numpy.typing as npt

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

SEP = "\x1d"  # between the texts of a batch: the character map never produces it
IntArray = npt.NDArray[np.int64]
Codes = npt.NDArray[np.uint32]


@dataclass(frozen=True, slots=True)
class Folded:
    """A matching key and, for each of its characters, the index in the text that made it."""

    key: str
    offsets: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class FoldedBatch:
    """The keys of a batch of texts and all their offsets in one flat array.

    Key ``i``'s offsets (indices into text ``i``) are
    ``offsets[starts[i] : starts[i] + len(keys[i])]``.
    """

    keys: list[str]
    offsets: IntArray
    starts: IntArray

    def __len__(self) -> int:
        return len(self.keys)

    def __getitem__(self, index: int) -> Folded:
        start = int(self.starts[index])
        end = start + len(self.keys[index])
        return Folded(self.keys[index], tuple(self.offsets[start:end].tolist()))


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


# The batch fold: the same steps as ``fold``, over code-point arrays of the whole batch.

_WORD, _LETTER, _LEET_CHAR, _BLANK, _JOINER = 1, 2, 4, 8, 16  # bits of a key character's kind
_SEP_CODE, _SPACE, _ONE, _I = ord(SEP), ord(" "), ord("1"), ord("i")
_LEET_CODES = np.arange(128, dtype=np.uint32)
_LEET_CODES[[ord(c) for c in "0134@5$789!|+"]] = [ord(c) for c in "oieaasstbgiit"]


def fold_batch(texts: Sequence[str]) -> FoldedBatch:
    """``fold`` of every text (the same keys and offsets), vectorised over the batch."""
    if not texts:
        return FoldedBatch([], np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))
    codes, source, bounds = _map_batch(texts)
    kinds = _TABLE.kind[codes]
    keep = _joined_spaced_out(codes, kinds)
    if keep is not None:
        codes, source, kinds = codes[keep], source[keep], kinds[keep]
    _unleet_batch(codes, kinds)
    drop = _run_tails(codes, kinds)
    codes[(kinds & _BLANK) != 0] = _SPACE
    kept = _kept(codes, drop)
    codes, source = codes[kept], source[kept]
    is_sep = codes == _SEP_CODE
    seps = np.flatnonzero(is_sep)
    keys = codes.tobytes().decode("utf-32-le").split(SEP)[1:-1]
    chars = ~is_sep
    doc = np.cumsum(is_sep)[chars] - 1
    offsets = source[chars] - bounds[doc] - 1
    return FoldedBatch(keys, offsets, seps[:-1] - np.arange(len(texts)))


class _CodeTable:
    """Per code point: its key characters (``width`` of them at ``pool[first:]``) and, as a
    key character, its ``kind`` bits. Numpy tables over all of Unicode, filled on demand (the
    untouched pages of a zeroed array cost no memory)."""

    def __init__(self) -> None:
        size = sys.maxunicode + 1
        self.known = np.zeros(size, dtype=bool)
        self.width = np.zeros(size, dtype=np.int32)
        self.first = np.zeros(size, dtype=np.int32)
        self.kind = np.zeros(size, dtype=np.uint8)
        self.pool = np.zeros(0, dtype=np.uint32)
        self._lock = threading.Lock()
        for code in range(128):
            self.kind[code] = _kind(chr(code))

    def fill(self, codes: Codes) -> None:
        """Make sure every code point in ``codes`` is in the tables."""
        if self.known[codes].all():
            return
        with self._lock:
            fresh = np.unique(codes[~self.known[codes]]).tolist()
            pieces = [_PIECES[code] for code in fresh]
            added = [ord(c) for piece in pieces for c in piece]
            for c in set("".join(pieces)):
                self.kind[ord(c)] = _kind(c)
            widths = np.array([len(piece) for piece in pieces], dtype=np.int32)
            self.first[fresh] = len(self.pool) + np.cumsum(widths) - widths
            self.width[fresh] = widths
            self.pool = np.concatenate([self.pool, np.array(added, dtype=np.uint32)])
            self.known[fresh] = True


def _kind(c: str) -> int:
    bits = _WORD if c.isalnum() else 0
    bits |= _LETTER if _is_letter(c) else 0
    bits |= _LEET_CHAR if _LEET_RE.fullmatch(c) else 0
    bits |= _BLANK if c in LEET_SYMBOLS + _DOT + _DASH + _UNDERSCORE + _OTHER else 0
    return bits | (_JOINER if c in " .-\x1e" else 0)


_TABLE = _CodeTable()


def _map_batch(texts: Sequence[str]) -> tuple[Codes, IntArray, IntArray]:
    """Every character mapped (``_map_chars``) with ``SEP`` around each text: the key
    characters, the index in the joined texts that made each, and where each ``SEP`` was."""
    joined = SEP + SEP.join(texts) + SEP
    raw = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    bounds = np.concatenate(([0], np.cumsum(lengths + 1)))
    _TABLE.fill(raw)
    width = _TABLE.width[raw].astype(np.int64)
    width[bounds] = 1
    ends = np.cumsum(width)
    source = np.repeat(np.arange(len(raw)), width)
    index = _TABLE.first[raw][source] + np.arange(ends[-1]) - (ends - width)[source]
    codes = _TABLE.pool[index]
    codes[ends[bounds] - 1] = _SEP_CODE
    return codes, source, bounds


def _joined_spaced_out(codes: Codes, kinds: npt.NDArray[np.uint8]) -> npt.NDArray[np.bool_] | None:
    """Step 1: the characters to keep once spaced-out words are joined (None: all of them).

    A cheap necessary condition picks the texts (a non-word, then word, joiner, word, the
    same joiner, word); ``_JOIN_RE`` runs on those texts only.
    """
    word, joiner = (kinds & _WORD) != 0, (kinds & _JOINER) != 0
    hint = ~word[:-5] & word[1:-4] & joiner[2:-3] & word[3:-2] & word[5:]
    hint &= codes[2:-3] == codes[4:-1]
    if not hint.any():
        return None
    seps = np.flatnonzero(codes == _SEP_CODE)
    keep = np.ones(len(codes), dtype=bool)
    for doc in np.unique(np.searchsorted(seps, np.flatnonzero(hint) + 1) - 1).tolist():
        start = int(seps[doc]) + 1
        text = codes[start : seps[doc + 1]].tobytes().decode("utf-32-le")
        for m in _JOIN_RE.finditer(text):
            keep[start + m.start() + 1 : start + m.end() : 2] = False
    return None if keep.all() else keep


def _unleet_batch(codes: Codes, kinds: npt.NDArray[np.uint8]) -> None:
    """Step 2, in place: ``_unleet`` on every run of leet characters."""
    leet = ((kinds & _LEET_CHAR) != 0).view(np.int8)
    edges = np.diff(leet)
    starts, ends = np.flatnonzero(edges == 1) + 1, np.flatnonzero(edges == -1) + 1
    letter, word = (kinds & _LETTER) != 0, (kinds & _WORD) != 0
    before, after = letter[starts - 1], letter[ends]
    inside = _spans(starts[before & after], ends[before & after])
    codes[inside] = _LEET_CODES[codes[inside]]
    others = np.flatnonzero(codes != _ONE)  # a run's neighbours are never "1"
    lead_start = starts[before & ~after]
    lead_end = others[np.searchsorted(others, lead_start)]  # first non-1 at or after the start
    lead = (lead_end > lead_start) & ~word[lead_end]
    trail_end = ends[after & ~before]
    trail_start = others[np.searchsorted(others, trail_end - 1, side="right") - 1] + 1
    trail = (trail_start < trail_end) & ~word[trail_start - 1]
    ones = np.concatenate(
        [_spans(lead_start[lead], lead_end[lead]), _spans(trail_start[trail], trail_end[trail])]
    )
    codes[ones] = _I
    changed = np.concatenate([inside, ones])
    kinds[changed] = _TABLE.kind[codes[changed]]


def _spans(starts: IntArray, ends: IntArray) -> IntArray:
    """Every index of the spans ``[starts, ends)``, in order."""
    lengths = ends - starts
    shift: IntArray = np.repeat(starts - np.cumsum(lengths) + lengths, lengths)
    return shift + np.arange(len(shift))


def _run_tails(codes: Codes, kinds: npt.NDArray[np.uint8]) -> npt.NDArray[np.bool_]:
    """Step 4: the letters past the kept head (one, three for ``i``) of runs of 3+ letters."""
    n = len(codes)
    same = np.zeros(n + 1, dtype=bool)  # same[k]: codes[k] == codes[k - 1]
    same[1:n] = codes[1:] == codes[:-1]
    one_back, two_back = np.zeros(n, dtype=bool), np.zeros(n, dtype=bool)
    one_back[1:], two_back[2:] = same[: n - 1], same[: n - 2]
    # a repeat is a tail if the run is 3+ long: it reaches 3 before it, or goes on after it
    tail = np.where(codes == _I, one_back & two_back, one_back | same[1:])
    tails: npt.NDArray[np.bool_] = ((kinds & _LETTER) != 0) & same[:n] & tail
    return tails


def _kept(codes: Codes, drop: npt.NDArray[np.bool_]) -> IntArray:
    """Step 3 and the strip: the indices kept once run tails, every space after a space and
    each text's leading and trailing space are dropped."""
    space = codes == _SPACE
    gap = space | (codes == _SEP_CODE)
    drop[1:] |= space[1:] & gap[:-1]
    kept = np.flatnonzero(~drop)
    ends = codes[kept]
    trailing = np.append((ends[:-1] == _SPACE) & (ends[1:] == _SEP_CODE), False)
    out: IntArray = kept[~trailing]
    return out
