"""Find a shipped model by ``NAME@VERSION``: its classifier, tier and artifact folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from clearsight.analyze.classifier.api import TIERS, Classifier, load_classifier
from clearsight.audit.registry import parse_ref
from clearsight.errors import NotFoundError

ARTIFACTS = Path(__file__).resolve().parent.parent / "analyze" / "classifier" / "artifacts"


@dataclass(frozen=True, slots=True)
class Resolved:
    classifier: Classifier
    tier: str
    artifact_dir: Path


def resolve(ref: str | None) -> Resolved:
    """``None`` means the fast tier at its shipped version; NAME is a tier name."""
    name, version = ("fast", "") if ref is None else parse_ref(ref)
    if name not in TIERS:
        raise NotFoundError(f"model {name!r}: no such tier (known: {', '.join(sorted(TIERS))})")
    classifier = load_classifier(name)
    if version and classifier.version != version:
        raise NotFoundError(f"model {name}@{version}: the shipped version is {classifier.version}")
    return Resolved(classifier, name, ARTIFACTS / name)
