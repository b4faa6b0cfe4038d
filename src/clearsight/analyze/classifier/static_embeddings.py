"""Static token embeddings (numpy only) and a minimal WordPiece tokenizer over their vocabulary.

The artifact folder (written by :mod:`clearsight.training.distill`) holds ``embeddings.npy``
(float16, vocab x dims), ``weights.npy`` (float32 SIF weight per token), ``vocab.txt`` and a
``manifest.json`` whose sha256 entries are checked on load.

The tokenizer follows BERT's uncased rules: control and format characters are dropped (so a
zero-width space does not split a word), words are runs of letters, digits and combining marks,
every other non-space character is a word of its own, words are lower-cased and stripped of
accents, then split greedily into the longest vocabulary pieces (``##`` marks a continuation).
Every token keeps the ``[start, end)`` of its word in the text as given. Input is bounded:
only the first ``MAX_CHARS`` characters are read and at most ``MAX_TOKENS`` tokens kept.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from clearsight.errors import ClearsightError

SEMANTIC_DIR = Path(__file__).parent / "artifacts" / "semantic"
ARRAY_FILES = ("embeddings.npy", "weights.npy", "vocab.txt")
MAX_CHARS = 20_000
MAX_TOKENS = 1_024
MAX_WORD_CHARS = 100
UNK = "[UNK]"
_CACHE_LIMIT = 200_000

_RUN_RE = re.compile(r"\S+")
_ASCII_WORD_RE = re.compile(r"[A-Za-z0-9]+|[^\sA-Za-z0-9]")
_CJK = (
    (0x4E00, 0x9FFF),
    (0x3400, 0x4DBF),
    (0x20000, 0x2A6DF),
    (0x2A700, 0x2CEAF),
    (0xF900, 0xFAFF),
    (0x2F800, 0x2FA1F),
)
_ASCII_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_DROP_RE = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e"
    r"\u2060-\u2064\ufeff\ufff9-\ufffb]"
)


class EmbeddingError(ClearsightError):
    """The static-embedding artifact is missing, damaged, or does not match its manifest."""


@dataclass(frozen=True, slots=True)
class Tokens:
    """Token ids of one text and, per token, its word's ``[start, end)`` in the text."""

    ids: list[int]
    starts: list[int]
    ends: list[int]


class WordPiece:
    """Greedy longest-match WordPiece over a fixed vocabulary, with word offsets."""

    def __init__(self, vocab: list[str]) -> None:
        self.vocab = {token: index for index, token in enumerate(vocab)}
        self.unk = self.vocab[UNK]
        self._cache: dict[str, tuple[int, ...]] = {}

    def tokenize(self, text: str) -> Tokens:
        """Tokens of ``text[:MAX_CHARS]``, at most ``MAX_TOKENS`` of them."""
        clean, offsets = _without_controls(text[:MAX_CHARS])
        spans = _ascii_words(clean) if clean.isascii() else list(_words(clean))
        cached, pieces = self._cache.get, self.pieces
        ids: list[int] = []
        starts: list[int] = []
        ends: list[int] = []
        for left, right in spans:
            word = clean[left:right]
            found = cached(word) or pieces(word)
            start, end = (
                (left, right) if offsets is None else (offsets[left], offsets[right - 1] + 1)
            )
            if len(found) == 1:
                ids.append(found[0])
                starts.append(start)
                ends.append(end)
            else:
                ids.extend(found)
                starts.extend([start] * len(found))
                ends.extend([end] * len(found))
            if len(ids) >= MAX_TOKENS:
                return Tokens(ids[:MAX_TOKENS], starts[:MAX_TOKENS], ends[:MAX_TOKENS])
        return Tokens(ids, starts, ends)

    def pieces(self, word: str) -> tuple[int, ...]:
        """The vocabulary ids of one word (cached)."""
        found = self._cache.get(word)
        if found is None:
            found = self._split(_normal(word))
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            self._cache[word] = found
        return found

    def _split(self, word: str) -> tuple[int, ...]:
        if not word:
            return ()
        if len(word) > MAX_WORD_CHARS:
            return (self.unk,)
        ids: list[int] = []
        start = 0
        while start < len(word):
            piece = self._longest(word, start)
            if piece is None:
                return (self.unk,)
            ids.append(piece[0])
            start = piece[1]
        return tuple(ids)

    def _longest(self, word: str, start: int) -> tuple[int, int] | None:
        prefix = "##" if start else ""
        for end in range(len(word), start, -1):
            index = self.vocab.get(prefix + word[start:end])
            if index is not None:
                return index, end
        return None


