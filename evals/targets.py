"""Where dialogs are sent: the system in-process (fresh database per run) or a live server over HTTP."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

import httpx


class Target(Protocol):
    def sign_in(self, citizen_id: str) -> str: ...

    def chat(self, payload: dict[str, Any], token: str | None) -> tuple[int, dict[str, Any]]: ...

    def close(self) -> None: ...


def _headers(token: str | None) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"} if token else {}


class _ClientTarget:
    """Shared by both targets: the public HTTP API through an httpx-compatible client."""

    client: Any

    def sign_in(self, citizen_id: str) -> str:
        response = self.client.post("/v1/auth/test-token", json={"citizen_id": citizen_id})
        if response.status_code != 200:
            raise RuntimeError(f"cannot sign in {citizen_id!r}: HTTP {response.status_code} {response.text}")
        return response.json()["access_token"]

    def chat(self, payload: dict[str, Any], token: str | None) -> tuple[int, dict[str, Any]]:
        response = self.client.post("/v1/chat", json=payload, headers=_headers(token))
        try:
            body = response.json()
        except ValueError:
            body = {"error": {"code": "not_json", "message": response.text[:500]}}
        return response.status_code, body


class HttpTarget(_ClientTarget):
    """A running server, e.g. `--url http://127.0.0.1:8000`."""

    def __init__(self, url: str, timeout: float = 30.0) -> None:
        self.client = httpx.Client(base_url=url.rstrip("/"), timeout=timeout)

    def close(self) -> None:
        self.client.close()


class InProcessTarget(_ClientTarget):
    """An ASGI app in this process (the caller gives it a throw-away database), through its HTTP API."""

    def __init__(self, app: Any, on_close: Callable[[], None] | None = None) -> None:
        from fastapi.testclient import TestClient

        self.client = TestClient(app)
        self.client.__enter__()
        self._on_close = on_close

    def close(self) -> None:
        self.client.__exit__(None, None, None)
        if self._on_close:
            self._on_close()
