"""The ``semantic`` tier: static MiniLM token embeddings, a linear head, stacked with ``fast``.

Per text: WordPiece tokens -> SIF-weighted mean and per-dimension max of their static
embeddings -> a logistic head per label (``sem``). The ``fast`` tier's calibrated logit
(``fst``) and ``sem`` are combined by a stacked logistic fitted on the validation split:
``p = sigmoid(alpha*fst + beta*sem + gamma)``. Numpy only; no torch at run time.

Evidence: the ``fast`` tier's spans (weights rescaled into the combined logit) plus, per label,
the words whose tokens pushed ``sem`` up most. Shares are exact: a token gets
``w_i * (e_i . W_mean) / sum(w)`` for the mean, and each dimension's max times its weight for
the dimensions where it is the maximum (see :meth:`SemanticClassifier.contributions`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Self

import numpy as np
import numpy.typing as npt

from clearsight.analyze.classifier.api import LABELS, EvidenceSpan, Prediction
from clearsight.analyze.classifier.calibration import sigmoid
from clearsight.analyze.classifier.evidence import evidence_lists
from clearsight.analyze.classifier.fast import FastClassifier, load_fast
from clearsight.analyze.classifier.static_embeddings import (
    SEMANTIC_DIR,
    EmbeddingError,
    StaticEmbeddings,
    load_embeddings,
    sha256_file,
)
from clearsight.normalize.fold import fold_batch
from clearsight.pipeline.stage import AnalyzerExample, PluginKind
from clearsight.types import Category, ContentKind, Evidence, Finding, Item, Span

if TYPE_CHECKING:
    from clearsight.config import Settings

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
HEAD_FILE = "head.npz"
PINNED_FAST = "fast"
TOP_K = 3
BLAS_ROWS = 128  # rows per matrix product: small enough that BLAS stays on one thread
_EPS = 1e-6


@dataclass(frozen=True, slots=True)
class Head:
    """``weights`` (dims, labels) and ``bias`` of the semantic head; ``stack`` (3, labels)."""

    weights: FloatArray
    bias: FloatArray
    stack: FloatArray


@dataclass(frozen=True, slots=True)
class TokenBatch:
    """The tokens of a batch, flat: text index, id, SIF share of the mean, word offsets."""

    doc: IntArray
    ids: IntArray
    share: FloatArray
    start: IntArray
    end: IntArray


def tokenize_batch(emb: StaticEmbeddings, texts: Sequence[str]) -> TokenBatch:
    """Tokens of every text; ``share`` sums to 1 per text (0 for texts with no weight)."""
    docs: list[int] = []
    ids: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    for index, text in enumerate(texts):
        tokens = emb.tokenizer.tokenize(text)
        docs.extend([index] * len(tokens.ids))
        ids.extend(tokens.ids)
        starts.extend(tokens.starts)
        ends.extend(tokens.ends)
    doc = np.array(docs, dtype=np.int64)
    id_array = np.array(ids, dtype=np.int64)
    weight = emb.weights[id_array].astype(np.float64)
    total = np.bincount(doc, weight, minlength=len(texts))
    share = weight / np.maximum(total[doc], _EPS)
    return TokenBatch(doc, id_array, share, np.array(starts), np.array(ends))


class SemanticClassifier:
    """Static embeddings plus a linear head, stacked with the ``fast`` tier."""

    name = "semantic"

    def __init__(
        self, emb: StaticEmbeddings, head: Head, fast: FastClassifier, version: str
    ) -> None:
        self.emb, self.head, self.fast, self.version = emb, head, fast, version
        dims = emb.dims
        self._token_logits = (emb.vectors.astype(np.float64) @ head.weights[:dims]).astype(
            np.float32
        )
        self._max_weights = head.weights[dims:].astype(np.float32)

    @property
    def label(self) -> str:
        return f"{self.name}@{self.version}"

    def semantic_logits(self, texts: Sequence[str]) -> FloatArray:
        """(texts, labels): the semantic head's own logits (before stacking)."""
        batch = tokenize_batch(self.emb, texts)
        return self._sem(self.contributions(batch), batch, len(texts))

    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        fast_probs, fast_rows = self.fast.explain(fold_batch(texts))
        batch = tokenize_batch(self.emb, texts)
        contrib = self.contributions(batch)
        sem = self._sem(contrib, batch, len(texts))
        probs = self._stacked(logit(fast_probs), sem)
        spans = self._evidence(contrib, batch, fast_rows, len(texts))
        return [
            Prediction(dict(zip(LABELS, row, strict=True)), found)
            for row, found in zip(probs.tolist(), spans, strict=True)
        ]

    def scores(self, texts: Sequence[str]) -> FloatArray:
        """(texts, labels) calibrated probabilities, without evidence."""
        fst = logit(self.fast.scores(texts))
        return self._stacked(fst, self.semantic_logits(texts))

    def contributions(self, batch: TokenBatch) -> FloatArray:
        """(tokens, labels): each token's exact share of the head's logit, bias excluded.

        Mean part: ``share_i * (e_i . W_mean)``. Max part: each dimension's maximum is credited
        to the token(s) that reach it (split evenly on ties): ``sum_d e_id * W_max[d]``. The max
        part is worked out one text at a time, in matrix products of at most ``BLAS_ROWS`` rows:
        a text gets the same bits in any batch, and BLAS never spins up (and bills) its threads.
        """
        logits = np.take(self._token_logits, batch.ids, axis=0)
        out: FloatArray = logits.astype(np.float64) * batch.share[:, None]
        kept = np.flatnonzero(batch.share > 0)
        if not len(self._max_weights) or not len(kept):
            return out
        rows = np.take(self.emb.vectors, batch.ids[kept], axis=0)
        doc = batch.doc[kept]
        cuts = np.flatnonzero(np.r_[True, doc[1:] != doc[:-1], True]).tolist()
        shares = np.empty((len(kept), self._max_weights.shape[1]), dtype=np.float32)
        for start, end in pairwise(cuts):
            block = rows[start:end]
            top = block.max(axis=0)
            hits = block == top
            np.multiply(hits, top / hits.sum(axis=0, dtype=np.float32), out=block)
            for at in range(start, end, BLAS_ROWS):
                stop = min(at + BLAS_ROWS, end)
                np.matmul(rows[at:stop], self._max_weights, out=shares[at:stop])
        out[kept] += shares.astype(np.float64)
        return out

    def _sem(self, contrib: FloatArray, batch: TokenBatch, n_texts: int) -> FloatArray:
        out = np.empty((n_texts, len(LABELS)), dtype=np.float64)
        for label in range(len(LABELS)):
            out[:, label] = np.bincount(batch.doc, contrib[:, label], minlength=n_texts)
        return out + self.head.bias

    def _stacked(self, fst: FloatArray, sem: FloatArray) -> FloatArray:
        alpha, beta, gamma = self.head.stack
        return sigmoid(alpha * fst + beta * sem + gamma)

    def _evidence(
        self, contrib: FloatArray, batch: TokenBatch, fast_rows: FloatArray, n_texts: int
    ) -> list[list[EvidenceSpan]]:
        alpha, beta = self.head.stack[0], self.head.stack[1]
        from_fast = fast_rows.copy()
        scale = alpha * self.fast.artifact.platt_a
        from_fast[:, 4] *= scale[from_fast[:, 1].astype(np.int64)]
        return merged(np.vstack([from_fast, word_spans(batch, contrib * beta)]), n_texts)


