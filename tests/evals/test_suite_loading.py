"""Suites load with their defaults; malformed ones name the file, the line and the problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from evals.loading import load_suites
from evals.suite import SuiteError, parse_suite

GOOD = """\
suite: basics
assistant: tax
locale: ko
auth: citizen-001
dialogs:
  - id: one
    turns:
      - user: "2000cc 자동차세"
        expect: {intent: tax.car_tax, says: "연식"}
  - id: two
    locale: en
    assistant: counselor120
    turns:
      - user: "hello"
"""


def test_defaults_apply_and_dialogs_override_them():
    suite = parse_suite(GOOD, "good.yml")
    one, two = suite.dialogs
    assert (one.assistant, one.locale, one.auth) == ("tax", "ko", "citizen-001")
    assert (two.assistant, two.locale) == ("counselor120", "en")
    assert one.turns[0].expect.get("says") == ["연식"]


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("dialogs:\n  - id: a\n    turns: [\n", 4, "invalid YAML"),
        (
            "dialogs:\n  - id: a\n    turns:\n      - user: hi\n        expect: {intnet: greet}\n",
            5,
            "unknown key 'intnet'",
        ),
        (
            "dialogs:\n  - id: a\n    turns:\n      - user: hi\n        expect:\n          slots: [1, 2]\n",
            6,
            "slots must be a mapping",
        ),
        (
            "dialogs:\n  - id: a\n    turns:\n      - user: hi\n        expect:\n          says: 5\n",
            6,
            "says must be",
        ),
        ("dialogs:\n  - id: a\n    turns:\n      - user: [hi]\n", 4, "user must be a string"),
        ("dialogs:\n  - id: a\n    turns: []\n", 3, "non-empty list"),
        ("dialogs:\n  - id: a\n    turns:\n      - expect: {intent: greet}\n", 4, "needs 'user'"),
        (
            "dialogs:\n  - id: a\n    turns:\n      - user: x\n  - id: a\n    turns:\n      - user: y\n",
            5,
            "duplicate dialog id",
        ),
        ("suite: x\n", 1, "needs 'dialogs'"),
        ("dialogs: []\n", 1, "'dialogs' is empty"),
        ('dialogs:\n  - id: a\n    turns:\n      - user: "   "\n', 4, "user must not be empty"),
        (
            "assistant: taxman\ndialogs:\n  - id: a\n    turns:\n      - user: hi\n",
            1,
            "assistant must be one of",
        ),
        ("dialogs:\n  - id: a\n    locale: fr\n    turns:\n      - user: hi\n", 3, "locale must be one of"),
        (
            "dialogs:\n  - id: a\n    turns:\n      - user: hi\n        expect: {assistant: seoul}\n",
            5,
            "expect.assistant must be one of",
        ),
        ("dialog:\n  - id: a\n", 1, "unknown key 'dialog'"),
    ],
)
def test_malformed_suite_errors_name_the_line(text: str, line: int, words: str):
    with pytest.raises(SuiteError) as caught:
        parse_suite(text, "broken.yml")
    assert caught.value.line == line
    assert words in caught.value.message
    assert str(caught.value).startswith(f"broken.yml:{line}:")


def test_a_folder_loads_every_suite(tmp_path: Path):
    (tmp_path / "a.yml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.yaml").write_text(GOOD.replace("basics", "more"), encoding="utf-8")
    assert [s.name for s in load_suites([tmp_path])] == ["basics", "more"]


def test_the_shipped_suites_are_well_formed():
    suites = load_suites([Path("evals/suites")])
    assert sum(len(s.dialogs) for s in suites) >= 600


def test_a_dialog_signs_out_of_the_suites_auth_with_null():
    text = GOOD.replace("  - id: two\n", "  - id: two\n    auth: null\n")
    one, two = parse_suite(text, "good.yml").dialogs
    assert (one.auth, two.auth) == ("citizen-001", None)


def test_a_suite_level_auth_of_null_is_malformed():
    with pytest.raises(SuiteError, match="auth must be a string"):
        parse_suite(GOOD.replace("auth: citizen-001", "auth: null"), "good.yml")


def test_an_empty_folder_is_malformed_not_a_vacuous_pass(tmp_path: Path):
    with pytest.raises(SuiteError, match=r"no \*\.yml"):
        load_suites([tmp_path])


def test_a_rasa_intent_without_examples_is_malformed(tmp_path: Path):
    path = tmp_path / "nlu.yml"
    path.write_text(
        'version: "3.1"\nnlu:\n- intent: greet\n- intent: thanks\n  examples: |\n    - 고마워요\n'
    )
    with pytest.raises(SuiteError) as caught:
        load_suites([path])
    assert (caught.value.line, caught.value.message) == (3, "intent 'greet' has no examples")
