"""Clerk domains as data: persona names, the intents each clerk owns and its slot-filling forms."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

DOMAIN_DIR = Path(__file__).parent
COMMON_INTENTS = frozenset(
    {
        "greet",
        "goodbye",
        "thanks",
        "affirm",
        "deny",
        "bot_challenge",
        "help",
        "human_handoff",
        "info.question",
        "out_of_scope",
    }
)
DEFAULT_ASSISTANT = "counselor120"


@dataclass(frozen=True)
class RequiredSlot:
    """A slot a form asks for, unless another slot has one of the `unless` values or a slot that serves
    `instead` is known (a registration date instead of the model year), and only `when` another slot has
    one of the `when` values."""

    slot: str
    unless: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    when: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    instead: tuple[str, ...] = ()

    def needed(self, slots: dict[str, Any]) -> bool:
        if any(slots.get(name) in values for name, values in self.unless.items()):
            return False
        if any(slots.get(name) not in (None, "") for name in self.instead):
            return False
        return all(slots.get(name) in values for name, values in self.when.items())


@dataclass(frozen=True)
class Form:
    """Slots to collect for an intent, then the action that carries it out (optionally after a confirmation);
    without an action (`answer: knowledge`) the collected slots pick the corpus passages that answer it."""

    intent: str
    action: str | None
    required: tuple[RequiredSlot, ...]
    optional: tuple[str, ...] = ()
    confirm: bool = False
    needs_sign_in: bool = False

    @property
    def slot_names(self) -> tuple[str, ...]:
        return tuple(r.slot for r in self.required) + self.optional

    def missing(self, slots: dict[str, Any]) -> str | None:
        """The next slot to ask for, in order, or None when the form is complete."""
        for required in self.required:
            if required.needed(slots) and slots.get(required.slot) in (None, ""):
                return required.slot
        return None


@dataclass(frozen=True)
class Clerk:
    """One assistant: its id, localised name, owned intents with their slots, forms, the corpus topics of its
    intents, and the passage an intent is always answered from (`grounding`: the crisis lines)."""

    id: str
    names: dict[str, str]
    intent_slots: dict[str, tuple[str, ...]]
    forms: dict[str, Form]
    topics: dict[str, frozenset[str]] = field(default_factory=dict)
    grounding: dict[str, str] = field(default_factory=dict)
    explains: dict[str, re.Pattern[str]] = field(default_factory=dict)
    explained_beside_result: frozenset[str] = frozenset()
    human_desks: dict[str, str] = field(default_factory=dict)
    slot_tags: dict[str, dict[Any, str]] = field(default_factory=dict)
    implied: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    conversations: frozenset[str] = frozenset()
    personal: frozenset[str] = frozenset()

    @property
    def intents(self) -> frozenset[str]:
        return frozenset(self.intent_slots)

    def name(self, locale: str) -> str:
        return self.names.get(locale) or self.names["ko"]

    def slots_of(self, intent: str) -> tuple[str, ...]:
        """The slots an intent takes (its form's, plus the catalog's)."""
        form = self.forms.get(intent)
        return tuple(dict.fromkeys((*(form.slot_names if form else ()), *self.intent_slots.get(intent, ()))))

    def implied_slots(self, intent: str, last_intent: str | None) -> dict[str, Any]:
        """Slot values the request just answered implies for this one: "언제까지 내요?" after a car-tax answer
        asks the car tax's due dates."""
        return {
            slot: by_last[last_intent]
            for slot, by_last in self.implied.get(intent, {}).items()
            if last_intent in by_last
        }

    def explains_first(self, intent: str, step: str, text: str) -> bool:
        """Whether the rule asked about is cited first: before asking for what is missing, or beside a result
        that does not state it (a calendar says nothing of what paying late costs)."""
        acting_silently = step == "act" and intent in self.explained_beside_result
        return (step == "ask" or acting_silently) and self.asks_about_rule(intent, text)

    def asks_about_rule(self, intent: str, text: str) -> bool:
        """True when the text asks how a form's rule works (a rate, a reduction, who pays), not for a result."""
        pattern = self.explains.get(intent)
        return pattern is not None and bool(pattern.search(text))

    def human_desk(self, last_intent: str | None) -> str:
        """The handoff reply after `last_intent`: after a crisis the person is a crisis counsellor, not 120."""
        return self.human_desks.get(last_intent or "", "utter_human_handoff")

    def topics_for(self, intent: str, slots: dict[str, Any]) -> tuple[frozenset[str], ...]:
        """Corpus tags a request is about, most specific first: the intent's topic with the values the
        citizen gave ("청년수당" → youth_allowance), those values together, each alone (a futsal pitch asked
        for with a district and a date: the futsal page), the intent's topic alone."""
        topic = self.topics.get(intent, frozenset())
        named = [self.slot_tags.get(name, {}).get(value) for name, value in slots.items()]
        values = [v for v in slots.values() if isinstance(v, str) and v] + [t for t in named if t]
        given = frozenset(values)
        alone = [frozenset({v}) for v in dict.fromkeys(values)] if len(given) > 1 else []
        return tuple(dict.fromkeys(t for t in (topic | given, given, *alone, topic) if t))