def merged(rows: FloatArray, n_texts: int) -> list[list[EvidenceSpan]]:
    """Span rows ``(text, label, start, end, weight)`` as EvidenceSpans per text.

    Rows of the same text, label and word (one from each tier) become one, weights summed;
    each text's spans are ordered by label, then weight (largest first).
    """
    if not len(rows):
        return [[] for _ in range(n_texts)]
    ints = rows[:, :4].astype(np.int64)
    width = int(ints[:, 3].max()) + 1
    packed = ((ints[:, 0] * len(LABELS) + ints[:, 1]) * width + ints[:, 2]) * width + ints[:, 3]
    unique, first, inverse = np.unique(packed, return_index=True, return_inverse=True)
    keys = ints[first]
    weight = np.bincount(inverse, rows[:, 4], minlength=len(unique))
    order = np.lexsort((keys[:, 2], -weight, keys[:, 1], keys[:, 0]))
    return evidence_lists(np.column_stack([keys[order], weight[order]]), n_texts)


def word_spans(batch: TokenBatch, contrib: FloatArray) -> FloatArray:
    """Rows ``(text, label, start, end, weight)``: per text and label, the ``TOP_K`` words
    with the largest positive contribution."""
    if not len(batch.doc):
        return np.zeros((0, 5))
    new_word = np.ones(len(batch.doc), dtype=bool)
    new_word[1:] = (batch.doc[1:] != batch.doc[:-1]) | (batch.start[1:] != batch.start[:-1])
    word = np.cumsum(new_word) - 1
    heads = np.flatnonzero(new_word)
    weights = np.stack(
        [np.bincount(word, contrib[:, i], minlength=len(heads)) for i in range(len(LABELS))], 1
    )
    index, label = np.nonzero(weights > 0)
    doc, start, weight = batch.doc[heads][index], batch.start[heads][index], weights[index, label]
    order = np.lexsort((start, -weight, label, doc))
    group = doc[order] * len(LABELS) + label[order]
    rank = np.arange(len(order)) - np.searchsorted(group, group, side="left")
    chosen = order[rank < TOP_K]
    end = batch.end[heads][index]
    columns = (doc[chosen], label[chosen], start[chosen], end[chosen], weight[chosen])
    return np.stack(columns, axis=1).astype(np.float64)


