"""Conversation store: one transaction per turn holding the user's lock, so concurrent turns never lose slots."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, text
from sqlmodel import Session, col, select

from services.conversations.models import ChatSession, ChatTurn
from services.errors import NotFound
from services.privacy import mask_pii
from services.storage.engine import is_sqlite

HISTORY_TURNS = 20


@dataclass
class SessionState:
    """The mutable state of one conversation during a turn; written back by `UserConversations.save`."""

    id: str
    user_id: str
    assistant: str
    locale: str
    slots: dict[str, Any] = field(default_factory=dict)
    awaiting: str | None = None
    active_intent: str | None = None
    last_intent: str | None = None
    pending: dict[str, Any] | None = None
    citizen_id: str | None = None
    turn_count: int = 0
    status: str = "open"
    is_new: bool = False

    @classmethod
    def from_row(cls, row: ChatSession) -> SessionState:
        return cls(
            id=row.id,
            user_id=row.user_id,
            assistant=row.assistant,
            locale=row.locale,
            slots=dict(row.slots or {}),
            awaiting=row.awaiting,
            active_intent=row.active_intent,
            last_intent=row.last_intent,
            pending=dict(row.pending) if row.pending else None,
            citizen_id=row.citizen_id,
            turn_count=row.turn_count,
            status=row.status,
        )


class ConversationStore:
    """Sessions per user and clerk in SQL; idle sessions expire after `idle`."""

    def __init__(
        self,
        engine: Engine,
        idle: timedelta = timedelta(minutes=30),
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.engine = engine
        self.idle = idle
        self.now = now
        self._sqlite_lock = threading.Lock() if is_sqlite(engine) else None

    @contextmanager
    def transaction(self, user_id: str) -> Iterator[UserConversations]:
        """Everything one turn reads and writes for `user_id`, serialised against that user's other turns."""
        if self._sqlite_lock is not None:
            with self._sqlite_lock, Session(self.engine, expire_on_commit=False) as db:
                yield from self._run(db, user_id)
        else:
            with Session(self.engine, expire_on_commit=False) as db:
                db.exec(text("SELECT pg_advisory_xact_lock(hashtextextended(:u, 7))"), params={"u": user_id})
                yield from self._run(db, user_id)

    def _run(self, db: Session, user_id: str) -> Iterator[UserConversations]:
        conversations = UserConversations(db, user_id, self.idle, self.now())
        try:
            yield conversations
        except BaseException:
            db.rollback()
            raise
        db.commit()

    def get(self, session_id: str) -> SessionState | None:
        """Read one session (no lock); for inspection and tests."""
        with Session(self.engine) as db:
            row = db.get(ChatSession, session_id)
            return SessionState.from_row(row) if row else None

    def turns(self, session_id: str) -> list[ChatTurn]:
        with Session(self.engine, expire_on_commit=False) as db:
            return list(
                db.exec(select(ChatTurn).where(ChatTurn.session_id == session_id).order_by(ChatTurn.seq))
            )


class UserConversations:
    """The sessions of one user inside a locked transaction."""

    def __init__(self, db: Session, user_id: str, idle: timedelta, now: datetime) -> None:
        self.db = db
        self.user_id = user_id
        self.idle = idle
        self.now = now

    def find(self, session_id: str) -> SessionState:
        """The user's session `session_id`; another user's session is reported as not found."""
        row = self.db.get(ChatSession, session_id)
        if row is None or row.user_id != self.user_id:
            raise NotFound(f"no session {session_id!r} for this user", code="session_not_found")
        if row.status == "open" and self._expired(row):
            row.status = "expired"
            self.db.add(row)
        return SessionState.from_row(row)

    def history(self, session_id: str, limit: int = HISTORY_TURNS) -> list[dict[str, Any]]:
        """The last `limit` exchanges of one of the user's sessions, oldest first (PII-masked)."""
        rows = self.db.exec(
            select(ChatTurn)
            .where(ChatTurn.session_id == session_id)
            .order_by(col(ChatTurn.seq).desc())
            .limit(limit)
        )
        return [
            {"user": r.user_text, "reply": r.reply_text, "intent": r.intent, "assistant": r.assistant}
            for r in reversed(list(rows))
        ]

    def latest_open(self, assistant: str | None = None, citizen_id: str | None = None) -> SessionState | None:
        """The user's most recently active open session under this identity (`citizen_id`, None: signed out)
        and of `assistant`, if given; expires idle ones. Sessions of another identity on the same user id (a
        shared device) are neither continued nor closed."""
        query = select(ChatSession).where(
            ChatSession.user_id == self.user_id,
            ChatSession.status == "open",
            col(ChatSession.citizen_id).is_(None)
            if citizen_id is None
            else ChatSession.citizen_id == citizen_id,
        )
        if assistant:
            query = query.where(ChatSession.assistant == assistant)
        for row in self.db.exec(query.order_by(col(ChatSession.last_active_at).desc())):
            if self._expired(row):
                row.status = "expired"
                self.db.add(row)
                continue
            return SessionState.from_row(row)
        return None

    def open(self, assistant: str, locale: str, citizen_id: str | None = None) -> SessionState:
        """A new session; the user's other open session with the same clerk, under this identity, is closed."""
        previous = self.latest_open(assistant, citizen_id)
        if previous is not None:
            self.close(previous.id)
        return SessionState(
            id=uuid.uuid4().hex,
            user_id=self.user_id,
            assistant=assistant,
            locale=locale,
            citizen_id=citizen_id,
            is_new=True,
        )

    def close(self, session_id: str) -> None:
        row = self.db.get(ChatSession, session_id)
        if row is not None and row.user_id == self.user_id:
            row.status = "closed"
            self.db.add(row)

    def save(
        self, state: SessionState, user_text: str, reply_text: str, intent: str | None, trace: dict[str, Any]
    ) -> None:
        """Write the session back and append the turn (PII-masked) to its history."""
        row = self.db.get(ChatSession, state.id)
        if row is None:
            row = ChatSession(
                id=state.id, user_id=state.user_id, assistant=state.assistant, created_at=self.now
            )
        state.turn_count += 1
        row.assistant = state.assistant
        row.locale = state.locale
        row.slots = dict(state.slots)
        row.awaiting = state.awaiting
        row.active_intent = state.active_intent
        row.last_intent = state.last_intent
        row.pending = dict(state.pending) if state.pending else None
        row.citizen_id = state.citizen_id
        row.turn_count = state.turn_count
        row.status = "open"
        row.last_active_at = self.now
        self.db.add(row)
        self.db.flush()
        self.db.add(
            ChatTurn(
                session_id=state.id,
                seq=state.turn_count,
                user_text=mask_pii(user_text),
                reply_text=mask_pii(reply_text),
                intent=intent,
                assistant=state.assistant,
                trace=trace,
                created_at=self.now,
            )
        )

    def _expired(self, row: ChatSession) -> bool:
        last = row.last_active_at
        if last.tzinfo is None:
            last = last.replace(tzinfo=UTC)
        return self.now - last > self.idle
