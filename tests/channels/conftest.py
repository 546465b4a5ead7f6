"""One warm app per module (its own SQLite file), and a client factory for PostgreSQL-backed apps."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from channels.app import create_app
from tests.conftest import make_settings


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    settings = make_settings(Path(tmp_path_factory.mktemp("api")))
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def token_for(client: TestClient, citizen_id: str = "citizen-001") -> str:
    response = client.post("/v1/auth/test-token", json={"citizen_id": citizen_id})
    assert response.status_code == 200, response.text
    return response.json()["access_token"]