def _form(intent: str, spec: dict[str, Any], slots: tuple[str, ...]) -> Form:
    required = []
    for item in spec.get("required", []):
        if isinstance(item, str):
            required.append(RequiredSlot(item))
        else:
            unless = {k: tuple(v) for k, v in (item.get("unless") or {}).items()}
            when = {k: tuple(v) for k, v in (item.get("when") or {}).items()}
            required.append(RequiredSlot(item["slot"], unless, when, tuple(item.get("instead") or ())))
    names = {r.slot for r in required}
    return Form(
        intent=intent,
        action=None if spec.get("answer") == "knowledge" else spec.get("action", intent),
        required=tuple(required),
        optional=tuple(dict.fromkeys(s for s in (*spec.get("optional", []), *slots) if s not in names)),
        confirm=bool(spec.get("confirm", False)),
        needs_sign_in=bool(spec.get("needs_sign_in", False)),
    )


def load_clerk(path: Path) -> Clerk:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    intent_slots = {intent: tuple(slots or ()) for intent, slots in (raw.get("intents") or {}).items()}
    forms = {
        intent: _form(intent, spec, intent_slots.get(intent, ()))
        for intent, spec in (raw.get("forms") or {}).items()
    }
    topics = {intent: frozenset(tags) for intent, tags in (raw.get("topics") or {}).items()}
    return Clerk(
        id=raw["assistant"],
        names=dict(raw["name"]),
        intent_slots=intent_slots,
        forms=forms,
        topics=topics,
        grounding=dict(raw.get("grounding") or {}),
        explains={
            intent: re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
            for intent, patterns in (raw.get("explains") or {}).items()
        },
        explained_beside_result=frozenset(raw.get("explained_beside_result") or ()),
        human_desks=dict(raw.get("human_desks") or {}),
        slot_tags={name: dict(values) for name, values in (raw.get("slot_tags") or {}).items()},
        implied={
            intent: {slot: dict(values) for slot, values in slots.items()}
            for intent, slots in (raw.get("implied") or {}).items()
        },
        conversations=frozenset(raw.get("conversations") or ()),
        personal=frozenset(raw.get("personal") or ()),
    )


@cache
def load_clerks(directory: Path = DOMAIN_DIR) -> dict[str, Clerk]:
    """Every clerk defined in `directory`, by id."""
    clerks = [load_clerk(p) for p in sorted(directory.glob("*.yml"))]
    return {c.id: c for c in clerks}


def owner_of(intent: str, clerks: dict[str, Clerk]) -> str | None:
    """The clerk that owns a domain intent (None for common intents)."""
    for clerk in clerks.values():
        if intent in clerk.intents and intent not in COMMON_INTENTS:
            return clerk.id
    return None
