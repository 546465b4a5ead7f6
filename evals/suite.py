"""Dialog suites (shared/contracts/dialog-suites.md): loading with precise errors (file, line, what is wrong)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from assistants.domain import load_clerks
from intents.language import LOCALES

EXPECT_KEYS = {
    "intent": "str",
    "intent_any": "str_list",
    "slots": "mapping",
    "awaiting": "str_or_null",
    "action": "str",
    "result": "mapping",
    "says": "str_list",
    "says_any": "str_list",
    "says_none": "str_list",
    "cites": "str_list",
    "assistant": "str",
    "handoff": "str",
}
SUITE_KEYS = {"suite", "assistant", "locale", "auth", "dialogs", "description"}
DIALOG_KEYS = {"id", "assistant", "locale", "auth", "turns", "description", "tags"}
TURN_KEYS = {"user", "expect", "context"}
MAX_TEXT = 2000  # chat-api.md: 1..2000 characters after trimming


class SuiteError(ValueError):
    """A malformed suite: where (file:line) and what is wrong."""

    def __init__(self, path: str, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path, self.line, self.message = path, line, message


@dataclass(frozen=True)
class Expect:
    """What a turn must show; every key optional (absent = not checked)."""

    checks: dict[str, Any] = field(default_factory=dict)

    def get(self, key: str, default: Any = None) -> Any:
        return self.checks.get(key, default)


@dataclass(frozen=True)
class TurnCase:
    user: str
    expect: Expect = field(default_factory=Expect)
    context: dict[str, Any] = field(default_factory=dict)
    line: int = 0


@dataclass(frozen=True)
class Dialog:
    id: str
    suite: str
    turns: tuple[TurnCase, ...]
    assistant: str | None = None
    locale: str | None = None
    auth: str | None = None
    path: str = ""
    line: int = 0


@dataclass(frozen=True)
class Suite:
    name: str
    path: str
    dialogs: tuple[Dialog, ...]


class _Reader:
    """Walks YAML nodes so every error names the line it is about."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._constructor = yaml.SafeLoader("")

    def fail(self, node: Node, message: str) -> SuiteError:
        return SuiteError(self.path, node.start_mark.line + 1, message)

    def value(self, node: Node) -> Any:
        return self._constructor.construct_object(node, deep=True)

    def mapping(self, node: Node, what: str, allowed: set[str] | None = None) -> dict[str, tuple[Node, Node]]:
        if not isinstance(node, MappingNode):
            raise self.fail(node, f"{what} must be a mapping")
        out: dict[str, tuple[Node, Node]] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if allowed is not None and key not in allowed:
                raise self.fail(
                    key_node, f"unknown key {key!r} in {what} (allowed: {', '.join(sorted(allowed))})"
                )
            if key in out:
                raise self.fail(key_node, f"duplicate key {key!r} in {what}")
            out[key] = (key_node, value_node)
        return out

    def text(self, node: Node, what: str, null: bool = False) -> str | None:
        value = self.value(node)
        if value is None and null:
            return None
        if not isinstance(value, str) or not isinstance(node, ScalarNode):
            raise self.fail(node, f"{what} must be a string, not {type(value).__name__}")
        return value

    def texts(self, node: Node, what: str) -> list[str]:
        value = self.value(node)
        if isinstance(value, str):
            return [value]
        if not isinstance(node, SequenceNode) or not all(isinstance(v, str) for v in value):
            raise self.fail(node, f"{what} must be a string or a list of strings")
        return list(value)

    def expect(self, node: Node) -> Expect:
        checks: dict[str, Any] = {}
        for key, (_, value_node) in self.mapping(node, "expect", set(EXPECT_KEYS)).items():
            kind = EXPECT_KEYS[key]
            if kind == "str":
                checks[key] = self.text(value_node, f"expect.{key}")
            elif kind == "str_or_null":
                checks[key] = self.text(value_node, f"expect.{key}", null=True)
            elif kind == "str_list":
                checks[key] = self.texts(value_node, f"expect.{key}")
            else:
                if not isinstance(value_node, MappingNode):
                    raise self.fail(value_node, f"expect.{key} must be a mapping")
                checks[key] = self.value(value_node)
        if "assistant" in checks:
            self.one_of(node, checks["assistant"], "expect.assistant", tuple(load_clerks()))
        return Expect(checks)

    def one_of(self, node: Node, value: str, what: str, allowed: tuple[str, ...]) -> None:
        if value not in allowed:
            raise self.fail(node, f"{what} must be one of {', '.join(allowed)}, not {value!r}")

    def defaults(self, spec: dict[str, tuple[Node, Node]], null_auth: bool) -> dict[str, str | None]:
        """`assistant`, `locale` and `auth` as given (a dialog's `auth: null` signs out of the suite's)."""
        out: dict[str, str | None] = {}
        for key in ("assistant", "locale", "auth"):
            if key not in spec:
                continue
            node = spec[key][1]
            value = self.text(node, key, null=key == "auth" and null_auth)
            if key == "assistant":
                self.one_of(node, str(value), key, tuple(load_clerks()))
            elif key == "locale":
                self.one_of(node, str(value), key, LOCALES)
            out[key] = value
        return out

    def user(self, node: Node) -> str:
        """What the citizen types: 1..2000 characters after trimming, as the chat API accepts it."""
        text = self.text(node, "user") or ""
        if not text.strip():
            raise self.fail(node, "user must not be empty")
        if len(text.strip()) > MAX_TEXT:
            raise self.fail(node, f"user must be at most {MAX_TEXT} characters")
        return text


