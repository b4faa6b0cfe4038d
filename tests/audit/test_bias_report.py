"""The bias report's JSON shape, and its HTML page rendered in headless Chromium."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from clearsight.analyze.classifier.api import LABELS
from clearsight.audit import render
from clearsight.audit.bias import BiasReport, run_audit
from clearsight.audit.gate import check
from clearsight.audit.suite import builtin_suite
from clearsight.audit.suite_data import TERMS
from clearsight.audit.testing import BiasedClassifier

HALF = dict.fromkeys(LABELS, 0.5)


@pytest.fixture(scope="module")
def report() -> BiasReport:
    suite = builtin_suite()
    return run_audit(BiasedClassifier(suite, [TERMS["en"]["roma"]]), suite, HALF, rounds=10)


def test_json_shape(report: BiasReport) -> None:
    data = json.loads(render.to_json(report, check(report)))
    assert set(data) == {"report", "digest", "gate"}
    assert data["digest"] == report.digest and len(data["digest"]) == 64
    assert set(data["gate"]) == {"passed", "failures", "worst"} and data["gate"]["passed"] is False
    body = data["report"]
    assert body["items"] == len(builtin_suite()) and set(body["thresholds"]) == set(LABELS)
    cell = body["cells"][0]
    assert {"label", "lang", "group", "status", "subgroup_auc", "bpsn_auc", "bnsp_auc", "ci",
            "fpr_gap", "fnr_gap"} <= set(cell)  # fmt: skip
    assert {s["lang"] for s in body["summaries"]} == {"all", "en", "ru", "fr", "de", "ar"}
    assert {f["label"] for f in body["flips"]} == set(LABELS)


def test_digest_is_stable(report: BiasReport) -> None:
    suite = builtin_suite()
    again = run_audit(BiasedClassifier(suite, [TERMS["en"]["roma"]]), suite, HALF, rounds=10)
    assert again.digest == report.digest


def test_html_escapes_model_names() -> None:
    suite = builtin_suite()[:30]
    fake = BiasedClassifier(suite, ["x"])
    fake._name = "<script>alert(1)</script>"
    report = run_audit(fake, suite, HALF, rounds=0)
    page = render.to_html(report, check(report))
    assert "<script>" not in page and "&lt;script&gt;" in page


@pytest.mark.slow
def test_html_renders_svg_charts_in_chromium(
    report: BiasReport, tmp_path: Path, browser: Any
) -> None:
    page_file = tmp_path / "bias.html"
    page_file.write_text(render.to_html(report, check(report)), encoding="utf-8")
    shot = tmp_path / "bias.png"
    page = browser.new_page()
    page.goto(page_file.as_uri())
    page.screenshot(path=str(shot), full_page=True)
    charts = page.eval_on_selector_all("svg.chart", "els => els.map(e => e.id)")
    bars = page.eval_on_selector_all("svg.chart rect", "els => els.length")
    title = page.title()
    assert shot.stat().st_size > 1000
    assert set(charts) == {*(f"auc-{label}" for label in LABELS), "flips"}
    assert bars > 0 and report.model in title


def test_cli_audit_bias_writes_json_and_says_insufficient(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from clearsight.cli.app import app

    rows = [
        {"text": f"Lantern report {i} from Vellmarsh Ferry", "labels": [], "target_group": "owls",
         "lang": "en"}
        for i in range(4)
    ]  # fmt: skip
    suite = tmp_path / "tiny.jsonl"
    suite.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    out = tmp_path / "r.json"
    args = ["audit", "bias", "--suite", str(suite), "--json", str(out), "--rounds", "0"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1, result.output
    assert "insufficient data" in result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["report"]["suite"] == "tiny.jsonl" and data["gate"]["passed"] is False
