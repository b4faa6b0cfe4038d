"""Triage: turn an item's findings into a priority 0-10 with human-readable reasons.

Pure functions, no I/O. The formula, step by step:

1. **Strength per category**: the findings of one category combine by noisy-or,
   ``s_c = 1 - prod(1 - score)``.
2. **Harm**: ``max_c(HARM_WEIGHTS[c] * s_c)`` over the harmful categories. Incitement and
   threat weigh most, then recruitment, glorification, instruction, designated propaganda,
   then hate, and offensive least.
3. **Breadth bonus**: ``+MULTI_CATEGORY_BONUS`` for each further harmful category with
   ``s_c >= BONUS_MIN_STRENGTH``, at most ``MAX_BONUS``.
4. **Context**: each context category (counter-speech, news reporting, research, satire)
   multiplies by ``1 - CONTEXT_DAMPING[c] * s_c``; the product never goes below
   ``CONTEXT_FLOOR``, so that a context cue lowers a priority but cannot erase it.
5. ``priority = round(10 * min(1, harm + bonus) * context, 1)``.
6. **Known content**: a harmful finding whose evidence says ``exact_known_content`` (a hash
   bank's MD5/SHA-256 or exact text-digest match) sets the priority to 10 whatever the rest.

A priority is a place in a queue for a human, never a decision.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

from clearsight.types import CONTEXT_CATEGORIES, Category, Finding, Triage

HARM_WEIGHTS: Mapping[Category, float] = {
    Category.INCITEMENT: 1.0,
    Category.THREAT: 1.0,
    Category.RECRUITMENT: 0.85,
    Category.GLORIFICATION: 0.8,
    Category.INSTRUCTION: 0.8,
    Category.DESIGNATED_PROPAGANDA: 0.75,
    Category.VIOLENT_EXTREMIST: 0.75,
    Category.HATE: 0.6,
    Category.OFFENSIVE: 0.3,
}
"""How much a fully certain finding of each harmful category weighs (1.0 = priority 10)."""

CONTEXT_DAMPING: Mapping[Category, float] = {
    Category.COUNTER_SPEECH: 1.0,
    Category.NEWS_REPORTING: 1.0,
    Category.RESEARCH: 0.8,
    Category.SATIRE: 0.6,
}
"""How far a context cue of strength s lowers the priority: ``×(1 - damping * s)``."""

CONTEXT_FLOOR = 0.2
"""Context together never lowers a priority below this fraction of what it would be."""

MULTI_CATEGORY_BONUS = 0.05
BONUS_MIN_STRENGTH = 0.2
MAX_BONUS = 0.15
"""Several distinct harmful categories add a small bonus (0.5 priority each, 1.5 at most)."""

MAX_PRIORITY = 10.0
MAX_REASON_CHARS = 160
MAX_TERMS_IN_REASON = 4


def triage(findings: Sequence[Finding], *, threshold: float) -> Triage:
    """The priority of an item, its reasons, and its harmful categories by strength."""
    strengths = category_strengths(findings)
    harmful = _ranked_harmful(strengths)
    if not harmful:
        return Triage(priority=0.0, reasons=(), categories=())
    base = max(HARM_WEIGHTS[c] * strengths[c] for c in harmful)
    bonus = _bonus(strengths, harmful)
    factors = _context_factors(strengths)
    context = max(CONTEXT_FLOOR, math.prod(factors.values()))
    priority = round(MAX_PRIORITY * min(1.0, base + bonus) * context, 1)
    reasons = [*_harm_reasons(findings, harmful), *_bonus_reason(bonus, harmful)]
    if any(_known_content(f) for f in findings):
        priority = MAX_PRIORITY
        reasons.append("exact match of known content in a hash bank: top priority")
    reasons += [_context_reason(c, strengths[c], f) for c, f in factors.items()]
    if context > math.prod(factors.values()):
        reasons.append(f"context lowers priority ×{_num(CONTEXT_FLOOR)} at most (floor)")
    if priority < threshold:
        reasons.append(f"priority {_num(priority)} is below the case threshold {_num(threshold)}")
    return Triage(priority=priority, reasons=tuple(reasons), categories=tuple(harmful))


def opens_case(result: Triage, threshold: float) -> bool:
    """A case opens when the priority reaches ``threshold`` and something harmful was found."""
    return result.priority >= threshold and bool(result.categories)


def category_strengths(findings: Iterable[Finding]) -> dict[Category, float]:
    """Noisy-or of the scores of each category's findings (scores clamped to [0, 1])."""
    misses: dict[Category, float] = {}
    for finding in findings:
        score = min(1.0, max(0.0, finding.score))
        if score > 0.0:
            misses[finding.category] = misses.get(finding.category, 1.0) * (1.0 - score)
    return {category: 1.0 - miss for category, miss in misses.items()}


