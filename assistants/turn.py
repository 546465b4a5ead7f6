"""One normalised turn in, one reply out: the channel-neutral shapes of the chat contract."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field

from services.auth import Citizen

ASSISTANTS = ("counselor120", "tax", "youth", "reservation")
AssistantId = Literal["counselor120", "tax", "youth", "reservation"]
Locale = Literal["ko", "en", "ja"]


class Turn(BaseModel):
    """What a channel hands over: who, what they said, and where (zone, NPC, channel)."""

    user_id: str
    text: str
    assistant: str | None = None  # checked against the clerks by the pipeline (clear error for unknown ids)
    session_id: str | None = None
    locale: Locale | None = None
    context: dict[str, Any] = Field(default_factory=dict)
    citizen: Citizen | None = None

    model_config = {"arbitrary_types_allowed": True}


class QuickReply(BaseModel):
    label: str
    value: str


class Button(BaseModel):
    label: str
    value: str | None = None
    url: str | None = None


class TextMessage(BaseModel):
    type: Literal["text"] = "text"
    text: str


class QuickRepliesMessage(BaseModel):
    type: Literal["quick_replies"] = "quick_replies"
    options: list[QuickReply]


class CardMessage(BaseModel):
    type: Literal["card"] = "card"
    title: str
    body: str
    buttons: list[Button] = Field(default_factory=list)
    items: list[dict[str, str]] = Field(default_factory=list)


class QRMessage(BaseModel):
    type: Literal["qr"] = "qr"
    payload: str
    caption: str


class HandoffMessage(BaseModel):
    type: Literal["handoff"] = "handoff"
    to: str
    reason: str


Message = Annotated[
    TextMessage | QuickRepliesMessage | CardMessage | QRMessage | HandoffMessage, Field(discriminator="type")
]


class IntentTrace(BaseModel):
    name: str
    confidence: float


class ActionTrace(BaseModel):
    name: str
    args: dict[str, Any] = Field(default_factory=dict)
    ok: bool
    result: dict[str, Any] = Field(default_factory=dict)
    error: dict[str, Any] | None = None


class Citation(BaseModel):
    doc_id: str
    title: str
    score: float
    lang: str | None = None


class Trace(BaseModel):
    """What evaluators score: always present on a reply."""

    intent: IntentTrace | None = None
    slots: dict[str, Any] = Field(default_factory=dict)
    actions: list[ActionTrace] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    awaiting: str | None = None
    latency_ms: float = 0.0
    language: str | None = None
    ranking: list[IntentTrace] = Field(default_factory=list)
    policy: str | None = None


class Reply(BaseModel):
    session_id: str
    assistant: str
    locale: str
    messages: list[Message]
    trace: Trace

    @property
    def text(self) -> str:
        """All text the citizen reads (text messages and card bodies), for evaluators' `says` checks."""
        return plain_text(self.messages)


def plain_text(messages: list[Message]) -> str:
    """The readable text of messages: text, card bodies and QR captions, one per line."""
    parts: list[str] = []
    for message in messages:
        if isinstance(message, TextMessage):
            parts.append(message.text)
        elif isinstance(message, CardMessage):
            parts.extend(
                [message.title, message.body, *(f"{i['label']} {i['value']}" for i in message.items)]
            )
        elif isinstance(message, QRMessage):
            parts.append(message.caption)
    return "\n".join(parts)
