"""Versioned model artifacts: weights and calibration in an ``.npz``, a sha256 manifest.

An artifact folder holds ``model.npz`` (float16 weights, bias, Platt ``a``/``b`` per label),
``manifest.json`` (name, version, labels, hashing bits, operating thresholds, and the sha256 of
every other file), ``golden.jsonl`` (fixed fictional inputs and the scores they got at build
time) and ``MODEL_CARD.md``. Loading checks the weights' digest against the manifest.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from clearsight.analyze.classifier.linear import LinearModel
from clearsight.errors import ClearsightError

FAST_DIR = Path(__file__).parent / "artifacts" / "fast"
MODEL_FILE = "model.npz"
MANIFEST_FILE = "manifest.json"
GOLDEN_FILE = "golden.jsonl"
CARD_FILE = "MODEL_CARD.md"

FloatArray = npt.NDArray[np.float64]


class ArtifactError(ClearsightError):
    """A model artifact is missing, damaged, or does not match its manifest."""


@dataclass(frozen=True, slots=True)
class Artifact:
    """A loaded model: the linear model, its calibration and its manifest."""

    model: LinearModel
    platt_a: FloatArray
    platt_b: FloatArray
    manifest: dict[str, Any]

    @property
    def version(self) -> str:
        return str(self.manifest["version"])

    @property
    def thresholds(self) -> dict[str, float]:
        return {k: float(v) for k, v in self.manifest["thresholds"].items()}


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def save_model(folder: Path, model: LinearModel, platt: tuple[FloatArray, FloatArray]) -> None:
    """Write ``model.npz`` (weights stored as float16)."""
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / MODEL_FILE).open("wb") as fh:
        np.savez_compressed(
            fh,
            weights=model.weights.astype(np.float16),
            bias=model.bias,
            platt_a=platt[0],
            platt_b=platt[1],
        )


AUDIT_FILE = "BIAS_AUDIT.md"  # written by the promotion gate; it records the manifest's digest


def write_manifest(folder: Path, manifest: dict[str, Any]) -> None:
    """Write ``manifest.json`` with the sha256 of every other file in ``folder``."""
    unlisted = {MANIFEST_FILE, AUDIT_FILE}
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.name not in unlisted)
    body = dict(manifest, files={p.name: sha256_file(p) for p in files})
    text = json.dumps(body, indent=2, sort_keys=True, ensure_ascii=False)
    (folder / MANIFEST_FILE).write_text(text + "\n", encoding="utf-8")


def read_manifest(folder: Path) -> dict[str, Any]:
    path = folder / MANIFEST_FILE
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ArtifactError(f"{path}: no model manifest (run: make model)") from None
    except json.JSONDecodeError as exc:
        raise ArtifactError(f"{path}: manifest is not valid JSON ({exc.msg})") from exc
    return data


def load_artifact(folder: Path = FAST_DIR) -> Artifact:
    """Load and verify the artifact in ``folder``."""
    manifest = read_manifest(folder)
    path = folder / MODEL_FILE
    expected = manifest.get("files", {}).get(MODEL_FILE)
    if not path.is_file() or sha256_file(path) != expected:
        raise ArtifactError(f"{path}: missing or its sha256 does not match the manifest")
    with np.load(path, allow_pickle=False) as data:
        model = LinearModel(data["weights"].astype(np.float32), data["bias"].astype(np.float64))
        return Artifact(model, data["platt_a"], data["platt_b"], manifest)
