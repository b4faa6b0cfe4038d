"""The bias audit as Markdown: ``BIAS_AUDIT.md`` next to a model's ``MODEL_CARD.md``.

A sibling file rather than an edit of the card: the card's sha256 sits in the artifact's
``manifest.json``, and rewriting it would break the manifest. The card links to this file.
"""

from __future__ import annotations

from pathlib import Path

from clearsight.analyze.classifier.artifacts import AUDIT_FILE
from clearsight.audit.bias import INSUFFICIENT, BiasReport
from clearsight.audit.gate import GateResult

FILE = AUDIT_FILE


def markdown(report: BiasReport, gate: GateResult, artifact_sha256: str = "") -> str:
    """Verdict, digest, per-label summary (all languages), flip rates and failures."""
    lines = [
        f"# Bias audit: {report.model}",
        "",
        f"- suite: {report.suite} ({report.items} items), minimum per class and group: "
        f"{report.min_class}, bootstrap rounds: {report.bootstrap_rounds}",
        f"- report sha256: `{report.digest}`",
        f"- artifact manifest sha256: `{artifact_sha256 or 'not given'}`",
        f"- gate: {'PASS' if gate.passed else 'FAIL'}",
        "",
        "| label | slice | n | positives | overall AUC | final score (Jigsaw) |",
        "|---|---|---|---|---|---|",
    ]
    for s in report.summaries:
        lines.append(
            f"| {s.label} | {s.lang} | {s.n} | {s.positives} | {_num(s.overall_auc)} "
            f"| {_num(s.final_score)} |"
        )
    lines += ["", "| label | counterfactual pairs | flips | flip rate |", "|---|---|---|---|"]
    lines += [f"| {f.label} | {f.pairs} | {f.flips} | {_num(f.rate)} |" for f in report.flips]
    lines += ["", "Worst values: " + ", ".join(f"{k} {v:.3f}" for k, v in gate.worst.items())]
    lines += ["", "Failing thresholds:" if gate.failures else "No threshold fails."]
    lines += [f"- {f}" for f in gate.failures[:40]]
    if len(gate.failures) > 40:
        lines.append(f"- ... and {len(gate.failures) - 40} more (see the JSON report)")
    return "\n".join(lines) + "\n"


def write(artifact_dir: Path, report: BiasReport, gate: GateResult, artifact_sha256: str) -> Path:
    """Write the audit beside the card; it names the manifest, so the manifest cannot list it."""
    path = artifact_dir / FILE
    path.write_text(markdown(report, gate, artifact_sha256), encoding="utf-8")
    return path


def _num(value: float | None) -> str:
    return INSUFFICIENT if value is None else f"{value:.3f}"
