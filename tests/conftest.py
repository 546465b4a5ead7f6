"""Shared fixtures: pinned calendar, throw-away databases (SQLite and real PostgreSQL), one warm pipeline."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine

from services.settings import Settings
from services.storage import make_engine, migrate

TODAY = date(2026, 11, 25)
REPO = Path(__file__).resolve().parent.parent
BUILT_MODELS = REPO / "var" / "models"
BUILT_INDEX = REPO / "var" / "index"
PG_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/test"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require(service: str, reason: str) -> None:
    """Fail under CI (a missing service is a broken CI machine), skip elsewhere."""
    message = f"{service} unavailable: {reason}"
    if IN_CI:
        pytest.fail(message)
    pytest.skip(message)


def make_settings(tmp_path: Path, **overrides: object) -> Settings:
    """Settings for a test: its own data dir and SQLite file, the shared built models, a pinned today."""
    values: dict[str, object] = {
        "database_url": f"sqlite:///{tmp_path / 'clerks.db'}",
        "data_dir": tmp_path,
        "model_dir": BUILT_MODELS,
        "index_dir": BUILT_INDEX,
        "today": TODAY,
        "test_idp": True,
    }
    values.update(overrides)
    return Settings(**values)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path)


@pytest.fixture
def sqlite_engine(tmp_path: Path) -> Engine:
    engine = make_engine(f"sqlite:///{tmp_path / 'test.db'}")
    migrate(engine)
    return engine


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test, dropped afterwards."""
    import psycopg

    name = f"clerks_test_{uuid.uuid4().hex[:12]}"
    try:
        admin = psycopg.connect(
            "host=127.0.0.1 port=5432 user=postgres dbname=test", autocommit=True, connect_timeout=3
        )
    except psycopg.OperationalError as exc:
        require("PostgreSQL", str(exc))
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = f"postgresql://postgres@127.0.0.1:5432/{name}"
    try:
        yield url
    finally:
        with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=test", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def postgres_engine(postgres_url: str) -> Iterator[Engine]:
    engine = make_engine(postgres_url)
    migrate(engine)
    yield engine
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def engine(request: pytest.FixtureRequest) -> Engine:
    """Each storage test runs on SQLite and on real PostgreSQL."""
    return request.getfixturevalue(f"{request.param}_engine")


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`clerks serve` in a subprocess (its own SQLite file, pinned today); yields the base URL."""
    import subprocess
    import sys
    import time

    import httpx

    tmp = tmp_path_factory.mktemp("live")
    port = free_port()
    env = {
        **os.environ,
        "SEOUL_CLERKS_DATABASE_URL": f"sqlite:///{tmp / 'live.db'}",
        "SEOUL_CLERKS_DATA_DIR": str(tmp),
        "SEOUL_CLERKS_MODEL_DIR": str(BUILT_MODELS),
        "SEOUL_CLERKS_INDEX_DIR": str(BUILT_INDEX),
        "SEOUL_CLERKS_TODAY": TODAY.isoformat(),
        "SEOUL_CLERKS_LOG_LEVEL": "WARNING",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "channels.cli", "serve", "--port", str(port)],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"server did not start: {process.stderr.read().decode()[-2000:]}")
        time.sleep(0.1)
    yield url
    process.terminate()
    process.wait(timeout=20)


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser():
    """Debian's headless Chromium driven by Playwright (never a downloaded browser)."""
    if not CHROMIUM.exists():
        require("Chromium", f"{CHROMIUM} is not installed (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield instance
        instance.close()