def _ascii_words(text: str) -> list[tuple[int, int]]:
    """:func:`_words` for ASCII text, where every non-alphanumeric character is punctuation."""
    return [m.span() for m in _ASCII_WORD_RE.finditer(text)]


def _words(text: str) -> Iterator[tuple[int, int]]:
    """BERT's words: runs of non-space characters split at (and around) punctuation."""
    for match in _RUN_RE.finditer(text):
        start, end = match.span()
        run = match.group()
        if run.isalnum() and run.isascii():
            yield start, end
            continue
        word_start = start
        for index, char in enumerate(run, start):
            if _is_punct(char):
                if word_start < index:
                    yield word_start, index
                yield index, index + 1
                word_start = index + 1
        if word_start < end:
            yield word_start, end


@lru_cache(maxsize=4096)
def _is_punct(char: str) -> bool:
    """Punctuation and CJK ideographs: BERT makes each one a word of its own."""
    if char in _ASCII_PUNCT or unicodedata.category(char).startswith("P"):
        return True
    code = ord(char)
    return any(low <= code <= high for low, high in _CJK)


def _normal(word: str) -> str:
    lowered = word.lower()
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFD", lowered)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def _without_controls(text: str) -> tuple[str, list[int] | None]:
    """``text`` without control/format characters, and offsets back (None if none dropped)."""
    if _DROP_RE.search(text) is None:
        return text, None
    kept = [i for i, char in enumerate(text) if _DROP_RE.match(char) is None]
    return "".join(text[i] for i in kept), kept


@dataclass(frozen=True, slots=True)
class StaticEmbeddings:
    """Token vectors, token weights and the tokenizer of one artifact."""

    vectors: npt.NDArray[np.float32]
    weights: npt.NDArray[np.float32]
    tokenizer: WordPiece
    manifest: dict[str, Any]

    @property
    def dims(self) -> int:
        return int(self.vectors.shape[1])


def load_embeddings(folder: Path = SEMANTIC_DIR) -> StaticEmbeddings:
    """Load and verify the static embeddings in ``folder``."""
    manifest = _verified_manifest(folder)
    vectors = np.load(folder / "embeddings.npy", allow_pickle=False)
    weights = np.load(folder / "weights.npy", allow_pickle=False)
    vocab = (folder / "vocab.txt").read_text(encoding="utf-8").splitlines()
    if vectors.ndim != 2 or not len(vocab) == len(vectors) == len(weights):
        raise EmbeddingError(f"{folder}: embeddings, weights and vocabulary differ in size")
    return StaticEmbeddings(
        vectors.astype(np.float32), weights.astype(np.float32), WordPiece(vocab), manifest
    )


def _verified_manifest(folder: Path) -> dict[str, Any]:
    path = folder / "manifest.json"
    try:
        manifest: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise EmbeddingError(f"{path}: no embedding manifest") from None
    except json.JSONDecodeError as exc:
        raise EmbeddingError(f"{path}: manifest is not valid JSON ({exc.msg})") from exc
    for name in ARRAY_FILES:
        expected = manifest.get("files", {}).get(name)
        target = folder / name
        if not target.is_file() or sha256_file(target) != expected:
            raise EmbeddingError(f"{target}: missing or its sha256 does not match the manifest")
    return manifest


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
