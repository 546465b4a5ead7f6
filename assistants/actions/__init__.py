"""Service actions: each catalog action turns filled slots into a typed service call and a JSON-able result."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pydantic import BaseModel, ValidationError

from services.auth import Citizen
from services.errors import DomainError, SlotInvalid


@dataclass(frozen=True)
class ActionContext:
    """What an action may know besides the slots: today's date, the signed-in citizen, the reply language."""

    today: date
    citizen: Citizen | None = None
    locale: str = "ko"


@dataclass
class ActionOutcome:
    """One action run: its args, whether it worked, the service's typed result or the domain error."""

    name: str
    args: dict[str, Any]
    ok: bool
    result: BaseModel | None = None
    error: DomainError | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def result_json(self) -> dict[str, Any]:
        return self.result.model_dump(mode="json") if self.result is not None else {}


Prepare = Callable[[dict[str, Any], ActionContext], dict[str, Any]]
Call = Callable[[dict[str, Any], ActionContext], BaseModel]


@dataclass(frozen=True)
class Action:
    """`prepare` turns slots into the service's arguments (defaults filled); `call` runs the service."""

    prepare: Prepare
    call: Call


class ActionRegistry:
    """Actions by catalog name; `run` never raises a domain error, it reports it in the outcome."""

    def __init__(self) -> None:
        self._actions: dict[str, Action] = {}

    def register(self, name: str, prepare: Prepare, call: Call) -> None:
        self._actions[name] = Action(prepare, call)

    def __contains__(self, name: str) -> bool:
        return name in self._actions

    def run(self, name: str, slots: dict[str, Any], ctx: ActionContext) -> ActionOutcome:
        action = self._actions[name]
        args = action.prepare(slots, ctx)
        try:
            result = action.call(args, ctx)
        except DomainError as error:
            return ActionOutcome(name=name, args=args, ok=False, error=error)
        except ValidationError as exc:
            first = exc.errors()[0]
            slot = str(first["loc"][0]) if first["loc"] else "input"
            error = SlotInvalid(slot, first.get("input"), first["msg"])
            return ActionOutcome(name=name, args=args, ok=False, error=error)
        return ActionOutcome(name=name, args=args, ok=True, result=result)


def default_actions() -> ActionRegistry:
    from assistants.actions import tax

    registry = ActionRegistry()
    tax.register(registry)
    return registry
