"""The dialog runner: every dialog of a run talks as its own citizen."""

from __future__ import annotations

from typing import Any

from evals.metrics import summarise
from evals.runner import run_suites
from evals.suite import Dialog, Suite, TurnCase


class RecordingTarget:
    """Answers every turn and remembers who sent it."""

    def __init__(self) -> None:
        self.users: list[str] = []

    def sign_in(self, citizen_id: str) -> str:
        return "token"

    def chat(self, payload: dict[str, Any], token: str | None) -> tuple[int, dict[str, Any]]:
        self.users.append(payload["user_id"])
        return 200, {"messages": [], "trace": {}}

    def close(self) -> None:
        pass


def test_dialogs_sharing_a_suite_name_and_id_never_share_a_conversation():
    turn = TurnCase(user="2020년식이요")
    suites = [
        Suite("facts", f"{name}.yml", (Dialog(id="d1", suite="facts", turns=(turn,)),)) for name in ("a", "b")
    ]
    target = RecordingTarget()
    results = run_suites(target, suites)
    assert len(results) == 2 and len(set(target.users)) == 2


class RefusingTarget(RecordingTarget):
    """Refuses the second turn of every dialog, as the API refuses bad input."""

    def chat(self, payload: dict[str, Any], token: str | None) -> tuple[int, dict[str, Any]]:
        super().chat(payload, token)
        if len(self.users) == 2:
            return 422, {"error": {"code": "empty_text", "message": "text is empty"}}
        return 200, {"messages": [], "trace": {}}


def test_a_turn_not_answered_fails_the_dialog_and_the_turns_after_it_count_as_not_passed():
    turns = tuple(TurnCase(user=f"turn {n}") for n in range(4))
    suite = Suite("facts", "a.yml", (Dialog(id="d1", suite="facts", turns=turns),))
    [result] = run_suites(RefusingTarget(), [suite])
    summary = summarise([result])
    assert not result.passed
    assert result.error == "turn 2 of 4 not answered: HTTP 422: empty_text: text is empty"
    assert (summary["turns"], summary["turns_passed"]) == (4, 1)
