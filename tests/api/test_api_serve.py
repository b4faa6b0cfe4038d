"""``clearsight serve`` refuses a missing or default secret outside development."""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from clearsight.cli.app import app
from clearsight.cli.serve import SECRET_ENV, check_secret
from clearsight.errors import ConfigError


@pytest.mark.parametrize("secret", [None, "", "changethis", "secret", "short-but-random"])
def test_weak_secrets_are_refused_outside_development(secret: str | None) -> None:
    with pytest.raises(ConfigError, match=SECRET_ENV):
        check_secret(secret, development=False)


def test_development_allows_no_secret_and_a_long_one_passes() -> None:
    assert check_secret(None, development=True) is None
    strong = "q" * 20 + "Zx9" * 10
    assert check_secret(strong, development=False) == strong


def test_the_command_exits_2_without_a_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SECRET_ENV, "changethis")
    result = CliRunner().invoke(app, ["serve", "--port", "8999"])
    assert result.exit_code != 0
    assert isinstance(result.exception, ConfigError)


def test_serve_is_registered() -> None:
    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0 and "--port" in result.output


@pytest.mark.slow
def test_serve_answers_on_its_port(tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, SECRET_ENV: secrets.token_urlsafe(40)}
    args = [sys.executable, "-m", "clearsight", "serve", "--port", str(port)]
    args += ["--db", str(tmp_path / "w.db"), "--key-file", str(tmp_path / "k.key")]
    proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        response = _wait_for(f"http://127.0.0.1:{port}/login", proc)
        assert response.status_code == 200
        assert "default-src 'self'" in response.headers["content-security-policy"]
        assert httpx.get(f"http://127.0.0.1:{port}/api/v1/me").status_code == 401
    finally:
        proc.terminate()
        proc.communicate(timeout=20)


def _wait_for(url: str, proc: subprocess.Popen[bytes]) -> httpx.Response:
    for _ in range(300):
        if proc.poll() is not None:
            break
        try:
            return httpx.get(url)
        except httpx.TransportError:
            time.sleep(0.1)
    output = proc.communicate(timeout=20)[0].decode(errors="replace") if proc.poll() else ""
    raise AssertionError(f"server did not answer: {output[-2000:]}")
