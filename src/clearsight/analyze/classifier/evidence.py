"""Evidence spans: exact feature attributions gathered onto the words of the text.

Each feature row's contribution (weight x value) is credited whole to the word at the centre
of its span, so a text's word weights sum exactly to its logit minus the bias. The top words
per label with positive weight become span rows (numpy, for the whole batch), mapped from the
folded key back to the text through the fold offsets (so ``l33t`` or spaced-out words point at
the characters as written), and then :class:`EvidenceSpan` objects.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

import numpy as np
import numpy.typing as npt

from clearsight.analyze.classifier.api import LABELS, EvidenceSpan
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
    left at the end of a text; keys have no double spaces, so one of them is a word. The
    credit is worked out once per character of the batch, then looked up per row.
    """
    space = np.append(grams.space, True)
    ids = np.cumsum(space) - 1  # per character: spaces up to here
    lookup = np.zeros(int(ids[-1]) + 2, dtype=np.int64)
    lookup[ids[words.start]] = np.arange(len(words.start))
    word_at = lookup[ids]  # a space: the word starting right after it
    to_left = space & np.append(space[1:], True)
    credit = np.where(to_left, np.roll(word_at, 1), word_at)
    found: IntArray = credit[(grams.start + grams.end) // 2]
    return found


def word_weights(grams: Grams, weights: npt.NDArray[np.float32], words: Words) -> FloatArray:
    """(words, labels): each word's exact share of each label's logit.

    ``weights`` is the model's (buckets, labels) weight table.
    """
    credited = row_words(grams, words)
    rows = np.take(weights, grams.bucket, axis=0)
    out = np.empty((len(words.doc), weights.shape[1]), dtype=np.float64)
    for j in range(weights.shape[1]):
        out[:, j] = np.bincount(credited, rows[:, j], minlength=len(words.doc))
    out *= grams.doc_value[words.doc][:, None]
    return out


def top_spans(
    words: Words,
    weights: FloatArray,
    origin: IntArray,
    offsets: IntArray,
    starts: IntArray,
    explain: npt.NDArray[np.bool_],
) -> FloatArray:
    """Rows ``(text, label, start, end, weight)``: per text, the ``TOP_K`` words with the
    largest positive weight for each label that ``explain[text, label]`` asks for, ordered by
    text, label and weight (largest first), ``[start, end)`` in the text as given.

    Key character ``j`` of text ``d`` came from index ``offsets[starts[d] + j]`` of the text
    (the layout of :class:`clearsight.normalize.fold.FoldedBatch`).
    """
    word, label = np.nonzero((weights > 0) & explain[words.doc])
    w = weights[word, label]
    doc = words.doc[word]
    order = np.lexsort((-w, label, doc))
    group = doc[order] * weights.shape[1] + label[order]
    rank = np.arange(len(order)) - np.searchsorted(group, group, side="left")
    chosen = order[rank < TOP_K]
    docs = doc[chosen]
    shift = starts[docs] - origin[docs]
    first = offsets[words.start[word[chosen]] + shift]
    last = offsets[words.end[word[chosen]] - 1 + shift]
    columns = (docs, label[chosen], first, last + 1, w[chosen])
    return np.stack(columns, axis=1).astype(np.float64).reshape(-1, 5)


def evidence_lists(rows: FloatArray, n_texts: int) -> list[list[EvidenceSpan]]:
    """Span rows ``(text, label, start, end, weight)``, ordered by text, as EvidenceSpans per
    text (in the order of the rows)."""
    text, label, start, end = (rows[:, i].astype(np.int64) for i in range(4))
    spans = list(
        map(
            EvidenceSpan,
            start.tolist(),
            end.tolist(),
            [LABELS[i] for i in label.tolist()],
            rows[:, 4].tolist(),
        )
    )
    cuts = np.searchsorted(text, np.arange(n_texts + 1)).tolist()
    return [spans[a:b] for a, b in pairwise(cuts)]