def logit(p: FloatArray) -> FloatArray:
    clipped = np.clip(p, 1e-7, 1 - 1e-7)
    out: FloatArray = np.log(clipped) - np.log1p(-clipped)
    return out


def save_head(folder: Path, head: Head, name: str = HEAD_FILE) -> None:
    """Write ``head.npz`` (float64, so golden scores reproduce exactly)."""
    with (folder / name).open("wb") as handle:
        np.savez(handle, weights=head.weights, bias=head.bias, stack=head.stack)


def load_head(folder: Path, expected_sha256: str | None, name: str = HEAD_FILE) -> Head:
    """Load ``head.npz``, checking its digest against the manifest."""
    path = folder / name
    if not path.is_file() or sha256_file(path) != expected_sha256:
        raise EmbeddingError(f"{path}: missing or its sha256 does not match the manifest")
    with np.load(path, allow_pickle=False) as data:
        return Head(data["weights"], data["bias"], data["stack"])


def load_semantic(
    folder: Path | None = None, fast: FastClassifier | None = None
) -> SemanticClassifier:
    """The shipped ``semantic`` tier (loaded once per process), or the one in ``folder``.

    By default the ``fast`` model is the copy pinned in ``folder/fast`` (the one the stack was
    fitted on), so retraining ``fast`` never silently shifts the ``semantic`` scores.
    """
    if folder is None and fast is None:
        return _shipped()
    folder = folder or SEMANTIC_DIR
    emb = load_embeddings(folder)
    files = emb.manifest.get("files", {})
    head = load_head(folder, files.get(HEAD_FILE))
    version = str(emb.manifest.get("version", "0"))
    return SemanticClassifier(emb, head, fast or load_pinned_fast(folder, files), version)


def load_pinned_fast(folder: Path, files: dict[str, str]) -> FastClassifier:
    """The ``fast`` model copied into ``folder/fast``, checked against ``folder``'s manifest."""
    manifest = folder / PINNED_FAST / "manifest.json"
    if not manifest.is_file() or sha256_file(manifest) != files.get(f"{PINNED_FAST}/manifest.json"):
        raise EmbeddingError(f"{manifest}: missing or its sha256 does not match the manifest")
    return load_fast(folder / PINNED_FAST)


@cache
def _shipped() -> SemanticClassifier:
    return load_semantic(SEMANTIC_DIR)


REPORT_AT = 0.5


def thresholds_for(settings: Settings, manifest: dict[str, Any]) -> dict[str, float]:
    """``settings.classifier.threshold`` for every label, else the artifact's operating points."""
    override = settings.classifier.threshold
    stored = manifest.get("thresholds", {})
    if override is not None:
        return dict.fromkeys(LABELS, float(override))
    return {label: float(stored.get(label, REPORT_AT)) for label in LABELS}


def findings_for(
    item: Item, prediction: Prediction, thresholds: dict[str, float], model: str, plugin: Any
) -> list[Finding]:
    """One Finding per label at or above its threshold, with that label's evidence spans."""
    text = item.text or ""
    out = []
    for label in LABELS:
        score = prediction.scores[label]
        if score < thresholds[label]:
            continue
        spans = tuple(
            Span(s.start, s.end, text[s.start : s.end])
            for s in prediction.evidence
            if s.label == label and s.end <= len(text)
        )
        details = {"label": label, "probability": round(score, 6), "model": model}
        evidence = Evidence(spans, details)
        out.append(
            Finding(
                item.content_hash, plugin.name, plugin.version, Category(label), score, evidence
            )
        )
    return out


class SemanticAnalyzer:
    """The ``semantic`` classifier tier as a scan analyzer (on when it is the configured tier)."""

    name: ClassVar[str] = "classifier_semantic"
    version: ClassVar[str] = "1.0"
    kind: ClassVar[PluginKind] = "analyzer"
    content_kinds: ClassVar[frozenset[ContentKind]] = frozenset({ContentKind.TEXT})

    def __init__(self, model: SemanticClassifier, thresholds: dict[str, float]) -> None:
        self.model = model
        self.thresholds = thresholds

    @classmethod
    def create(cls, settings: Settings) -> Self:
        model = load_semantic()
        return cls(model, thresholds_for(settings, model.emb.manifest))

    @staticmethod
    def enabled_by_default(settings: Settings) -> bool:
        return settings.classifier.tier == "semantic"

    def analyze(self, item: Item) -> Sequence[Finding]:
        if not item.text:
            return []
        [prediction] = self.model.predict([item.text])
        return findings_for(item, prediction, self.thresholds, self.model.label, self)

    def examples(self) -> Sequence[AnalyzerExample]:
        return EXAMPLES


EXAMPLES: tuple[AnalyzerExample, ...] = (
    AnalyzerExample("The Quillhaven choir sings at the harvest fair on Sunday.", frozenset()),
    AnalyzerExample("Bring an umbrella to the Mossbridge picnic, it may rain.", frozenset()),
)
