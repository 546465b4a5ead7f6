"""The `clerks` CLI: a terminal conversation in-process, with the trace on request."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from channels.cli import app
from services.settings import get_settings
from tests.conftest import BUILT_INDEX, BUILT_MODELS


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("SEOUL_CLERKS_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    monkeypatch.setenv("SEOUL_CLERKS_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("SEOUL_CLERKS_MODEL_DIR", str(BUILT_MODELS))
    monkeypatch.setenv("SEOUL_CLERKS_INDEX_DIR", str(BUILT_INDEX))
    monkeypatch.setenv("SEOUL_CLERKS_TODAY", "2026-11-25")
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def test_chat_in_the_terminal_with_trace(env: None):
    result = CliRunner().invoke(
        app, ["chat", "--trace"], input="2000cc 승용차 자동차세 얼마예요?\n2025년식이요\n\n"
    )
    assert result.exit_code == 0, result.output
    assert "연식" in result.output
    assert "520,000" in result.output
    assert '"annual_total": 520000' in result.output


def test_build_reports_an_up_to_date_model(env: None):
    result = CliRunner().invoke(app, ["build"])
    assert result.exit_code == 0, result.output
    assert "up to date" in result.output
