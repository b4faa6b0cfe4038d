"""Checks that written test and training text carries no contact details or web addresses."""

from __future__ import annotations

import re

_PATTERNS: dict[str, re.Pattern[str]] = {
    "email": re.compile(r"[\w.+-]+@[\w-]+\.\w+"),
    "url": re.compile(r"https?://|www\.|\b[\w-]+\.(com|org|net|ru|de|fr|io)\b", re.IGNORECASE),
    "phone": re.compile(r"(?<!\w)\+?\d[\d\s().-]{6,}\d(?!\w)"),
}


def contact_like(text: str) -> str | None:
    """The kind of the first URL, e-mail address or phone number in ``text``, or None."""
    return next((kind for kind, p in _PATTERNS.items() if p.search(text)), None)
