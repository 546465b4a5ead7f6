"""Runs dialogs against a target, turn by turn, in parallel across dialogs."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from evals.expectations import check, reply_text
from evals.suite import Dialog, Expect, Suite
from evals.targets import Target


@dataclass
class TurnResult:
    user: str
    expect: Expect
    status: int
    body: dict[str, Any]
    failures: list[str]
    client_ms: float

    @property
    def passed(self) -> bool:
        return not self.failures

    @property
    def trace(self) -> dict[str, Any]:
        return self.body.get("trace") or {}

    @property
    def reply(self) -> str:
        return reply_text(self.body) if self.status == 200 else ""


@dataclass
class DialogResult:
    dialog: Dialog
    turns: list[TurnResult] = field(default_factory=list)
    error: str | None = None

    @property
    def passed(self) -> bool:
        return (
            self.error is None
            and all(t.passed for t in self.turns)
            and len(self.turns) == len(self.dialog.turns)
        )


def run_dialog(target: Target, dialog: Dialog, run_id: str) -> DialogResult:
    """One conversation as a fresh user (`run_id` is unique per dialog of a run: two suites may share a name
    and their dialogs an id); stops at the first turn that is not answered (non-200)."""
    result = DialogResult(dialog)
    user_id = f"eval-{run_id}-{dialog.suite}-{dialog.id}"[:120]
    try:
        token = target.sign_in(dialog.auth) if dialog.auth else None
    except RuntimeError as exc:
        result.error = str(exc)
        return result
    for case in dialog.turns:
        payload: dict[str, Any] = {"user_id": user_id, "text": case.user}
        if dialog.assistant:
            payload["assistant"] = dialog.assistant
        if dialog.locale:
            payload["locale"] = dialog.locale
        if case.context:
            payload["context"] = case.context
        started = time.perf_counter()
        try:
            status, body = target.chat(payload, token)
        except Exception as exc:  # a transport failure is reported on the dialog, not raised
            result.error = f"{type(exc).__name__}: {exc}"
            return result
        client_ms = (time.perf_counter() - started) * 1000
        if status != 200:
            error = body.get("error") or {}
            failures = [f"HTTP {status}: {error.get('code')}: {error.get('message')}"]
        else:
            failures = check(case.expect, body)
        result.turns.append(TurnResult(case.user, case.expect, status, body, failures, client_ms))
        if status != 200:
            result.error = f"turn {len(result.turns)} of {len(dialog.turns)} not answered: {failures[0]}"
            break
    return result


def run_suites(
    target: Target,
    suites: list[Suite],
    workers: int = 1,
    progress: Callable[[DialogResult], None] | None = None,
) -> list[DialogResult]:
    """Every dialog of every suite; results keep the suites' order."""
    run_id = uuid.uuid4().hex[:8]
    dialogs = list(enumerate(d for suite in suites for d in suite.dialogs))

    def one(numbered: tuple[int, Dialog]) -> DialogResult:
        n, dialog = numbered
        result = run_dialog(target, dialog, f"{run_id}-{n}")
        if progress:
            progress(result)
        return result

    if workers <= 1:
        return [one(d) for d in dialogs]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(one, dialogs))
