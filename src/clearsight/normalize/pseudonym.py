"""Keyed pseudonyms for personal identifiers: HMAC-SHA256 under a key kept outside the database.

The same identifier gets the same pseudonym across sources and runs under one key, and an
unrelated one under another key. Identifiers are normalised first: lower-cased, a leading
``@`` dropped, phone numbers reduced to their digits (an international ``00`` prefix read
as ``+``). Authors and @handles share one namespace, so ``author("@Ana_K")`` starts with the
same hex digits as the handle ``@ana_k`` mentioned in a text.

The key file holds 64 hex digits (32 random bytes) and a newline, mode 0600.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
from functools import lru_cache
from pathlib import Path

from clearsight.errors import ConfigError

KEY_BYTES = 32
_HEX_KEY_RE = re.compile(r"[0-9a-fA-F]{64}")

_EMAIL_RE = re.compile(r"(?<![\w.%+-])[\w.%+-]+@(?:[\w-]+\.)+[^\W\d_]{2,}(?![\w-])")
# "@" first (so the regex engine can skip to it), then: not after a word, "@" or "." (an
# e-mail), not already a pseudonym, at least one letter, 3-32 characters, nothing after.
_HANDLE_RE = re.compile(
    r"@(?<![\w@.]@)(?!anon_[0-9a-f]{8}(?!\w))(?=\w*[A-Za-z])([A-Za-z0-9_]{3,32})(?![\w@])"
)
# Digit groups joined by single spaces, dots or dashes, with an optional "+" and bracketed
# area code; not inside a word, number, URL or pseudonym; at least 7 characters long.
# Which candidates are phone numbers is decided by is_phone().
_PHONE_RE = re.compile(
    r"(?<![\w+.,:/\-])(?=[+(]?\d[\d ().\-]{5})"
    r"\+?(?:\(\d{1,5}\)|\d+)(?:(?:[ .\-]|(?<=\)))(?:\(\d{1,5}\)|\d+))*"
    r"(?![\w]|[.,:/\-]\d)"
)
_GROUP_RE = re.compile(r"\d+")
_DIGIT_RE = re.compile(r"\d")


def ensure_key(path: Path) -> bytes:
    """The key in ``path``, creating a random one (mode 0600) if there is none; never overwrites."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return load_key(path)  # another process made it first
        os.fchmod(fd, 0o600)  # whatever the umask
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(secrets.token_hex(KEY_BYTES) + "\n")
    return load_key(path)


def load_key(path: Path) -> bytes:
    """Read the key in ``path``; a missing or malformed file is a ConfigError."""
    try:
        raw = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        raise ConfigError(
            f"pseudonym key file {path} is missing; run `clearsight init` to create it"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"pseudonym key file {path} cannot be read: {exc}") from None
    if not _HEX_KEY_RE.fullmatch(raw):
        raise ConfigError(
            f"pseudonym key file {path} is malformed (expected {2 * KEY_BYTES} hex digits); "
            "restore it from backup, or move it away and run `clearsight init` for a new key"
        )
    return bytes.fromhex(raw)


class Pseudonymiser:
    """Replaces identifiers with keyed pseudonyms."""

    def __init__(self, key: bytes) -> None:
        if len(key) < 16:
            raise ConfigError("pseudonym key is too short (need at least 16 bytes)")
        self._mac = hmac.new(key, digestmod=hashlib.sha256)
        self.digest = lru_cache(maxsize=65_536)(self._digest)

    def _digest(self, identifier: str) -> str:
        """Hex HMAC-SHA256 of an already normalised identifier."""
        mac = self._mac.copy()
        mac.update(identifier.encode("utf-8"))
        return mac.hexdigest()

    def author(self, value: str) -> str:
        """``anon:`` and 16 hex digits for an author id or name."""
        return "anon:" + self.digest(_identifier(value))[:16]

    def scrub(self, text: str) -> str:
        """``text`` with e-mail addresses, phone numbers and @handles replaced."""
        if "@" in text:
            text = _EMAIL_RE.sub(self._email, text)
        if _DIGIT_RE.search(text):
            text = _PHONE_RE.sub(self._phone, text)
        return _HANDLE_RE.sub(self._handle, text) if "@" in text else text

    def _email(self, m: re.Match[str]) -> str:
        return f"<email:{self.digest(m.group().lower())[:8]}>"

    def _phone(self, m: re.Match[str]) -> str:
        found = m.group()
        if not is_phone(found):
            return found
        return f"<phone:{self.digest(phone_digits(found))[:8]}>"

    def _handle(self, m: re.Match[str]) -> str:
        return f"@anon_{self.digest(_identifier(m.group(1)))[:8]}"


def _identifier(value: str) -> str:
    return value.strip().removeprefix("@").lower()


def phone_digits(found: str) -> str:
    """The digits of a phone number, ``00`` international prefix dropped."""
    digits = "".join(c for c in found if c.isdigit())
    return digits[2:] if digits.startswith("00") and not found.startswith("+") else digits


def is_phone(found: str) -> bool:
    """Does a run of digits and separators look like a phone number rather than a number?"""
    groups = _GROUP_RE.findall(found)
    digits = "".join(groups)
    if not 7 <= len(digits) <= 15:
        return False
    if found.startswith("+") or "(" in found:
        return True
    if len(groups) == 1:
        return digits.startswith("0") or len(digits) >= 10
    if _is_date(groups) or _is_thousands(groups) or _is_year_range(groups):
        return False
    return _separated_phone(groups, found)


def _separated_phone(groups: list[str], found: str) -> bool:
    """Dots, spaces, dashes: which separators make a plausible number."""
    seps = set(found) - set("0123456789")
    longest = max(len(g) for g in groups)
    if seps == {"."}:  # 555.123.4567, but not 3.14159 or 192.168.0.1
        return len(groups) >= 3 and not (len(groups) == 4 and longest <= 3)
    if seps == {" "}:  # 030 1234567, 555 123 4567, but not "in 1990 2000 people"
        return groups[0].startswith("0") or (sum(map(len, groups)) >= 10 and longest <= 4)
    return True


def _is_date(groups: list[str]) -> bool:
    if len(groups) != 3:
        return False
    sizes = tuple(len(g) for g in groups)
    year_first = sizes[0] == 4 and max(sizes[1:]) <= 2  # 2024-05-01
    year_last = max(sizes[:2]) <= 2 and sizes[2] in (2, 4)  # 01.05.2024, 05-01-2024
    return year_first or year_last


def _is_thousands(groups: list[str]) -> bool:
    head, rest = groups[0], groups[1:]
    return len(head) <= 3 and not head.startswith("0") and all(len(g) == 3 for g in rest)


def _is_year_range(groups: list[str]) -> bool:
    return len(groups) == 2 and all(len(g) == 4 and g[0] in "12" for g in groups)
