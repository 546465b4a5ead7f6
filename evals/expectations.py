"""Checks one reply against a turn's `expect`: every failure is a sentence naming expected and actual."""

from __future__ import annotations

from typing import Any

from evals.suite import Expect


def reply_text(body: dict[str, Any]) -> str:
    """Everything the citizen reads: text messages, card titles, bodies and items, QR captions."""
    parts: list[str] = []
    for message in body.get("messages", []):
        kind = message.get("type")
        if kind == "text":
            parts.append(message.get("text", ""))
        elif kind == "card":
            parts.extend([message.get("title", ""), message.get("body", "")])
            parts.extend(f"{i.get('label', '')} {i.get('value', '')}" for i in message.get("items", []))
        elif kind == "qr":
            parts.append(message.get("caption", ""))
    return "\n".join(parts)


def _same(expected: Any, actual: Any) -> bool:
    if isinstance(expected, bool) or isinstance(actual, bool):
        return expected is actual
    if isinstance(expected, int | float) and isinstance(actual, int | float):
        return float(expected) == float(actual)
    if isinstance(expected, dict) and isinstance(actual, dict):
        return all(k in actual and _same(v, actual[k]) for k, v in expected.items())
    return expected == actual


def _subset(expected: dict[str, Any], actual: dict[str, Any], what: str) -> list[str]:
    failures = []
    for key, value in expected.items():
        if key not in actual:
            failures.append(f"{what}.{key}: expected {value!r}, missing")
        elif not _same(value, actual[key]):
            failures.append(f"{what}.{key}: expected {value!r}, got {actual[key]!r}")
    return failures


def check(expect: Expect, body: dict[str, Any]) -> list[str]:
    """All failed expectations of one turn (empty when the turn passes)."""
    trace = body.get("trace") or {}
    failures: list[str] = []
    intent = (trace.get("intent") or {}).get("name")
    if "intent" in expect.checks and intent != expect.get("intent"):
        failures.append(f"intent: expected {expect.get('intent')!r}, got {intent!r}")
    if "intent_any" in expect.checks and intent not in expect.get("intent_any"):
        failures.append(f"intent_any: expected one of {expect.get('intent_any')!r}, got {intent!r}")
    if "slots" in expect.checks:
        failures += _subset(expect.get("slots"), trace.get("slots") or {}, "slots")
    if "awaiting" in expect.checks and trace.get("awaiting") != expect.get("awaiting"):
        failures.append(f"awaiting: expected {expect.get('awaiting')!r}, got {trace.get('awaiting')!r}")
    actions = trace.get("actions") or []
    chosen = actions[-1] if actions else None
    if "action" in expect.checks:
        name = expect.get("action")
        matching = [a for a in actions if a.get("name") == name]
        chosen = next((a for a in matching if a.get("ok")), matching[0] if matching else None)
        if chosen is None:
            failures.append(f"action: expected {name!r} to run, ran {[a.get('name') for a in actions]!r}")
        elif not chosen.get("ok"):
            failures.append(f"action: {name!r} ran but failed: {chosen.get('error')!r}")
    if "result" in expect.checks:
        if chosen is None:
            failures.append("result: no action ran")
        else:
            failures += _subset(expect.get("result"), chosen.get("result") or {}, "result")
    text = reply_text(body)
    failures += [f"says: {s!r} not in the reply" for s in expect.get("says", []) if s not in text]
    if "says_any" in expect.checks and not any(s in text for s in expect.get("says_any")):
        failures.append(f"says_any: none of {expect.get('says_any')!r} in the reply")
    failures += [f"says_none: {s!r} is in the reply" for s in expect.get("says_none", []) if s in text]
    cited = {c.get("doc_id") for c in trace.get("citations") or []}
    failures += [
        f"cites: {d!r} not among {sorted(cited)!r}" for d in expect.get("cites", []) if d not in cited
    ]
    if "assistant" in expect.checks and body.get("assistant") != expect.get("assistant"):
        failures.append(f"assistant: expected {expect.get('assistant')!r}, got {body.get('assistant')!r}")
    if "handoff" in expect.checks:
        handoffs = [m.get("to") for m in body.get("messages", []) if m.get("type") == "handoff"]
        if expect.get("handoff") not in handoffs:
            failures.append(f"handoff: expected to {expect.get('handoff')!r}, got {handoffs!r}")
    return failures
