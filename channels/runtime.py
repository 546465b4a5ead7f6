"""Everything a running process shares: settings, the database engine, the chat pipeline and auth."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from assistants.pipeline import ChatPipeline
from assistants.system import build_pipeline
from services.auth import SeoulPassVerifier, TestIdentityProvider
from services.settings import Settings
from services.storage import make_engine, migrate


@dataclass
class Runtime:
    settings: Settings
    engine: Engine
    pipeline: ChatPipeline
    verifier: SeoulPassVerifier
    test_idp: TestIdentityProvider | None


def build_runtime(settings: Settings, migrate_db: bool = True) -> Runtime:
    """Create the engine (migrating it), the pipeline and the token verifier for these settings."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(settings.database_url)
    if migrate_db:
        migrate(engine)
    test_idp = TestIdentityProvider(settings.data_dir / "keys") if settings.test_idp else None
    if settings.seoul_pass_public_key is not None:
        public_key = settings.seoul_pass_public_key.read_bytes()
    elif test_idp is not None:
        public_key = test_idp.public_key_pem()
    else:
        raise RuntimeError("set SEOUL_CLERKS_SEOUL_PASS_PUBLIC_KEY or enable the test identity provider")
    return Runtime(
        settings=settings,
        engine=engine,
        pipeline=build_pipeline(settings, engine),
        verifier=SeoulPassVerifier(public_key),
        test_idp=test_idp,
    )
