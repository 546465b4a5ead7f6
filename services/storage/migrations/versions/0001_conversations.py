"""Conversation store: chat_session and chat_turn.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "chat_session",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("user_id", sa.String(128), nullable=False),
        sa.Column("assistant", sa.String(32), nullable=False),
        sa.Column("locale", sa.String(8), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("slots", sa.JSON(), nullable=False),
        sa.Column("awaiting", sa.String(64), nullable=True),
        sa.Column("active_intent", sa.String(64), nullable=True),
        sa.Column("last_intent", sa.String(64), nullable=True),
        sa.Column("pending", sa.JSON(), nullable=True),
        sa.Column("citizen_id", sa.String(64), nullable=True),
        sa.Column("turn_count", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_active_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_chat_session_user_status", "chat_session", ["user_id", "status", "last_active_at"])
    op.create_table(
        "chat_turn",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("session_id", sa.String(32), sa.ForeignKey("chat_session.id"), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("user_text", sa.Text(), nullable=False),
        sa.Column("reply_text", sa.Text(), nullable=False),
        sa.Column("intent", sa.String(64), nullable=True),
        sa.Column("assistant", sa.String(32), nullable=False),
        sa.Column("trace", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_chat_turn_session_id", "chat_turn", ["session_id"])


def downgrade() -> None:
    op.drop_index("ix_chat_turn_session_id", "chat_turn")
    op.drop_table("chat_turn")
    op.drop_index("ix_chat_session_user_status", "chat_session")
    op.drop_table("chat_session")
