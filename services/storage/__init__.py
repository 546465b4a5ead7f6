"""SQL storage shared by every service: one engine per database URL, Alembic migrations run on start."""

from services.storage.engine import make_engine
from services.storage.migrate import migrate

__all__ = ["make_engine", "migrate"]
