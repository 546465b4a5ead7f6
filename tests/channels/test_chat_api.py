"""`POST /v1/chat` exactly as the contract: the car-tax dialog in three languages, every error case."""

from __future__ import annotations

import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient

from channels.app import create_app
from tests.channels.conftest import token_for
from tests.conftest import make_settings

DIALOGS = {
    "ko": [("2000cc 승용차 자동차세 얼마예요?", "연식"), ("2025년식이요", "520,000")],
    "en": [("How much is the car tax on a 2000cc car?", "model year"), ("It's a 2025 model", "520,000")],
    "ja": [("2000ccの車の自動車税はいくらですか？", "年式"), ("2025年式です", "520,000")],
}


def user() -> str:
    return f"u-{uuid.uuid4().hex[:8]}"


def state_of(client: TestClient, user_id: str) -> list[tuple]:
    store = client.app.state.runtime.pipeline.store
    with store.transaction(user_id) as conversations:
        state = conversations.latest_open()
        return [] if state is None else [(state.id, state.turn_count, state.slots, state.awaiting)]


@pytest.mark.parametrize("locale", ["ko", "en", "ja"])
def test_car_tax_dialog_asks_the_model_year_then_answers_520000(client: TestClient, locale: str):
    uid = user()
    (first, asks), (second, says) = DIALOGS[locale]
    one = client.post("/v1/chat", json={"user_id": uid, "text": first})
    assert one.status_code == 200, one.text
    body = one.json()
    assert body["assistant"] == "tax" and body["locale"] == locale
    assert body["trace"]["awaiting"] == "model_year"
    assert body["trace"]["slots"]["engine_cc"] == 2000
    assert body["trace"]["intent"]["name"] == "tax.car_tax"
    assert asks in body["messages"][0]["text"]

    two = client.post("/v1/chat", json={"user_id": uid, "text": second}).json()
    assert two["session_id"] == body["session_id"]
    action = two["trace"]["actions"][0]
    assert (action["name"], action["ok"], action["result"]["annual_total"]) == ("tax.car_tax", True, 520000)
    assert says in two["messages"][0]["text"]
    assert any(m["type"] == "card" for m in two["messages"])
    assert two["trace"]["citations"][0]["doc_id"] == "tax/car-tax-rates"
    assert two["trace"]["awaiting"] is None
    assert two["trace"]["latency_ms"] > 0


def test_trace_is_present_on_every_reply(client: TestClient):
    body = client.post("/v1/chat", json={"user_id": user(), "text": "안녕하세요"}).json()
    assert set(body["trace"]) >= {"intent", "slots", "actions", "citations", "awaiting", "latency_ms"}
    assert body["trace"]["intent"]["name"] == "greet"


@pytest.mark.parametrize(
    ("payload", "status", "code"),
    [
        ({"text": ""}, 422, "empty_text"),
        ({"text": "   \n "}, 422, "empty_text"),
        ({"text": "가" * 2001}, 422, "text_too_long"),
        ({"text": "안녕", "assistant": "mayor"}, 422, "unknown_assistant"),
        ({"text": "안녕", "locale": "fr"}, 422, "invalid_request"),
        ({"text": 42}, 422, "invalid_request"),
        ({"text": "안녕", "session_id": "no-such-session"}, 404, "session_not_found"),
    ],
)
def test_bad_requests_get_a_clear_error_and_change_nothing(
    client: TestClient, payload: dict, status: int, code: str
):
    uid = user()
    client.post("/v1/chat", json={"user_id": uid, "text": "2000cc 자동차세 얼마야"})
    before = state_of(client, uid)
    response = client.post("/v1/chat", json={"user_id": uid, **payload})
    assert response.status_code == status
    error = response.json()["error"]
    assert error["code"] == code and error["message"]
    assert state_of(client, uid) == before


def test_missing_user_id_is_rejected(client: TestClient):
    response = client.post("/v1/chat", json={"text": "안녕"})
    assert response.status_code == 422
    assert "user_id" in response.json()["error"]["message"]


@pytest.mark.parametrize(
    "content_type", ["text/plain", "application/x-www-form-urlencoded", "application/xml"]
)
def test_a_body_that_is_not_sent_as_json_is_a_415_that_says_so(client: TestClient, content_type: str):
    response = client.post(
        "/v1/chat", content=b'{"user_id": "u", "text": "hi"}', headers={"content-type": content_type}
    )
    assert response.status_code == 415
    error = response.json()["error"]
    assert error["code"] == "unsupported_media_type" and "application/json" in error["message"]


