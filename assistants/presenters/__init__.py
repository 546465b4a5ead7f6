"""Presenters turn an action's typed result into the citizen's reply: headline, breakdown card, notes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from pydantic import BaseModel

from assistants.responses import ResponseBook
from assistants.turn import CardMessage, Message, TextMessage


@dataclass
class Presentation:
    """What a result looks like in one language, and the knowledge passages it rests on."""

    messages: list[Message]
    passages: list[str] = field(default_factory=list)
    legal_bases: list[str] = field(default_factory=list)


Presenter = Callable[[BaseModel, str, ResponseBook], Presentation]


def money(book: ResponseBook, amount: int, locale: str) -> str:
    return book.text("money", locale, amount=amount)


def breakdown(
    book: ResponseBook,
    result: BaseModel,
    action: str,
    locale: str,
    headline: str,
    title_params: dict[str, object],
) -> list[Message]:
    """Headline text with the line items as bullets, plus a card listing the same lines."""
    items = []
    for line in getattr(result, "lines", []):
        label = book.text(f"line_{line.code}", locale, **line.params)
        items.append({"label": label, "value": money(book, line.amount, locale)})
    bullets = "\n".join(f"• {i['label']}: {i['value']}" for i in items)
    notes = []
    for warning in getattr(result, "warnings", []):
        code, _, arg = warning.partition(":")
        if book.has(f"warning_{code}"):
            notes.append(book.text(f"warning_{code}", locale, arg=arg))
    text = "\n".join([headline, bullets, *notes])
    card = CardMessage(
        title=book.text(f"card_title_{action}", locale, **title_params), body=headline, items=items
    )
    return [TextMessage(text=text), card]


def default_presenters() -> dict[str, Presenter]:
    from assistants.presenters import tax

    return dict(tax.PRESENTERS)
