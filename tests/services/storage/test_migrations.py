"""Alembic migrations build exactly the tables the models describe, on SQLite and PostgreSQL, idempotently."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect
from sqlmodel import SQLModel

import services.conversations.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from services.storage import migrate


def test_migrated_schema_matches_the_models(engine: Engine):
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    assert diff == []


def test_migrating_twice_changes_nothing(engine: Engine):
    before = sorted(inspect(engine).get_table_names())
    migrate(engine)
    assert sorted(inspect(engine).get_table_names()) == before
    assert {"chat_session", "chat_turn", "alembic_version"} <= set(before)
