"""The semantic model card is generated from the manifest and listed in it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from clearsight.analyze.classifier.artifacts import sha256_file
from clearsight.analyze.classifier.static_embeddings import SEMANTIC_DIR
from clearsight.training.semantic_card import write_semantic_card

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"


def test_card_carries_the_manifest_figures_and_is_listed(tmp_path: Path) -> None:
    shutil.copy(SEMANTIC_DIR / "manifest.json", tmp_path / "manifest.json")
    card = write_semantic_card(tmp_path, DATA)
    text = card.read_text(encoding="utf-8")
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    stacked = manifest["metrics"]["test"]["roc_auc_semantic"]
    for label, auc in stacked.items():
        assert f"| test | {label} |" in text and f"{auc:.4f} |" in text
    assert "## Bias audit" in text and "## Training data and licences" in text
    assert manifest["files"]["MODEL_CARD.md"] == sha256_file(card)


def test_the_shipped_card_is_the_generated_one(tmp_path: Path) -> None:
    shutil.copy(SEMANTIC_DIR / "manifest.json", tmp_path / "manifest.json")
    fresh = write_semantic_card(tmp_path, DATA)
    assert fresh.read_text(encoding="utf-8") == (SEMANTIC_DIR / "MODEL_CARD.md").read_text(
        encoding="utf-8"
    )