def parse_suite(text: str, path: str) -> Suite:
    """One suite file's content; raises `SuiteError` with the line of the first problem."""
    try:
        root = yaml.compose(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise SuiteError(
            path, (mark.line + 1) if mark else 1, f"invalid YAML: {getattr(exc, 'problem', exc)}"
        ) from exc
    reader = _Reader(path)
    if root is None:
        raise SuiteError(path, 1, "empty file")
    top = reader.mapping(root, "suite", SUITE_KEYS)
    if "dialogs" not in top:
        raise reader.fail(root, "a suite needs 'dialogs'")
    defaults = reader.defaults(top, null_auth=False)
    name = reader.text(top["suite"][1], "suite") if "suite" in top else Path(path).stem
    dialogs_node = top["dialogs"][1]
    if not isinstance(dialogs_node, SequenceNode):
        raise reader.fail(dialogs_node, "'dialogs' must be a list")
    if not dialogs_node.value:
        raise reader.fail(dialogs_node, "'dialogs' is empty")
    dialogs, seen = [], set()
    for dialog_node in dialogs_node.value:
        spec = reader.mapping(dialog_node, "dialog", DIALOG_KEYS)
        if "id" not in spec or "turns" not in spec:
            raise reader.fail(dialog_node, "a dialog needs 'id' and 'turns'")
        dialog_id = str(reader.value(spec["id"][1]))
        if dialog_id in seen:
            raise reader.fail(spec["id"][1], f"duplicate dialog id {dialog_id!r}")
        seen.add(dialog_id)
        turns_node = spec["turns"][1]
        if not isinstance(turns_node, SequenceNode) or not turns_node.value:
            raise reader.fail(turns_node, "'turns' must be a non-empty list")
        turns = []
        for turn_node in turns_node.value:
            turn = reader.mapping(turn_node, "turn", TURN_KEYS)
            if "user" not in turn:
                raise reader.fail(turn_node, "a turn needs 'user'")
            user = reader.user(turn["user"][1])
            expect = reader.expect(turn["expect"][1]) if "expect" in turn else Expect()
            context = reader.value(turn["context"][1]) if "context" in turn else {}
            if not isinstance(context, dict):
                raise reader.fail(turn["context"][1], "context must be a mapping")
            turns.append(
                TurnCase(user=user, expect=expect, context=context, line=turn_node.start_mark.line + 1)
            )
        own = reader.defaults(spec, null_auth=True)
        values = {**defaults, **own}
        dialogs.append(
            Dialog(
                id=dialog_id,
                suite=name or "",
                turns=tuple(turns),
                path=path,
                line=dialog_node.start_mark.line + 1,
                **values,
            )
        )
    return Suite(name=name or "", path=path, dialogs=tuple(dialogs))
