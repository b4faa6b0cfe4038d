"""Evidence spans: exact feature attributions gathered onto the words of the text.

Each feature row's contribution (weight x value) is credited whole to the word at the centre
of its span, so a text's word weights sum exactly to its logit minus the bias. The top words
per label with positive weight become :class:`EvidenceSpan` objects, mapped from the folded
key back to the text through the fold offsets (so ``l33t`` or spaced-out words point at the
characters as written).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

import numpy as np
import numpy.typing as npt

from clearsight.analyze.classifier.api import EvidenceSpan
from clearsight.analyze.classifier.features import Grams

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
TOP_K = 3
EVIDENCE_MIN = 0.05  # labels scored lower get no evidence spans (nothing to explain)


@dataclass(frozen=True, slots=True)
class Words:
    """The words of a batch: text index and ``[start, end)`` in the padded batch string."""

    doc: IntArray
    start: IntArray
    end: IntArray


def batch_words(grams: Grams) -> Words:
    """Runs of non-space characters of the padded batch string, per text."""
    spaces = np.flatnonzero(grams.space)
    left, right = spaces[:-1], spaces[1:]
    keep = right - left > 1
    start, end = left[keep] + 1, right[keep]
    doc = np.searchsorted(grams.origin, start, side="right") - 1
    return Words(doc.astype(np.int64), start, end)


def row_words(grams: Grams, words: Words) -> IntArray:
    """The word each feature row is credited to: the word at the row's centre character.

    A centre on a space (a pad or a word gap) goes to the word on its right, or on its
    left at the end of a text; keys have no double spaces, so one of them is a word.
    """
    space = np.append(grams.space, True)
    centre = (grams.start + grams.end) // 2
    on_space = space[centre]
    right_ok = ~space[np.minimum(centre + 1, len(space) - 1)]
    centre = np.where(on_space, np.where(right_ok, centre + 1, centre - 1), centre)
    ids = np.cumsum(space) - 1  # per character: spaces up to here
    lookup = np.zeros(int(ids[-1]) + 2, dtype=np.int64)
    lookup[ids[words.start]] = np.arange(len(words.start))
    found: IntArray = lookup[ids[centre]]
    return found


def word_weights(
    grams: Grams, columns: Sequence[npt.NDArray[np.float32]], words: Words
) -> FloatArray:
    """(words, labels): each word's exact share of each label's logit.

    ``columns`` holds one contiguous weight array per label (the model's weight columns).
    """
    credited = row_words(grams, words)
    out = np.empty((len(words.doc), len(columns)), dtype=np.float64)
    for j, column in enumerate(columns):
        out[:, j] = np.bincount(credited, column[grams.bucket], minlength=len(words.doc))
    out *= grams.doc_value[words.doc][:, None]
    return out


def top_spans(
    words: Words,
    weights: FloatArray,
    origin: IntArray,
    offsets: Sequence[Sequence[int]],
    labels: Sequence[str],
    explain: npt.NDArray[np.bool_],
) -> list[list[EvidenceSpan]]:
    """Per text, the ``TOP_K`` words with the largest positive weight for each label that
    ``explain[text, label]`` asks for."""
    word, label = np.nonzero((weights > 0) & explain[words.doc])
    w = weights[word, label]
    doc = words.doc[word]
    order = np.lexsort((-w, label, doc))
    group = doc[order] * len(labels) + label[order]
    rank = np.arange(len(order)) - np.searchsorted(group, group, side="left")
    chosen = order[rank < TOP_K]
    docs = doc[chosen]
    starts = (words.start[word[chosen]] - origin[docs]).tolist()
    ends = (words.end[word[chosen]] - origin[docs]).tolist()
    doc_list = docs.tolist()
    spans = list(
        map(
            EvidenceSpan,
            [offsets[d][s] for d, s in zip(doc_list, starts, strict=True)],
            [offsets[d][e - 1] + 1 for d, e in zip(doc_list, ends, strict=True)],
            [labels[i] for i in label[chosen].tolist()],
            w[chosen].tolist(),
        )
    )
    cuts = np.searchsorted(docs, np.arange(len(offsets) + 1)).tolist()
    return [spans[a:b] for a, b in pairwise(cuts)]
