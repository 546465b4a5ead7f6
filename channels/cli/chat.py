"""`clerks chat`: talk to a clerk in the terminal, in-process, optionally showing each turn's trace."""

from __future__ import annotations

import json

import typer
from rich.console import Console

from assistants.turn import (
    CardMessage,
    HandoffMessage,
    QRMessage,
    QuickRepliesMessage,
    Reply,
    TextMessage,
    Turn,
)
from channels.runtime import build_runtime
from services.errors import DomainError
from services.settings import get_settings


def _said(card: CardMessage, text: str) -> bool:
    """True when the reply's text already lists every line of the card (text channels get both)."""
    return all(f"{item['label']}: {item['value']}" in text for item in card.items)


def render(console: Console, reply: Reply) -> None:
    for message in reply.messages:
        if isinstance(message, TextMessage):
            console.print(f"[bold cyan]{reply.assistant}>[/] {message.text}")
        elif isinstance(message, CardMessage) and not _said(message, reply.text):
            console.print(f"  [bold]{message.title}[/]")
            for item in message.items:
                console.print(f"    {item['label']}: {item['value']}")
        elif isinstance(message, QuickRepliesMessage):
            console.print("  " + " | ".join(f"[{o.label}]" for o in message.options))
        elif isinstance(message, QRMessage):
            console.print(f"  [QR] {message.caption}")
        elif isinstance(message, HandoffMessage):
            console.print(f"  [handoff -> {message.to}]")


def chat(
    assistant: str | None = typer.Option(
        None, help="counselor120 | tax | youth | reservation (absent = routed)."
    ),
    locale: str | None = typer.Option(None, help="ko | en | ja (absent = detected)."),
    user: str = typer.Option("terminal-user", help="User id of this conversation."),
    trace: bool = typer.Option(False, "--trace", help="Print each turn's trace."),
) -> None:
    """Chat with the clerks; an empty line or Ctrl-D ends the conversation."""
    console = Console()
    runtime = build_runtime(get_settings())
    runtime.pipeline.warm_up()
    console.print("[dim]Type a message (empty line to quit).[/]")
    while True:
        try:
            text = console.input("[bold]you> [/]")
        except (EOFError, KeyboardInterrupt):
            break
        if not text.strip():
            break
        try:
            reply = runtime.pipeline.run(Turn(user_id=user, text=text, assistant=assistant, locale=locale))
        except DomainError as exc:
            console.print(f"[red]{exc.code}: {exc.message}[/]")
            continue
        render(console, reply)
        if trace:
            console.print_json(json.dumps(reply.trace.model_dump(mode="json"), ensure_ascii=False))
