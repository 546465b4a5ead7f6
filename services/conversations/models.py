"""SQL tables of the conversation store (created by migration 0001)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Column, DateTime, Index, Text
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


class ChatSession(SQLModel, table=True):
    """One conversation of a user with one clerk: slots filled so far and what the clerk waits for."""

    __tablename__ = "chat_session"
    __table_args__ = (Index("ix_chat_session_user_status", "user_id", "status", "last_active_at"),)

    id: str = Field(primary_key=True, max_length=32)
    user_id: str = Field(max_length=128)
    assistant: str = Field(max_length=32)
    locale: str = Field(default="ko", max_length=8)
    status: str = Field(default="open", max_length=16)
    slots: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    awaiting: str | None = Field(default=None, max_length=64)
    active_intent: str | None = Field(default=None, max_length=64)
    last_intent: str | None = Field(default=None, max_length=64)
    pending: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    citizen_id: str | None = Field(default=None, max_length=64)
    turn_count: int = Field(default=0)
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )
    last_active_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )


class ChatTurn(SQLModel, table=True):
    """One exchange of a session, PII-masked: the tracker history evaluators and human agents read."""

    __tablename__ = "chat_turn"

    id: int | None = Field(default=None, primary_key=True)
    session_id: str = Field(foreign_key="chat_session.id", index=True, max_length=32)
    seq: int
    user_text: str = Field(sa_column=Column(Text, nullable=False))
    reply_text: str = Field(sa_column=Column(Text, nullable=False))
    intent: str | None = Field(default=None, max_length=64)
    assistant: str = Field(max_length=32)
    trace: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )
