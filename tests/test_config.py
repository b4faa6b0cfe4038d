"""Settings: defaults, environment, TOML file, and errors that name the problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from clearsight.config import load_settings
from clearsight.errors import ConfigError


def test_precedence_is_arguments_then_environment_then_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    toml = tmp_path / "clearsight.toml"
    toml.write_text('[clearsight]\ndb = "file.db"\nbatch_size = 50\ncase_threshold = 4.5\n')
    monkeypatch.setenv("CLEARSIGHT_BATCH_SIZE", "70")
    settings = load_settings(toml, db="arg.db")
    assert (settings.db, settings.batch_size, settings.case_threshold) == ("arg.db", 70, 4.5)


def test_languages_accept_a_comma_list_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CLEARSIGHT_LANGUAGES", "en, ru,fr")
    assert load_settings().languages == ("en", "ru", "fr")


def test_invalid_values_are_named(tmp_path: Path) -> None:
    toml = tmp_path / "bad.toml"
    toml.write_text("[clearsight]\nbatch_size = -1\n")
    with pytest.raises(ConfigError, match="batch_size"):
        load_settings(toml)


def test_unknown_keys_and_broken_files_are_refused(tmp_path: Path) -> None:
    unknown = tmp_path / "unknown.toml"
    unknown.write_text("[clearsight]\nnot_a_setting = 1\n")
    with pytest.raises(ConfigError, match="not_a_setting"):
        load_settings(unknown)
    broken = tmp_path / "broken.toml"
    broken.write_text("[clearsight\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_settings(broken)
    with pytest.raises(ConfigError, match="not found"):
        load_settings(tmp_path / "absent.toml")


def test_derived_paths_sit_next_to_the_database() -> None:
    settings = load_settings(db="/srv/cs/main.db")
    assert settings.db_url == "sqlite:////srv/cs/main.db"
    assert settings.quarantine_path == Path("/srv/cs/main.quarantine.jsonl")
    assert settings.user_lexicon == Path("/srv/cs/main.lexicon.yaml")
    assert load_settings(db="postgresql://u:p@h/db").sqlite_path is None


def test_sections_come_from_toml_tables_and_nested_environment_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    toml = tmp_path / "clearsight.toml"
    toml.write_text(
        "[clearsight.hashbank]\npdq_threshold = 20\n[clearsight.review]\nfour_eyes = true\n"
    )
    monkeypatch.setenv("CLEARSIGHT_CLASSIFIER__TIER", "semantic")
    settings = load_settings(toml)
    assert settings.hashbank.pdq_threshold == 20
    assert settings.review.four_eyes is True
    assert settings.classifier.tier == "semantic"


def test_the_environment_overrides_one_field_of_a_toml_section(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    toml = tmp_path / "clearsight.toml"
    toml.write_text(
        "[clearsight.review]\nfour_eyes = true\n[clearsight.classifier]\ntier = 'fast'\n"
    )
    monkeypatch.setenv("CLEARSIGHT_CLASSIFIER__TIER", "semantic")
    settings = load_settings(toml)
    assert (settings.classifier.tier, settings.review.four_eyes) == ("semantic", True)