def _ranked_harmful(strengths: Mapping[Category, float]) -> list[Category]:
    order = list(Category)
    harmful = [c for c in strengths if c not in CONTEXT_CATEGORIES]
    return sorted(harmful, key=lambda c: (-strengths[c], -HARM_WEIGHTS[c], order.index(c)))


def _known_content(finding: Finding) -> bool:
    """An exact hash-bank match of harmful known content (step 6)."""
    exact = finding.evidence.details.get("exact_known_content") is True
    return exact and finding.score > 0 and not finding.category.is_context


def _bonus(strengths: Mapping[Category, float], harmful: Sequence[Category]) -> float:
    strong = sum(1 for c in harmful if strengths[c] >= BONUS_MIN_STRENGTH)
    return min(MAX_BONUS, MULTI_CATEGORY_BONUS * max(0, strong - 1))


def _context_factors(strengths: Mapping[Category, float]) -> dict[Category, float]:
    order = list(Category)
    context = sorted((c for c in strengths if c in CONTEXT_CATEGORIES), key=order.index)
    return {c: 1.0 - CONTEXT_DAMPING[c] * strengths[c] for c in context}


def _harm_reasons(findings: Sequence[Finding], harmful: Sequence[Category]) -> list[str]:
    reasons: list[str] = []
    for category in harmful:
        ranked = sorted(
            (f for f in findings if f.category is category and f.score > 0),
            key=lambda f: -f.score,
        )
        reasons.extend(_finding_reason(f) for f in ranked)
    return reasons


def _finding_reason(finding: Finding) -> str:
    head = f"{finding.category.value} {_num(finding.score)} from {finding.source_label}"
    terms = _terms(finding)
    return _bounded(f"{head}: {terms}" if terms else head)


def _terms(finding: Finding) -> str:
    """The lexicon terms behind a finding (never the item's own text)."""
    raw = finding.evidence.details.get("terms", ())
    names = [t.get("term") for t in raw if isinstance(t, Mapping)] if isinstance(raw, list) else []
    unique = list(dict.fromkeys(str(n) for n in names if n))
    shown = ", ".join(repr(n) for n in unique[:MAX_TERMS_IN_REASON])
    more = len(unique) - MAX_TERMS_IN_REASON
    return f"{shown} (+{more} more)" if more > 0 else shown


def _bonus_reason(bonus: float, harmful: Sequence[Category]) -> list[str]:
    if bonus <= 0:
        return []
    return [f"several harmful categories ({len(harmful)}) add +{_num(MAX_PRIORITY * bonus)}"]


def _context_reason(category: Category, strength: float, factor: float) -> str:
    return f"context: {category.value} {_num(strength)} lowers priority ×{_num(factor)}"


def _num(value: float) -> str:
    """0.72 -> '0.72', 0.6 -> '0.6', 1.0 -> '1'."""
    return format(round(value, 2), "g")


def _bounded(text: str) -> str:
    return text if len(text) <= MAX_REASON_CHARS else text[: MAX_REASON_CHARS - 1] + "…"
