"""Typed settings. Built explicitly and passed in; nothing reads them at import time.

Sources, highest first: keyword arguments, ``CLEARSIGHT_*`` environment variables, an optional
``clearsight.toml`` (path given by the caller or ``CLEARSIGHT_CONFIG``), defaults.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict, SettingsError

from clearsight.errors import ConfigError

DEFAULT_LANGUAGES = ("en", "ru", "fr", "de", "ar", "es", "it", "tr", "uk", "pl")


class Section(BaseModel):
    """A group of settings; in TOML a ``[clearsight.<name>]`` table, in the environment
    ``CLEARSIGHT_<NAME>__<FIELD>``."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class ClassifierSettings(Section):
    """Detection models (the classifier tiers)."""

    tier: Literal["fast", "semantic", "transformer"] = Field(
        "fast", description="classifier tier that scans run"
    )
    threshold: float | None = Field(
        None, ge=0, le=1, description="score that makes a finding (empty: the model's own)"
    )


class HashbankSettings(Section):
    """Hash banks of known content."""

    pdq_threshold: int = Field(31, ge=0, le=256, description="default PDQ Hamming threshold")
    pdq_min_quality: int = Field(50, ge=0, le=100, description="PDQ hashes below are not matched")
    text_max_distance: int = Field(
        20, ge=0, le=100, description="default text threshold: 100 * (1 - Jaccard) at most"
    )
    flood_max_items: int = Field(
        50, gt=0, description="an entry matching more items within the window is quarantined"
    )
    flood_window_minutes: int = Field(60, gt=0, description="flood-protection window")
    gif_frames: int = Field(8, gt=0, le=64, description="frames of an animated image hashed")


class ReviewSettings(Section):
    """The review workspace."""

    four_eyes: bool = Field(False, description="'remove' and 'escalate' need a second reviewer")
    session_hours: float = Field(12.0, gt=0, le=24 * 30, description="login session lifetime")
    claim_minutes: int = Field(30, gt=0, le=24 * 60, description="how long a claim holds a case")
    daily_exposure_limit: int = Field(
        100, gt=0, description="cases with media or flagged text a reviewer should see per day"
    )
    complaint_days: int = Field(14, gt=0, le=365, description="deadline to decide a complaint")
    login_attempts: int = Field(5, gt=0, description="failed logins allowed per window")
    login_window_minutes: int = Field(15, gt=0, description="sliding window for failed logins")


class RetentionSettings(Section):
    """Retention of content and legal holds."""

    content_days: int = Field(
        365, gt=0, le=36500, description="item text and media are purged this long after ingest"
    )
    hold_days: int = Field(
        183, gt=0, le=36500, description="a 'preserve' decision holds content this long"
    )


class AssuranceSettings(Section):
    """Limits of the bias-audit promotion gate; unset keeps the documented default
    (docs/assurance.md)."""

    max_subgroup_auc_gap: float | None = Field(None, ge=0, le=1)
    max_bpsn_auc_gap: float | None = Field(None, ge=0, le=1)
    max_bnsp_auc_gap: float | None = Field(None, ge=0, le=1)
    max_fpr_gap: float | None = Field(None, ge=0, le=1)
    max_fnr_gap: float | None = Field(None, ge=0, le=1)
    max_flip_rate: float | None = Field(None, ge=0, le=1)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="CLEARSIGHT_", env_nested_delimiter="__", extra="forbid", frozen=True
    )

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
        (), description="analyzer plug-ins to run (empty: those enabled by default)"
    )
    lexicons: Annotated[tuple[Path, ...], NoDecode] = Field(
        (), description="extra lexicon YAML files"
    )
    use_starter_lexicon: bool = Field(True, description="load the shipped starter lexicon")
    classifier: ClassifierSettings = Field(default_factory=ClassifierSettings)
    hashbank: HashbankSettings = Field(default_factory=HashbankSettings)
    review: ReviewSettings = Field(default_factory=ReviewSettings)
    retention: RetentionSettings = Field(default_factory=RetentionSettings)
    assurance: AssuranceSettings = Field(default_factory=AssuranceSettings)

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
    values = _without_env_overrides(file_values) | given
    try:
        return Settings(**values)
    except ValidationError as exc:
        raise ConfigError(f"invalid settings: {_summarise(exc)}") from exc
    except SettingsError as exc:
        raise ConfigError(f"invalid settings in the environment: {exc}") from exc


def _without_env_overrides(file_values: dict[str, Any]) -> dict[str, Any]:
    """Drop the file's values that an environment variable sets, so the environment wins."""
    values = {k: dict(v) if isinstance(v, dict) else v for k, v in file_values.items()}
    for name in os.environ:
        if not name.startswith("CLEARSIGHT_"):
            continue
        key, _, field = name[len("CLEARSIGHT_") :].lower().partition("__")
        section = values.get(key)
        if field and isinstance(section, dict):
            section.pop(field, None)
        elif not field:
            values.pop(key, None)
    return values


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
