"""The app factory: one FastAPI app per runtime, models warmed up before the first request."""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool

from channels.rest import chat, errors, health, test_idp
from channels.runtime import Runtime, build_runtime
from services.settings import Settings, get_settings


def create_app(
    settings: Settings | None = None, runtime: Runtime | None = None, warm_up: bool = True
) -> FastAPI:
    """A ready-to-serve app; pass `runtime` to share one with tests or other adapters."""
    settings = settings or (runtime.settings if runtime else get_settings())
    logging.basicConfig(level=settings.log_level)
    logging.getLogger().setLevel(settings.log_level)
    runtime = runtime or build_runtime(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if warm_up:
            # Understanding is needed by every turn: load it before serving. The knowledge index (and Kiwi,
            # seconds to load) warms in the background; a question needing it meanwhile just waits for it.
            await run_in_threadpool(runtime.pipeline.nlu.warm_up)
            threading.Thread(target=runtime.pipeline.warm_up, name="warm-up", daemon=True).start()
        yield

    app = FastAPI(
        title="Seoul AI clerks",
        version="0.1.0",
        lifespan=lifespan,
        description="Chat API of the Seoul metaverse clerks: counselor120, tax, youth, reservation.",
    )
    app.state.runtime = runtime
    errors.install(app)
    app.include_router(chat.router)
    app.include_router(health.router)
    if settings.test_idp:
        app.include_router(test_idp.router)
    return app


def app_from_env() -> FastAPI:
    """Factory for `uvicorn --factory` and `clerks serve` workers."""
    return create_app()
