"""The lexicon analyzer: curated phrases, matched on the folded text, with their evidence.

Every term is folded with :func:`clearsight.normalize.fold.fold` (the same deterministic
homoglyph/leet/spacing key the normalizer writes to ``Item.folded``), and one Aho-Corasick
automaton runs over each item's key. A match counts only on word boundaries of the key, and
maps back to the stored text through ``Item.fold_map``, so the evidence span is the exact text
as posted, obfuscation included.

Scoring, per category: ``1 - prod(1 - weight)`` over the distinct folded terms that matched
(when several lexicons hold the same term, its highest weight counts once; the evidence lists
every entry). A finding names the ideology only when every matched entry names the same one.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Self

import ahocorasick

from clearsight.analyze.lexicon_file import (
    Lexicon,
    LexiconEntry,
    active_lexicon_paths,
    load_lexicon,
)
from clearsight.errors import LexiconError
from clearsight.normalize.fold import fold
from clearsight.pipeline.stage import AnalyzerExample, PluginKind
from clearsight.types import Category, ContentKind, Evidence, Finding, Ideology, Item, Span

if TYPE_CHECKING:
    from clearsight.config import Settings


@dataclass(frozen=True, slots=True)
class Term:
    """A lexicon entry as the automaton holds it: the entry, its folded key and its list."""

    key: str
    entry: LexiconEntry
    lexicon: str
    lexicon_version: str


@dataclass(frozen=True, slots=True)
class Match:
    """One occurrence of a key in an item's folded text, mapped back to the stored text."""

    key: str
    span: Span
    terms: tuple[Term, ...]


class LexiconAnalyzer:
    """Finds curated phrases (harmful stances and context cues) in text."""

    name: ClassVar[str] = "lexicon"
    version: ClassVar[str] = "1.0"
    kind: ClassVar[PluginKind] = "analyzer"
    content_kinds: ClassVar[frozenset[ContentKind]] = frozenset({ContentKind.TEXT})

    def __init__(self, lexicons: Sequence[Lexicon]) -> None:
        self.lexicons = tuple(lexicons)
        self._automaton = build_automaton(fold_terms(self.lexicons))

    @classmethod
    def create(cls, settings: Settings) -> Self:
        """The starter list (unless switched off), ``settings.lexicons``, the user lexicon."""
        return cls([load_lexicon(p) for p in active_lexicon_paths(settings)])

    def analyze(self, item: Item) -> Sequence[Finding]:
        if not item.text:
            return []
        key, offsets = _folded(item)
        matches = list(find_matches(self._automaton, key, offsets, item.text))
        return [
            _finding(item, category, found) for category, found in _by_category(matches).items()
        ]

    def examples(self) -> Sequence[AnalyzerExample]:
        return EXAMPLES


EXAMPLES: tuple[AnalyzerExample, ...] = (
    AnalyzerExample(
        "The chess club said: we condemn the theft of the trophy from the library.",
        frozenset({Category.COUNTER_SPEECH}),
    ),
    AnalyzerExample(
        "According to officials, the flower show in Quillhaven opens on Saturday.",
        frozenset({Category.NEWS_REPORTING}),
    ),
    AnalyzerExample(
        "In the pantomime, the cardboard dragon roars 'your days are numbered' and trips over.",
        frozenset({Category.THREAT}),
    ),
    AnalyzerExample("Bring an umbrella to the picnic, it may rain.", frozenset()),
)


def fold_terms(lexicons: Iterable[Lexicon]) -> list[Term]:
    """Fold every entry's term; a term that folds to nothing is a lexicon error."""
    terms = []
    for lexicon in lexicons:
        for index, entry in enumerate(lexicon.entries):
            key = fold(entry.term).key.strip()
            if not key:
                raise LexiconError(f"{lexicon.path}: entry {index}: term: folds to nothing")
            terms.append(Term(key, entry, lexicon.name, lexicon.version))
    return terms


