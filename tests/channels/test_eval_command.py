"""`clerks eval`: exit codes, reports (JSON, Rasa intent report, JUnit, HTML), in-process and against --url."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from typer.testing import CliRunner

from channels.cli import app
from services.settings import get_settings
from tests.conftest import BUILT_INDEX, BUILT_MODELS

CONTRACT_SUITE = Path("evals/suites/contract_example.yml")
FAILING = """\
suite: failing
dialogs:
  - id: wrong-intent
    turns:
      - user: "안녕하세요"
        expect: {intent: tax.car_tax}
  - id: right
    turns:
      - user: "안녕하세요"
        expect: {intent: greet}
"""


@pytest.fixture(autouse=True)
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("SEOUL_CLERKS_MODEL_DIR", str(BUILT_MODELS))
    monkeypatch.setenv("SEOUL_CLERKS_INDEX_DIR", str(BUILT_INDEX))
    monkeypatch.setenv("SEOUL_CLERKS_DATA_DIR", str(tmp_path))
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def run(*args: str):
    return CliRunner().invoke(app, ["eval", *args, "--today", "2026-11-25"])


def test_contract_example_passes_in_process_and_writes_every_report(tmp_path: Path):
    out = tmp_path / "reports"
    result = run(
        str(CONTRACT_SUITE),
        "--json",
        str(out / "r.json"),
        "--junit",
        str(out / "j.xml"),
        "--html",
        str(out / "r.html"),
    )
    assert result.exit_code == 0, result.output
    report = json.loads((out / "r.json").read_text(encoding="utf-8"))
    assert report["summary"]["dialogs_passed"] == report["summary"]["dialogs"] == 1
    assert report["summary"]["intent_accuracy"] == 1.0
    assert report["dialogs"][0]["turns"][1]["trace"]["actions"][0]["result"]["annual_total"] == 520000
    rasa = json.loads((out / "intent_report.json").read_text(encoding="utf-8"))
    assert rasa["tax.car_tax"]["f1-score"] == 1.0 and {"accuracy", "macro avg", "weighted avg"} <= set(rasa)
    suites = ET.parse(out / "j.xml").getroot()
    assert suites.tag == "testsuites" and suites.attrib["failures"] == "0"
    assert [c.attrib["name"] for c in suites.iter("testcase")] == ["car-tax-2000cc"]
    assert "Summary" in (out / "r.html").read_text(encoding="utf-8")


def test_a_failing_dialog_exits_1_and_junit_carries_turn_expectation_and_trace(tmp_path: Path):
    suite = tmp_path / "failing.yml"
    suite.write_text(FAILING, encoding="utf-8")
    result = run(str(suite), "--junit", str(tmp_path / "j.xml"), "--json", str(tmp_path / "r.json"))
    assert result.exit_code == 1
    cases = {c.attrib["name"]: c for c in ET.parse(tmp_path / "j.xml").getroot().iter("testcase")}
    failure = cases["wrong-intent"].find("failure")
    assert failure is not None and cases["right"].find("failure") is None
    assert "turn 1: user: 안녕하세요" in failure.text
    assert '"intent": "tax.car_tax"' in failure.text and "trace:" in failure.text
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert report["confusion"] == {"tax.car_tax": {"greet": 1}}


def test_fail_under_gates_on_metrics_instead_of_all_pass(tmp_path: Path):
    suite = tmp_path / "failing.yml"
    suite.write_text(FAILING, encoding="utf-8")
    assert run(str(suite), "--fail-under", "intent_accuracy=0.5").exit_code == 0
    assert run(str(suite), "--fail-under", "intent_accuracy=0.9").exit_code == 1


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("dialogs:\n  - id: a\n    turns: [\n", "bad.yml:4: invalid YAML"),
        (
            "dialogs:\n  - id: a\n    turns:\n      - user: hi\n        expect: {intnet: greet}\n",
            "bad.yml:5: unknown key 'intnet'",
        ),
        (
            "dialogs:\n  - id: a\n    turns:\n      - user: hi\n        expect: {slots: 3}\n",
            "bad.yml:5: expect.slots must be a mapping",
        ),
    ],
)
def test_malformed_suite_exits_2_naming_file_and_line(tmp_path: Path, text: str, message: str):
    (tmp_path / "bad.yml").write_text(text, encoding="utf-8")
    result = run(str(tmp_path / "bad.yml"))
    assert result.exit_code == 2
    assert message in " ".join(result.output.split())


def test_rasa_nlu_file_is_scored_like_a_suite(tmp_path: Path):
    nlu = tmp_path / "nlu.yml"
    nlu.write_text(
        'version: "3.1"\nnlu:\n- intent: greet\n  examples: |\n    - 안녕하세요\n    - hello there\n'
        '- intent: tax.car_tax\n  examples: |\n    - [2천cc]{"entity": "engine_cc", "value": "2000"} 차세 얼마\n',
        encoding="utf-8",
    )
    result = run(str(nlu), "--json", str(tmp_path / "r.json"))
    assert result.exit_code == 0, result.output
    summary = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["summary"]
    assert summary["intent_accuracy"] == 1.0 and summary["slot_recall"] == 1.0


def test_contract_example_passes_against_a_live_server(live_server: str, tmp_path: Path):
    result = run(str(CONTRACT_SUITE), "--url", live_server, "--json", str(tmp_path / "r.json"))
    assert result.exit_code == 0, result.output
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["summary"]["dialogs_passed"] == 1


def test_auth_signs_dialogs_in_as_a_test_citizen(tmp_path: Path):
    suite = tmp_path / "auth.yml"
    suite.write_text(
        "suite: auth\nauth: citizen-001\ndialogs:\n"
        "  - id: signed-in\n    turns:\n      - user: 안녕하세요\n        expect: {intent: greet}\n"
        "  - id: unknown-citizen\n    auth: citizen-999\n    turns:\n      - user: 안녕하세요\n",
        encoding="utf-8",
    )
    result = run(str(suite), "--json", str(tmp_path / "r.json"))
    assert result.exit_code == 1
    dialogs = {d["id"]: d for d in json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["dialogs"]}
    assert dialogs["signed-in"]["passed"] is True
    assert "cannot sign in 'citizen-999'" in dialogs["unknown-citizen"]["error"]
