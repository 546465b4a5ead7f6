"""Conversation state (tracker) storage: sessions per citizen and clerk, their slots and turn history."""

from services.conversations.models import ChatSession, ChatTurn
from services.conversations.store import ConversationStore, SessionState

__all__ = ["ChatSession", "ChatTurn", "ConversationStore", "SessionState"]
