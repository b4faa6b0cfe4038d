"""Settings changes as events: the effective settings are compared with the last recorded ones.

Settings live in files and the environment, not in the database, so a change is seen when a
command that acts on content starts (``scan``, ``serve``): if the effective settings differ from
the last ``settings_change`` event, a new one records which keys changed, their new values and
the digest of the whole. The first run records them all.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import Engine, select

from clearsight.config import Settings
from clearsight.eventlog.chain import canonical, record
from clearsight.storage.sql.schema_review import events

KIND = "settings_change"


def flat_settings(settings: Settings) -> dict[str, Any]:
    """The settings as flat, JSON-safe ``section.field`` keys."""
    flat: dict[str, Any] = {}
    for key, value in settings.model_dump(mode="json").items():
        if isinstance(value, dict):
            flat.update({f"{key}.{k}": v for k, v in value.items()})
        else:
            flat[key] = value
    return flat


def audit_settings(engine: Engine, settings: Settings, actor: str) -> list[str]:
    """Record the settings if they changed since the last record; the changed keys."""
    now = flat_settings(settings)
    before = _last_recorded(engine)
    changed = sorted(k for k in now.keys() | before.keys() if now.get(k) != before.get(k))
    if changed:
        digest = hashlib.sha256(canonical(now)).hexdigest()
        data = {"changed": {k: now.get(k) for k in changed}, "sha256": digest, "all": now}
        record(engine, KIND, actor, "settings", data)
    return changed


def _last_recorded(engine: Engine) -> dict[str, Any]:
    query = select(events.c.data).where(events.c.kind == KIND).order_by(events.c.id.desc()).limit(1)
    with engine.connect() as conn:
        row = conn.execute(query).first()
    if row is None:
        return {}
    data = json.loads(row[0])
    return dict(data.get("all", {}))
