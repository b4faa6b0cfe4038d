"""Statements of reasons in the field names of the DSA Transparency Database (docs/reports.md).

One JSON line per decision in force in the period whose outcome restricts the content
(``remove``, ``restrict``, ``label_context``): DSA Art 17 asks a statement only for those.
Every decision is a human one, so ``automated_decision`` is always "not automated".
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, TextIO

from sqlalchemy import Connection, Engine, select

from clearsight.reports.data import Period
from clearsight.reports.transparency import HUMAN_NOTICE_ANALYZERS
from clearsight.review.context import aware
from clearsight.storage.sql.schema import cases, findings, items, media
from clearsight.storage.sql.schema_review import decisions, second_reviews

VISIBILITY = {
    "remove": "DECISION_VISIBILITY_CONTENT_REMOVED",
    "restrict": "DECISION_VISIBILITY_OTHER",
    "label_context": "DECISION_VISIBILITY_CONTENT_LABELLED",
}
VIOLENCE = "STATEMENT_CATEGORY_VIOLENCE"
SPEECH = "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH"
CATEGORY = {"hate": SPEECH, "offensive": SPEECH}
MAX_TEXT = 5000


def statements(engine: Engine, period: Period) -> Iterator[dict[str, Any]]:
    """The statements of reasons for ``period``, oldest decision first."""
    with engine.connect() as conn:
        notice = {
            str(h)
            for h in conn.execute(
                select(findings.c.item_hash).where(findings.c.analyzer.in_(HUMAN_NOTICE_ANALYZERS))
            ).scalars()
        }
        with_media = {str(h) for h in conn.execute(select(media.c.item_hash)).scalars()}
        for m in _rows(conn):
            if m["outcome"] in VISIBILITY and aware(m["created_at"]) in period:
                yield statement(m, m["item_hash"] in notice, m["item_hash"] in with_media)


def _rows(conn: Connection) -> Iterator[Any]:
    query = (
        select(
            decisions,
            second_reviews.c.approve,
            cases.c.item_hash,
            items.c.lang,
            items.c.created_at.label("content_created"),
            items.c.first_seen_at,
        )
        .join(cases, cases.c.id == decisions.c.case_id)
        .join(items, items.c.hash == cases.c.item_hash)
        .outerjoin(second_reviews, second_reviews.c.decision_id == decisions.c.id)
        .order_by(decisions.c.id)
    )
    for m in conn.execute(query).mappings():
        if not m["needs_second"] or m["approve"]:
            yield m


def statement(m: Any, human_notice: bool, has_media: bool) -> dict[str, Any]:
    """One statement of reasons from a decision row joined with its case and item."""
    reasons = m["reasons"] if isinstance(m["reasons"], dict) else {}
    automated = bool(reasons.get("automated_detection", False))
    codes = [str(c)[:32] for c in m["categories"]] if isinstance(m["categories"], list) else []
    content_at = aware(m["content_created"] or m["first_seen_at"])
    record: dict[str, Any] = {
        "puid": f"clearsight-decision-{int(m['id'])}",
        "decision_visibility": [VISIBILITY[m["outcome"]]],
        "decision_ground": "DECISION_GROUND_INCOMPATIBLE_CONTENT",
        "incompatible_content_ground": str(reasons.get("legal_or_policy_ground", ""))[:MAX_TEXT],
        "incompatible_content_explanation": str(reasons.get("facts_and_circumstances", ""))[
            :MAX_TEXT
        ],
        "decision_facts": str(reasons.get("facts_and_circumstances", ""))[:MAX_TEXT],
        "category": _category(codes),
        "category_specification_other": ",".join(codes),
        "content_type": ["CONTENT_TYPE_TEXT"] + (["CONTENT_TYPE_IMAGE"] if has_media else []),
        "content_language": (m["lang"] or "")[:2].upper() or None,
        "content_date": content_at.date().isoformat(),
        "application_date": aware(m["created_at"]).date().isoformat(),
        "source_type": "SOURCE_ARTICLE_16" if human_notice else "SOURCE_VOLUNTARY",
        "automated_detection": "Yes" if automated else "No",
        "automated_decision": "AUTOMATED_DECISION_NOT_AUTOMATED",
    }
    if m["outcome"] == "restrict":
        record["decision_visibility_other"] = "visibility restricted by a human reviewer"
    return record


def _category(codes: list[str]) -> str:
    kinds = {CATEGORY.get(c, VIOLENCE) for c in codes}
    return VIOLENCE if VIOLENCE in kinds or not kinds else SPEECH


def write_jsonl(engine: Engine, period: Period, out: TextIO) -> int:
    """Write one JSON line per statement; how many were written."""
    count = 0
    for record in statements(engine, period):
        out.write(json.dumps(record, sort_keys=True, ensure_ascii=False) + "\n")
        count += 1
    return count
