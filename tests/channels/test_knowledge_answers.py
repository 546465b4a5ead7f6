"""The 120 counselor answers from the corpus with a citation, and says it does not know otherwise."""

from __future__ import annotations

import uuid

import pytest
from fastapi.testclient import TestClient

from knowledge.corpus import Corpus
from knowledge.sentences import split_sentences
from tests.channels.conftest import token_for


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("전입신고는 어디서 해요?", "ko"),
        ("Where do I report moving in?", "en"),
        ("転入届はどこで出しますか", "ja"),
    ],
)
def test_moving_in_question_is_answered_from_a_cited_passage(client: TestClient, text: str, locale: str):
    body = client.post(
        "/v1/chat", json={"user_id": f"u-{uuid.uuid4().hex[:8]}", "text": text, "assistant": "counselor120"}
    ).json()
    assert body["trace"]["intent"]["name"] == "info.question"
    (citation,) = body["trace"]["citations"]
    assert citation["doc_id"].startswith("civil/moving-in")
    passage = Corpus().get(citation["doc_id"], citation["lang"])
    answer = body["messages"][0]["text"]
    assert all(sentence in passage.text for sentence in split_sentences(answer)), "only what the passage says"
    assert citation["doc_id"] in body["messages"][1]["text"]
    assert body["locale"] == locale and passage.lang == locale


def test_an_out_of_corpus_question_gets_i_dont_know_and_a_human_offer(client: TestClient):
    uid = f"u-{uuid.uuid4().hex[:8]}"
    body = client.post(
        "/v1/chat",
        json={"user_id": uid, "text": "부산 지하철 정기권은 얼마예요?", "assistant": "counselor120"},
    ).json()
    assert body["trace"]["citations"] == []
    assert "찾지 못했어요" in body["messages"][0]["text"] or "범위 밖" in body["messages"][0]["text"]
    if "찾지 못했어요" in body["messages"][0]["text"]:
        assert body["messages"][1]["type"] == "quick_replies"
        yes = client.post("/v1/chat", json={"user_id": uid, "text": "네"}).json()
        assert any(m["type"] == "handoff" and m["to"] == "human" for m in yes["messages"])


def first_turn(client: TestClient, text: str, assistant: str) -> dict:
    """A new citizen's first message to `assistant`, as the response body."""
    payload = {"user_id": f"u-{uuid.uuid4().hex[:8]}", "text": text, "assistant": assistant}
    return client.post("/v1/chat", json=payload).json()


def test_a_crisis_told_to_the_tax_bot_goes_to_the_youth_counselor_without_a_desk_announcement(
    client: TestClient,
):
    body = first_turn(client, "I left a suicide note on my desk", "tax")
    assert body["assistant"] == "youth"
    assert body["messages"][0] == {"type": "handoff", "to": "youth", "reason": "youth.crisis"}
    assert "will help you with this" not in body["messages"][1]["text"]
    assert "109" in body["messages"][1]["text"] + body["messages"][2]["text"]


def test_a_weather_question_naming_seoul_is_out_of_scope_not_the_page_on_the_seoul_on_app(
    client: TestClient,
):
    body = first_turn(client, "내일 서울 비 온대?", "counselor120")
    assert body["trace"]["intent"]["name"] == "out_of_scope"
    assert body["trace"]["citations"] == []


