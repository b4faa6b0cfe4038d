"""The stored text: NFKC, no invisible or control characters, ``\\n`` line endings.

``clean(text)`` removes format characters (category Cf: zero-width spaces and joiners,
U+180E, U+FEFF, the soft hyphen, bidi embeddings, overrides and isolates), control
characters (Cc) other than ``\\n`` and ``\\t``, and lone surrogates (which cannot be stored as
UTF-8); turns ``\\r\\n``, ``\\r``, NEL, VT, FF and the Unicode line and paragraph separators into
``\\n``; then applies NFKC. It is idempotent.
"""

from __future__ import annotations

import sys
import unicodedata
from functools import cache

_NEWLINES = "\r\x0b\x0c\x85\u2028\u2029"
_KEEP = frozenset("\n\t") | frozenset(_NEWLINES)


def clean(text: str) -> str:
    """NFKC text without zero-width, bidi, other format or control characters."""
    out = text.replace("\r\n", "\n").translate(_table())
    if not unicodedata.is_normalized("NFKC", out):
        out = unicodedata.normalize("NFKC", out).translate(_table())
    return out


@cache
def _table() -> dict[int, str | None]:
    """Code point -> None (delete) or ``\\n``; built once, on first use."""
    table: dict[int, str | None] = {ord(c): "\n" for c in _NEWLINES}
    for cp in range(sys.maxunicode + 1):
        if unicodedata.category(chr(cp)) in ("Cf", "Cc", "Cs") and chr(cp) not in _KEEP:
            table[cp] = None
    return table