def test_malformed_json_is_a_400_and_changes_nothing(client: TestClient):
    uid = user()
    client.post("/v1/chat", json={"user_id": uid, "text": "2000cc 자동차세 얼마야"})
    before = state_of(client, uid)
    response = client.post(
        "/v1/chat",
        content=b'{"user_id": "' + uid.encode() + b'", "text": ',
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_json"
    assert state_of(client, uid) == before


@pytest.mark.parametrize("header", ["Bearer not-a-token", "Basic dXNlcjpwdw==", "Bearer "])
def test_bad_token_is_a_401_and_changes_nothing(client: TestClient, header: str):
    uid = user()
    client.post("/v1/chat", json={"user_id": uid, "text": "2000cc 자동차세 얼마야"})
    before = state_of(client, uid)
    response = client.post(
        "/v1/chat", json={"user_id": uid, "text": "2025년식"}, headers={"Authorization": header}
    )
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "invalid_token"
    assert state_of(client, uid) == before


def test_a_signed_in_conversation_is_not_continued_without_the_token(client: TestClient):
    uid = user()
    token = token_for(client)
    signed = client.post(
        "/v1/chat",
        json={"user_id": uid, "text": "2000cc 자동차세 얼마야"},
        headers={"Authorization": f"Bearer {token}"},
    ).json()
    anonymous = client.post("/v1/chat", json={"user_id": uid, "text": "2025년식"}).json()
    assert anonymous["session_id"] != signed["session_id"]
    assert anonymous["trace"]["actions"] == []


def test_another_identity_on_the_same_user_leaves_the_citizens_conversation_open(client: TestClient):
    """A shared device: someone else (signed out) talks to the same clerk meanwhile; the citizen, back with
    the token, continues where they were, and the other never sees the citizen's slots."""
    uid, token = user(), token_for(client)
    signed = {"Authorization": f"Bearer {token}"}
    first = client.post(
        "/v1/chat",
        json={"user_id": uid, "text": "2000cc 자동차세 얼마야", "assistant": "tax"},
        headers=signed,
    ).json()
    other = client.post(
        "/v1/chat", json={"user_id": uid, "text": "1600cc 자동차세", "assistant": "tax"}
    ).json()
    assert other["session_id"] != first["session_id"]
    assert other["trace"]["slots"] == {"engine_cc": 1600}
    back = client.post(
        "/v1/chat",
        json={"user_id": uid, "text": "2025년식", "session_id": first["session_id"]},
        headers=signed,
    ).json()
    assert back["session_id"] == first["session_id"]
    assert back["trace"]["actions"][0]["result"]["annual_total"] == 520000


def test_explicit_session_id_continues_that_conversation(client: TestClient):
    uid = user()
    first = client.post("/v1/chat", json={"user_id": uid, "text": "1600cc 자동차세"}).json()
    client.post("/v1/chat", json={"user_id": uid, "text": "안녕하세요", "assistant": "counselor120"})
    again = client.post(
        "/v1/chat", json={"user_id": uid, "text": "2020년식", "session_id": first["session_id"]}
    )
    assert again.json()["trace"]["actions"][0]["result"]["annual_total"] > 0


def test_two_users_in_parallel_do_not_mix_state(client: TestClient):
    users = {user(): (cc, year) for cc, year in [(1000, 2024), (1600, 2020), (2000, 2025), (3000, 2016)] * 2}

    def dialog(uid: str) -> int:
        cc, year = users[uid]
        client.post("/v1/chat", json={"user_id": uid, "text": f"{cc}cc 자동차세 얼마예요"})
        reply = client.post("/v1/chat", json={"user_id": uid, "text": f"{year}년식"}).json()
        return reply["trace"]["actions"][0]["args"]["engine_cc"], reply["trace"]["actions"][0]["args"][
            "model_year"
        ]

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = dict(zip(users, pool.map(dialog, users), strict=True))
    assert results == users


def test_health_readiness_and_docs(client: TestClient):
    assert client.get("/healthz").json() == {"status": "ok"}
    deadline = time.monotonic() + 60  # the knowledge index warms in the background after start-up
    while (ready := client.get("/readyz")).status_code != 200 and time.monotonic() < deadline:
        assert ready.json()["checks"]["models"] == "loading"
        time.sleep(0.2)
    assert ready.status_code == 200 and ready.json()["checks"] == {"database": "ok", "models": "ok"}
    assert client.get("/docs").status_code == 200
    assert "/v1/chat" in client.get("/openapi.json").json()["paths"]


def test_the_same_dialog_on_postgresql(postgres_url: str, tmp_path):
    settings = make_settings(tmp_path, database_url=postgres_url)
    with TestClient(create_app(settings)) as pg_client:
        uid = user()
        pg_client.post("/v1/chat", json={"user_id": uid, "text": "2000cc 승용차 자동차세 얼마예요?"})
        reply = pg_client.post("/v1/chat", json={"user_id": uid, "text": "2025년식이요"}).json()
        assert reply["trace"]["actions"][0]["result"]["annual_total"] == 520000
        pg_client.app.state.runtime.engine.dispose()


def test_a_message_in_a_language_the_clerks_do_not_speak_is_asked_again_in_theirs(client: TestClient):
    uid = user()
    client.post("/v1/chat", json={"user_id": uid, "text": "2000cc 자동차세 얼마예요?", "assistant": "tax"})
    body = client.post("/v1/chat", json={"user_id": uid, "text": "Хочу узнать налог на машину"}).json()
    assert body["trace"]["intent"]["name"] == "out_of_scope" and body["trace"]["actions"] == []
    assert "Korean, English or Japanese" in body["messages"][0]["text"]
    after = client.post("/v1/chat", json={"user_id": uid, "text": "2020년식이요"}).json()
    assert after["trace"]["actions"][0]["result"]["annual_total"] > 0, "the car-tax form waited"
