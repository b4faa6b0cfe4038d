"""One exception tree for Clearsight.

    ClearsightError                 base; ``exit_code`` is what the CLI returns
    ├── UserError                   the user can fix it (exit 2)
    │   ├── ConfigError             bad settings or configuration file
    │   ├── InputError              a path that is missing or of no known format
    │   ├── LexiconError            a lexicon file that does not validate
    │   ├── AuthError               wrong credentials or an unknown/expired token
    │   ├── PermissionDeniedError   the role may not do this
    │   ├── NotFoundError           no such user, case, decision or complaint
    │   ├── ConflictError           clashes with the current state (claim, decided case)
    │   └── RateLimitedError        too many failed logins; try later
    ├── PluginError                 plug-in registry problems (exit 1)
    │   ├── DuplicatePluginError    two plug-ins claim one name
    │   └── MissingExtraError       an optional dependency is not installed
    ├── StorageError                the database failed or is of an unknown schema (exit 1)
    └── RecordError                 one record is malformed; sources turn it into a quarantine row

Messages name the item (file, line, identifier) and the reason, never the content.
"""

from __future__ import annotations


class ClearsightError(Exception):
    exit_code = 1


class UserError(ClearsightError):
    exit_code = 2


class ConfigError(UserError):
    pass


class InputError(UserError):
    pass


class LexiconError(UserError):
    pass


class PluginError(ClearsightError):
    pass


class DuplicatePluginError(PluginError):
    pass


class MissingExtraError(PluginError):
    def __init__(self, module: str, extra: str) -> None:
        super().__init__(
            f"{module} is not installed; install it with: pip install 'clearsight[{extra}]'"
        )
        self.module = module
        self.extra = extra


class StorageError(ClearsightError):
    pass


class RecordError(ClearsightError):
    """A malformed record. ``reason`` is a short machine-readable code."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


class AuthError(UserError):
    """Wrong name or password, or an unknown or expired token."""


class PermissionDeniedError(UserError):
    """The user's role may not do this."""


class NotFoundError(UserError):
    """No such user, case, decision or complaint."""


class ConflictError(UserError):
    """The action clashes with the current state (a claim, a decided case, a reviewed decision)."""


class RateLimitedError(UserError):
    """Too many failed logins for one name from one client; try again later."""
