"""The model registry and the promotion gate.

``promote`` registers the version as a candidate if new, runs the bias audit, and either
refuses (status unchanged) or promotes it, retiring the name's previously promoted version in
the same transaction. Every attempt appends a ``model_promotion`` event carrying the report's
sha256 digest, the verdict and the worst metric values (never suite text).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update

from clearsight.analyze.classifier.api import Classifier
from clearsight.audit import model_card
from clearsight.audit.bias import BiasReport, run_audit
from clearsight.audit.gate import GateResult, Thresholds, check
from clearsight.audit.suite import SuiteItem
from clearsight.errors import ConflictError, InputError, NotFoundError
from clearsight.eventlog import append
from clearsight.storage.sql.schema_assurance import model_versions

EVENT_KIND = "model_promotion"


@dataclass(frozen=True, slots=True)
class Promotion:
    """The outcome of one promotion attempt."""

    promoted: bool
    report: BiasReport
    gate: GateResult
    retired: list[str]


def parse_ref(ref: str) -> tuple[str, str]:
    """``NAME@VERSION`` -> (name, version)."""
    name, sep, version = ref.partition("@")
    if not sep or not name or not version or len(ref) > 129:
        raise InputError(f"model reference {ref[:129]!r}: expected NAME@VERSION")
    return name, version


def manifest_sha256(artifact_dir: Path) -> str:
    path = artifact_dir / "manifest.json"
    if not path.is_file():
        raise InputError(f"{path}: no artifact manifest")
    return hashlib.sha256(path.read_bytes()).hexdigest()


def register(engine: Engine, name: str, version: str, tier: str, sha256: str) -> dict[str, Any]:
    """The version's row, inserted as a candidate if new; a changed artifact is refused."""
    with engine.begin() as conn:
        row = _row(conn, name, version)
        if row is None:
            now = datetime.now(UTC)
            values = dict(name=name, version=version, tier=tier, artifact_sha256=sha256)
            conn.execute(
                insert(model_versions).values(
                    status="candidate", created_at=now, updated_at=now, **values
                )
            )
            row = _row(conn, name, version)
        elif row["artifact_sha256"] != sha256:
            raise ConflictError(f"model {name}@{version}: artifact differs from the registered one")
    assert row is not None
    return row


def versions(engine: Engine, name: str | None = None) -> list[dict[str, Any]]:
    query = select(model_versions).order_by(model_versions.c.id)
    if name is not None:
        query = query.where(model_versions.c.name == name)
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]


def promote(
    engine: Engine,
    classifier: Classifier,
    items: Sequence[SuiteItem],
    thresholds: Mapping[str, float],
    *,
    tier: str,
    artifact_dir: Path,
    actor: str,
    limits: Thresholds | None = None,
    rounds: int = 200,
) -> Promotion:
    """Audit ``classifier`` and promote it if the gate passes; record the attempt either way."""
    name, version = classifier.name, classifier.version
    sha256 = manifest_sha256(artifact_dir)
    register(engine, name, version, tier, sha256)
    report = run_audit(classifier, items, thresholds, rounds=rounds)
    gate = check(report, limits)
    model_card.write(artifact_dir, report, gate, sha256)
    with engine.begin() as conn:
        retired = _apply(conn, name, version, gate.passed, report.digest)
        data = {
            "version": version,
            "passed": gate.passed,
            "digest": report.digest,
            "failures": len(gate.failures),
            "worst": gate.worst,
            "retired": retired,
            "limits": asdict(limits or Thresholds()),
        }
        append(conn, EVENT_KIND, actor, f"model:{name}", data)
    return Promotion(gate.passed, report, gate, retired)


def _apply(conn: Connection, name: str, version: str, passed: bool, digest: str) -> list[str]:
    now = datetime.now(UTC)
    this = (model_versions.c.name == name) & (model_versions.c.version == version)
    retired: list[str] = []
    if passed:
        others = (model_versions.c.name == name) & (model_versions.c.version != version)
        current = others & (model_versions.c.status == "promoted")
        retired = [r.version for r in conn.execute(select(model_versions.c.version).where(current))]
        conn.execute(update(model_versions).where(current).values(status="retired", updated_at=now))
        conn.execute(update(model_versions).where(this).values(status="promoted"))
    conn.execute(update(model_versions).where(this).values(audit_digest=digest, updated_at=now))
    return retired


def _row(conn: Connection, name: str, version: str) -> dict[str, Any] | None:
    query = select(model_versions).where(
        model_versions.c.name == name, model_versions.c.version == version
    )
    found = conn.execute(query).first()
    return None if found is None else dict(found._mapping)


def require(engine: Engine, name: str, version: str) -> dict[str, Any]:
    with engine.connect() as conn:
        row = _row(conn, name, version)
    if row is None:
        raise NotFoundError(f"model {name}@{version}: not in the registry")
    return row
