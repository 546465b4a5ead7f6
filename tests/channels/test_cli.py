"""The `clerks` CLI: a terminal conversation in-process, with the trace on request."""

from __future__ import annotations

import json
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


def test_chat_prints_a_breakdown_once(env: None):
    result = CliRunner().invoke(app, ["chat"], input="2000cc 승용차 자동차세 얼마예요?\n2025년식이요\n\n")
    assert result.exit_code == 0, result.output
    assert result.output.count("연간 합계: 520,000원") == 1


def test_build_reports_an_up_to_date_model(env: None):
    result = CliRunner().invoke(app, ["build"])
    assert result.exit_code == 0, result.output
    assert "up to date" in result.output


def test_eval_retrieval_reports_every_retriever_per_question_file(env: None, tmp_path: Path):
    questions = tmp_path / "questions"
    questions.mkdir()
    (questions / "a.yml").write_text(
        'questions:\n  - {q: "전입신고는 어디서 해요?", lang: ko, gold: [civil/moving-in-report]}\n',
        encoding="utf-8",
    )
    (questions / "b.yml").write_text(
        'questions:\n  - {q: "Where do I report moving in?", lang: en, gold: [civil/moving-in-report]}\n',
        encoding="utf-8",
    )
    report = tmp_path / "retrieval.json"
    result = CliRunner().invoke(app, ["eval-retrieval", "--questions", str(questions), "--json", str(report)])
    assert result.exit_code == 0, result.output
    assert "recall@5 on a.yml: bm25" in result.output and "recall@5 on b.yml" in result.output
    figures = json.loads(report.read_text(encoding="utf-8"))
    assert figures["modes"]["hybrid"]["by_file"]["a.yml"]["recall@5"] == 1.0
    assert figures["modes"]["hybrid"]["no_answer"]["precision"] is None  # no out-of-corpus questions given
