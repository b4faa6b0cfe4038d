"""The promotion gate: a biased model is refused, a fair one promoted, each attempt an event."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from clearsight.analyze.classifier.api import LABELS
from clearsight.audit import registry
from clearsight.audit.gate import Thresholds, load_thresholds
from clearsight.audit.resolve import Resolved
from clearsight.audit.suite import SuiteItem, builtin_suite
from clearsight.audit.suite_data import TERMS
from clearsight.audit.testing import BiasedClassifier, OracleClassifier
from clearsight.cli import model_promote
from clearsight.cli.app import app
from clearsight.config import Settings
from clearsight.errors import ConfigError, ConflictError, InputError
from clearsight.eventlog import latest, verify
from clearsight.storage.sql.store import SqlStore

HALF = dict.fromkeys(LABELS, 0.5)
SUITE: list[SuiteItem] = builtin_suite()


def _artifact(tmp_path: Path, name: str, body: str = "{}") -> Path:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "manifest.json").write_text(body, encoding="utf-8")
    return folder


@pytest.fixture
def store(settings: Settings) -> SqlStore:
    return SqlStore.open(settings.db_url, create=True)


def _promote(store: SqlStore, classifier: OracleClassifier, folder: Path) -> registry.Promotion:
    return registry.promote(
        store.engine, classifier, SUITE, HALF, tier="fake", artifact_dir=folder,
        actor="cli:tester", rounds=10,
    )  # fmt: skip


def _biased() -> BiasedClassifier:
    return BiasedClassifier(SUITE, [TERMS[lang]["deaf"] for lang in TERMS])


def test_biased_model_is_refused_and_logged(store: SqlStore, tmp_path: Path) -> None:
    result = _promote(store, _biased(), _artifact(tmp_path, "biased"))
    assert not result.promoted and result.gate.failures
    row = registry.require(store.engine, "fake-biased", "1")
    assert row["status"] == "candidate" and row["audit_digest"] == result.report.digest
    event = latest(store.engine, limit=1)[0]
    assert event.kind == registry.EVENT_KIND and event.data["passed"] is False
    assert event.data["digest"] == result.report.digest
    assert verify(store.engine).ok
    assert "FAIL" in (tmp_path / "biased" / "BIAS_AUDIT.md").read_text(encoding="utf-8")


def test_fair_model_is_promoted_and_retires_the_previous(store: SqlStore, tmp_path: Path) -> None:
    first = _promote(store, OracleClassifier(SUITE, "fair", "1"), _artifact(tmp_path, "v1"))
    second = _promote(
        store, OracleClassifier(SUITE, "fair", "2"), _artifact(tmp_path, "v2", '{"v": 2}')
    )
    assert first.promoted and second.promoted and second.retired == ["1"]
    statuses = {r["version"]: r["status"] for r in registry.versions(store.engine, "fair")}
    assert statuses == {"1": "retired", "2": "promoted"}
    assert [e.data["passed"] for e in latest(store.engine, limit=2)] == [True, True]


def test_changed_artifact_is_refused(store: SqlStore, tmp_path: Path) -> None:
    _promote(store, OracleClassifier(SUITE, "fair", "1"), _artifact(tmp_path, "a"))
    with pytest.raises(ConflictError):
        _promote(store, OracleClassifier(SUITE, "fair", "1"), _artifact(tmp_path, "b", "[]"))


def test_reference_must_name_a_version() -> None:
    assert registry.parse_ref("fast@1.0") == ("fast", "1.0")
    with pytest.raises(InputError):
        registry.parse_ref("fast")


def test_cli_refuses_with_failing_metrics(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    SqlStore.open(settings.db_url, create=True).close()
    found = Resolved(_biased(), "fake", _artifact(tmp_path, "cli"))
    monkeypatch.setattr(model_promote, "resolve", lambda ref: found)
    result = CliRunner().invoke(app, ["model", "promote", "fake-biased@1", "--db", settings.db_url])
    assert result.exit_code == 1, result.output
    assert "REFUSED" in result.output and "bpsn_auc_gap" in result.output


def test_thresholds_file_is_validated(tmp_path: Path) -> None:
    good = tmp_path / "gate.toml"
    good.write_text("max_flip_rate = 0.02\n", encoding="utf-8")
    limits = load_thresholds(good)
    assert limits.max_flip_rate == 0.02 and limits.max_subgroup_auc_gap == 0.05
    for body in ("max_flip_rate = 3\n", "max_nonsense = 0.1\n", "max_fpr_gap = true\n", "=\n"):
        good.write_text(body, encoding="utf-8")
        with pytest.raises(ConfigError):
            load_thresholds(good)


def test_stricter_limits_refuse_and_are_logged(store: SqlStore, tmp_path: Path) -> None:
    strict = Thresholds(max_fpr_gap=-1.0)
    result = registry.promote(
        store.engine, OracleClassifier(SUITE, "fair", "1"), SUITE, HALF, tier="fake",
        artifact_dir=_artifact(tmp_path, "s"), actor="cli:tester", limits=strict, rounds=0,
    )  # fmt: skip
    assert not result.promoted
    assert latest(store.engine, limit=1)[0].data["limits"]["max_fpr_gap"] == -1.0


def test_gate_limits_come_from_a_file_else_settings_else_defaults(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from clearsight.audit.gate import Thresholds, configured_thresholds
    from clearsight.config import load_settings

    assert configured_thresholds(load_settings().assurance) == Thresholds()
    monkeypatch.setenv("CLEARSIGHT_ASSURANCE__MAX_FLIP_RATE", "0.01")
    from_settings = configured_thresholds(load_settings().assurance)
    assert from_settings.max_flip_rate == 0.01
    assert from_settings.max_fpr_gap == Thresholds().max_fpr_gap
    limits = tmp_path / "gate.toml"
    limits.write_text("max_flip_rate = 0.2\n", encoding="utf-8")
    assert configured_thresholds(load_settings().assurance, limits).max_flip_rate == 0.2