def test_after_a_handoff_the_next_turn_to_the_same_npc_reaches_the_clerk_it_passed_the_citizen_to(
    client: TestClient,
):
    uid = f"u-{uuid.uuid4().hex[:8]}"
    crisis = {"user_id": uid, "text": "I left a suicide note on my desk", "assistant": "tax"}
    assert client.post("/v1/chat", json=crisis).json()["assistant"] == "youth"
    yes = client.post("/v1/chat", json={"user_id": uid, "text": "yes", "assistant": "tax"}).json()
    assert yes["assistant"] == "youth"
    assert {"type": "handoff", "to": "human", "reason": "human_handoff"} in yes["messages"]
    assert "109" in yes["messages"][0]["text"] and "Dasan" not in yes["messages"][0]["text"]
    back = {"user_id": uid, "text": "car tax for a 2000cc 2020 model", "assistant": "tax"}
    assert client.post("/v1/chat", json=back).json()["assistant"] == "tax"


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("전기차 자동차세는 정액이라던데 얼마로 정해져 있어요?", "10만"),
        ("生涯初めての住宅購入の減免、家の価格はいくら以下じゃないとだめ？", "12億"),
    ],
)
def test_a_question_about_a_number_is_answered_with_the_sentence_stating_it(
    client: TestClient, text: str, fact: str
):
    body = client.post("/v1/chat", json={"user_id": f"u-{uuid.uuid4().hex[:8]}", "text": text}).json()
    assert body["trace"]["citations"], body["messages"]
    assert fact in body["messages"][0]["text"]


def test_a_certificate_wanted_for_an_embassy_is_answered_from_the_certificate_page(client: TestClient):
    text = "Can you issue my family relation certificate into my wallet? I need it for the visa application at the embassy"
    body = client.post(
        "/v1/chat", json={"user_id": f"u-{uuid.uuid4().hex[:8]}", "text": text, "assistant": "counselor120"}
    ).json()
    assert body["trace"]["intent"]["name"] == "cert.issue"
    assert body["trace"]["citations"][0]["doc_id"] == "civil/family-relation-certificate"


@pytest.mark.parametrize(
    ("text", "opener"),
    [
        ("요즘 진짜 외롭다 ㅠ", "이야기해 줘서 고마워요"),
        ("I've been feeling really down about school lately", "Thank you for telling me"),
    ],
)
def test_a_worry_told_to_the_youth_counselor_is_heard_not_declined(
    client: TestClient, text: str, opener: str
):
    body = client.post(
        "/v1/chat", json={"user_id": f"u-{uuid.uuid4().hex[:8]}", "text": text, "assistant": "youth"}
    ).json()
    assert body["trace"]["intent"]["name"] == "youth.counsel"
    reply = body["messages"][0]["text"]
    assert reply.startswith(opener)
    assert "바로 처리해 드릴 수 없어요" not in reply and "can't carry this out" not in reply


@pytest.mark.parametrize(
    ("text", "assistant", "sign_in"),
    [
        ("등본 한 통 떼 주세요", "counselor120", "서울패스 로그인이 필요해요"),
        ("show me my mobile ID QR", "counselor120", "sign in with Seoul Pass"),
        ("私の予約一覧を見せてください", "reservation", "ソウルパスでのログインが必要です"),
    ],
)
def test_a_request_on_the_citizens_own_data_signed_out_asks_for_seoul_pass_and_takes_no_action(
    client: TestClient, text: str, assistant: str, sign_in: str
):
    body = first_turn(client, text, assistant)
    assert sign_in in body["messages"][0]["text"]
    assert body["trace"]["actions"] == []
    assert body["trace"]["citations"], "how to do it, from a cited passage"


def test_signed_in_the_same_request_is_not_asked_to_sign_in(client: TestClient):
    payload = {
        "user_id": f"u-{uuid.uuid4().hex[:8]}",
        "text": "등본 한 통 떼 주세요",
        "assistant": "counselor120",
    }
    headers = {"Authorization": f"Bearer {token_for(client)}"}
    body = client.post("/v1/chat", json=payload, headers=headers).json()
    assert all("로그인이 필요" not in m.get("text", "") for m in body["messages"])
    assert body["trace"]["intent"]["name"] == "cert.issue" and body["trace"]["actions"] == []


def test_a_futsal_pitch_asked_for_with_a_district_and_a_day_is_answered_from_the_futsal_page(
    client: TestClient,
):
    body = first_turn(client, "Any futsal courts in Gangnam-gu tomorrow?", "reservation")
    assert body["trace"]["slots"]["facility_type"] == "futsal"
    assert body["trace"]["citations"][0]["doc_id"] == "reservation/futsal"
