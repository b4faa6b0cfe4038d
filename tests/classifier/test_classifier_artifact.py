"""The shipped fast artifact: golden scores, sha256 manifest, size, damage detection."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from clearsight.analyze.classifier.api import LABELS, load_classifier
from clearsight.analyze.classifier.artifacts import (
    AUDIT_FILE,
    FAST_DIR,
    GOLDEN_FILE,
    MODEL_FILE,
    ArtifactError,
    load_artifact,
    read_manifest,
    sha256_file,
)
from clearsight.analyze.classifier.fast import load_fast
from clearsight.errors import ConfigError


def test_golden_scores_reproduce() -> None:
    rows = [json.loads(line) for line in (FAST_DIR / GOLDEN_FILE).read_text("utf-8").splitlines()]
    assert len(rows) >= 15
    got = load_classifier("fast").predict([r["text"] for r in rows])
    for row, prediction in zip(rows, got, strict=True):
        for label in LABELS:
            assert prediction.scores[label] == pytest.approx(row["scores"][label], abs=1e-6)


def test_manifest_lists_the_sha256_of_every_file() -> None:
    manifest = read_manifest(FAST_DIR)
    files = {p.name for p in FAST_DIR.iterdir() if p.is_file()} - {"manifest.json", AUDIT_FILE}
    assert set(manifest["files"]) == files
    for name, digest in manifest["files"].items():
        assert sha256_file(FAST_DIR / name) == digest, name
    assert set(manifest["thresholds"]) == set(LABELS)


def test_artifact_is_small() -> None:
    assert sum(p.stat().st_size for p in FAST_DIR.iterdir()) < 5 * 1024 * 1024


def test_a_damaged_weight_file_is_refused(tmp_path: Path) -> None:
    copy = tmp_path / "fast"
    shutil.copytree(FAST_DIR, copy)
    data = bytearray((copy / MODEL_FILE).read_bytes())
    data[len(data) // 2] ^= 0xFF
    (copy / MODEL_FILE).write_bytes(bytes(data))
    with pytest.raises(ArtifactError, match="sha256"):
        load_artifact(copy)
    with pytest.raises(ArtifactError, match="manifest"):
        load_fast(tmp_path / "nowhere")


def test_unknown_tier_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown classifier tier"):
        load_classifier("psychic")


def test_scores_are_probabilities_and_batches_agree() -> None:
    clf = load_fast()
    texts = ["The bake sale is at noon.", "", "x" * 50_000, "Ruhm dem Aschebund!"]
    together = clf.predict(texts)
    for text, p in zip(texts, together, strict=True):
        alone = clf.predict([text])[0]
        assert all(0.0 <= v <= 1.0 for v in p.scores.values())
        assert alone.scores == pytest.approx(p.scores, abs=1e-12)
