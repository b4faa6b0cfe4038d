"""Typed settings. Built explicitly and passed in; nothing reads them at import time.

Sources, highest first: keyword arguments, ``CLEARSIGHT_*`` environment variables, an optional
``clearsight.toml`` (path given by the caller or ``CLEARSIGHT_CONFIG``), defaults.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict, SettingsError

from clearsight.errors import ConfigError

DEFAULT_LANGUAGES = ("en", "ru", "fr", "de", "ar", "es", "it", "tr", "uk", "pl")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CLEARSIGHT_", extra="forbid", frozen=True)

    db: str = Field("clearsight.db", description="SQLite path or SQLAlchemy URL")
    key_file: Path = Field(
        Path.home() / ".config" / "clearsight" / "pseudonym.key",
        description="HMAC key for pseudonyms; kept outside the database",
    )
    quarantine_file: Path | None = Field(
        None, description="JSONL copy of the quarantine table (default: next to the database)"
    )
    languages: Annotated[tuple[str, ...], NoDecode] = Field(
        DEFAULT_LANGUAGES, description="language-ID candidates"
    )
    max_record_bytes: int = Field(1_000_000, gt=0, description="larger records are quarantined")
    max_image_pixels: int = Field(40_000_000, gt=0, description="decompression-bomb limit")
    batch_size: int = Field(500, gt=0, le=100_000, description="records per transaction")
    case_threshold: float = Field(3.0, ge=0, le=10, description="priority that opens a case")
    normalizer: str = Field("standard", description="normalizer plug-in")
    analyzers: Annotated[tuple[str, ...], NoDecode] = Field(
        (), description="analyzer plug-ins to run (empty: all)"
    )
    lexicons: Annotated[tuple[Path, ...], NoDecode] = Field(
        (), description="extra lexicon YAML files"
    )
    use_starter_lexicon: bool = Field(True, description="load the shipped starter lexicon")

    @field_validator("languages", "analyzers", "lexicons", mode="before")
    @classmethod
    def _split_languages(cls, value: Any) -> Any:
        if isinstance(value, str):
            return tuple(x.strip() for x in value.split(",") if x.strip())
        return value

    @property
    def db_url(self) -> str:
        return self.db if "://" in self.db else f"sqlite:///{self.db}"

    @property
    def sqlite_path(self) -> Path | None:
        return None if "://" in self.db else Path(self.db)

    @property
    def user_lexicon(self) -> Path:
        """Where ``clearsight lexicon add`` writes by default; scans load it when present."""
        base = self.sqlite_path or Path("clearsight.db")
        return base.with_name(base.stem + ".lexicon.yaml")

    @property
    def quarantine_path(self) -> Path:
        if self.quarantine_file is not None:
            return self.quarantine_file
        base = self.sqlite_path or Path("clearsight.db")
        return base.with_name(base.stem + ".quarantine.jsonl")


def load_settings(config_file: Path | None = None, **overrides: Any) -> Settings:
    """Build Settings from defaults, a TOML file, the environment and ``overrides``."""
    path = config_file or _config_from_env()
    file_values = _read_toml(path) if path else {}
    given = {k: v for k, v in overrides.items() if v is not None}
    env_keys = {k[len("CLEARSIGHT_") :].lower() for k in os.environ if k.startswith("CLEARSIGHT_")}
    values = {k: v for k, v in file_values.items() if k not in env_keys} | given
    try:
        return Settings(**values)
    except ValidationError as exc:
        raise ConfigError(f"invalid settings: {_summarise(exc)}") from exc
    except SettingsError as exc:
        raise ConfigError(f"invalid settings in the environment: {exc}") from exc


def _config_from_env() -> Path | None:
    raw = os.environ.get("CLEARSIGHT_CONFIG")
    if raw:
        return Path(raw)
    local = Path("clearsight.toml")
    return local if local.is_file() else None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: configuration file not found") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from exc
    section = data.get("clearsight", data)
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: [clearsight] must be a table")
    return section


def _summarise(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = ".".join(str(x) for x in err["loc"]) or "settings"
        parts.append(f"{loc}: {err['msg']}")
    return "; ".join(parts)
