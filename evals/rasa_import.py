"""Rasa files as dialog suites: NLU examples become one-turn dialogs, test stories become multi-turn ones."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import yaml

from evals.suite import Dialog, Expect, Suite, SuiteError, TurnCase
from intents.rasa_nlu import RasaFormatError, parse_example, parse_nlu

CATALOG_ACTION_PREFIXES = ("tax.", "reserve.", "cert.", "wallet.", "complaint.", "youth.")


def slot_value(value: str) -> Any:
    """Annotation values are strings; the contract's slots are integers, booleans or strings."""
    if value.lstrip("-").isdigit():
        return int(value)
    return {"true": True, "false": False}.get(value.lower(), value)


def _slots(entities) -> dict[str, Any]:
    """Entities that carry a normalised value (relative dates without one are not checked)."""
    return {e.entity: slot_value(e.value) for e in entities if e.value != e.surface or e.surface.isdigit()}


def _value(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        return next((v for k, v in node.value if getattr(k, "value", None) == key), None)
    return None


def _items(node: yaml.Node | None) -> list[yaml.Node]:
    return list(node.value) if isinstance(node, yaml.SequenceNode) else []


def example_lines(root: yaml.Node | None) -> list[int]:
    """The 1-based line of every intent example, in document order (a failure names where to look)."""
    lines = []
    for item in _items(_value(root, "nlu")):
        examples = _value(item, "examples")
        if _value(item, "intent") is None or not isinstance(examples, yaml.ScalarNode):
            continue
        first = examples.start_mark.line + (1 if examples.style in ("|", ">") else 0)
        raw = examples.value.splitlines() if examples.style in ("|", ">") else [examples.value]
        lines += [first + i + 1 for i, text in enumerate(raw) if text.strip().startswith("- ")]
    return lines


def nlu_suite(document: dict[str, Any], path: str, root: yaml.Node | None = None) -> Suite:
    try:
        data = parse_nlu(document, path)
    except RasaFormatError as exc:
        raise SuiteError(path, 1, str(exc)) from exc
    for item in _items(_value(root, "nlu")):
        examples = _value(item, "examples")
        if (name := _value(item, "intent")) is not None and (
            not isinstance(examples, yaml.ScalarNode) or not examples.value.strip()
        ):
            raise SuiteError(path, item.start_mark.line + 1, f"intent {name.value!r} has no examples")
    if not data.examples:
        raise SuiteError(path, 1, "no intent examples to test")
    lines = example_lines(root)
    lines = lines if len(lines) == len(data.examples) else [0] * len(data.examples)
    dialogs = []
    for n, (example, line) in enumerate(zip(data.examples, lines, strict=True)):
        checks: dict[str, Any] = {"intent": example.intent}
        if slots := _slots(example.entities):
            checks["slots"] = slots
        dialogs.append(
            Dialog(
                id=f"{example.intent}-{n}",
                suite=path,
                path=path,
                turns=(TurnCase(user=example.text, expect=Expect(checks), line=line),),
                line=line,
            )
        )
    return Suite(name=path, path=path, dialogs=tuple(dialogs))


def stories_suite(document: dict[str, Any], path: str, root: yaml.Node | None = None) -> Suite:
    """Rasa test stories: `user` (+ `intent`, `entities`), `slot_was_set` and catalog `action` steps."""
    dialogs = []
    story_nodes = _items(_value(root, "stories"))
    for n, story in enumerate(document.get("stories") or []):
        story_node = story_nodes[n] if n < len(story_nodes) else None
        step_nodes = _items(_value(story_node, "steps"))
        if not isinstance(story, dict) or not isinstance(story.get("steps"), list):
            raise SuiteError(path, 1, f"stories[{n}] needs a 'steps' list")
        turns: list[TurnCase] = []
        for i, step in enumerate(story["steps"]):
            line = step_nodes[i].start_mark.line + 1 if i < len(step_nodes) else 0
            if not isinstance(step, dict):
                raise SuiteError(path, 1, f"story {story.get('story', n)!r}: each step must be a mapping")
            if "user" in step:
                example = parse_example(str(step["user"]).strip(), str(step.get("intent", "")), path)
                checks: dict[str, Any] = {}
                if step.get("intent"):
                    checks["intent"] = step["intent"]
                slots = _slots(example.entities)
                for entity in step.get("entities") or []:
                    if isinstance(entity, dict):
                        slots.update(
                            {k: v for k, v in entity.items() if k not in ("entity", "value", "role")}
                        )
                        if "entity" in entity and "value" in entity:
                            slots[entity["entity"]] = entity["value"]
                if slots:
                    checks["slots"] = slots
                turns.append(TurnCase(user=example.text, expect=Expect(checks), line=line))
            elif turns and "slot_was_set" in step:
                checks = dict(turns[-1].expect.checks)
                for item in step["slot_was_set"] or []:
                    if isinstance(item, dict):
                        checks["slots"] = {**checks.get("slots", {}), **item}
                turns[-1] = replace(turns[-1], expect=Expect(checks))
            elif turns and str(step.get("action", "")).startswith(CATALOG_ACTION_PREFIXES):
                turns[-1] = replace(
                    turns[-1], expect=Expect({**turns[-1].expect.checks, "action": step["action"]})
                )
        if turns:
            dialogs.append(
                Dialog(
                    id=str(story.get("story", f"story-{n}")),
                    suite=path,
                    path=path,
                    turns=tuple(turns),
                    line=story_node.start_mark.line + 1 if story_node is not None else 0,
                )
            )
    return Suite(name=path, path=path, dialogs=tuple(dialogs))


def rasa_suite(text: str, path: str) -> Suite | None:
    """A suite from a Rasa NLU or stories file, or None when the file is not in a Rasa format."""
    try:
        document = yaml.safe_load(text)
        root = yaml.compose(text)
    except yaml.YAMLError:
        return None
    if not isinstance(document, dict):
        return None
    if "nlu" in document:
        return nlu_suite(document, path, root)
    if "stories" in document:
        return stories_suite(document, path, root)
    return None