def build_automaton(terms: Iterable[Term]) -> Any:
    """One Aho-Corasick automaton: folded key -> every Term with that key."""
    grouped: dict[str, list[Term]] = {}
    for term in terms:
        grouped.setdefault(term.key, []).append(term)
    automaton = ahocorasick.Automaton()
    for key, group in grouped.items():
        automaton.add_word(key, (key, tuple(group)))
    if grouped:
        automaton.make_automaton()
    return automaton


def find_matches(automaton: Any, key: str, offsets: Sequence[int], text: str) -> Iterator[Match]:
    """Matches of whole words of ``key``, with spans in ``text``."""
    if not key or automaton.kind != ahocorasick.AHOCORASICK:
        return
    for last, (word, terms) in automaton.iter(key):
        start, end = last - len(word) + 1, last + 1
        if _on_boundaries(key, start, end):
            yield Match(word, _span(text, offsets, start, end), terms)


def _on_boundaries(key: str, start: int, end: int) -> bool:
    before_ok = start == 0 or not _is_word_char(key[start - 1])
    after_ok = end == len(key) or not _is_word_char(key[end])
    return before_ok and after_ok


def _is_word_char(char: str) -> bool:
    return char.isalnum() or unicodedata.category(char).startswith("M")


def _span(text: str, offsets: Sequence[int], start: int, end: int) -> Span:
    first, stop = offsets[start], offsets[end - 1] + 1
    while stop < len(text) and unicodedata.combining(text[stop]):
        stop += 1  # keep an accent that follows the last letter
    return Span(first, stop, text[first:stop])


def _folded(item: Item) -> tuple[str, Sequence[int]]:
    """The item's matching key; fold the text here if no normalizer filled it in."""
    if item.folded and len(item.fold_map) == len(item.folded):
        return item.folded, item.fold_map
    folded = fold(item.text or "")
    return folded.key, folded.offsets


def _by_category(matches: Iterable[Match]) -> dict[Category, list[tuple[Match, Term]]]:
    grouped: dict[Category, list[tuple[Match, Term]]] = {}
    for match in matches:
        for term in match.terms:
            grouped.setdefault(term.entry.category, []).append((match, term))
    return grouped


def _finding(item: Item, category: Category, found: list[tuple[Match, Term]]) -> Finding:
    spans = sorted({m.span for m, _ in found}, key=lambda s: (s.start, s.end))
    terms = _distinct_terms(t for _, t in found)
    return Finding(
        item_hash=item.content_hash,
        analyzer=LexiconAnalyzer.name,
        version=LexiconAnalyzer.version,
        category=category,
        score=noisy_or(_weights_by_key(terms)),
        evidence=Evidence(tuple(spans), {"terms": [_term_detail(t) for t in terms]}),
        ideology=_agreed_ideology(terms),
    )


def _distinct_terms(terms: Iterable[Term]) -> list[Term]:
    seen: dict[tuple[str, str, str], Term] = {}
    for term in terms:
        seen.setdefault((term.lexicon, term.entry.term, term.entry.lang), term)
    return list(seen.values())


def _weights_by_key(terms: Iterable[Term]) -> list[float]:
    best: dict[str, float] = {}
    for term in terms:
        best[term.key] = max(best.get(term.key, 0.0), term.entry.weight)
    return list(best.values())


def noisy_or(weights: Iterable[float]) -> float:
    """``1 - prod(1 - w)``: the chance that at least one independent cue is right."""
    return round(1.0 - math.prod(1.0 - w for w in weights), 4)


def _agreed_ideology(terms: Sequence[Term]) -> Ideology | None:
    ideologies = {t.entry.ideology for t in terms}
    return ideologies.pop() if len(ideologies) == 1 else None


def _term_detail(term: Term) -> dict[str, Any]:
    entry = term.entry
    return {
        "term": entry.term,
        "lang": entry.lang,
        "weight": entry.weight,
        "lexicon": term.lexicon,
        "lexicon_version": term.lexicon_version,
        "note": entry.note,
    }
