"""The conversation store on SQLite and real PostgreSQL: continuity, expiry, isolation, serialised turns."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine

from services.conversations import ConversationStore
from services.errors import NotFound


def test_a_saved_session_is_found_again_with_its_slots_and_history(engine: Engine):
    store = ConversationStore(engine)
    with store.transaction("u1") as conversations:
        state = conversations.open("tax", "ko")
        state.slots["engine_cc"] = 2000
        state.awaiting = "model_year"
        state.active_intent = "tax.car_tax"
        conversations.save(state, "2000cc 자동차세", "연식은요?", "tax.car_tax", {"x": 1})
    with store.transaction("u1") as conversations:
        again = conversations.latest_open()
        assert again is not None and again.id == state.id
        assert (again.slots, again.awaiting, again.turn_count) == ({"engine_cc": 2000}, "model_year", 1)
        assert conversations.history(again.id) == [
            {"user": "2000cc 자동차세", "reply": "연식은요?", "intent": "tax.car_tax", "assistant": "tax"}
        ]


def test_another_users_session_is_not_found(engine: Engine):
    store = ConversationStore(engine)
    with store.transaction("alice") as conversations:
        state = conversations.open("tax", "ko")
        conversations.save(state, "hi", "hello", "greet", {})
    with store.transaction("mallory") as conversations, pytest.raises(NotFound):
        conversations.find(state.id)


def test_idle_session_expires_and_is_not_continued(engine: Engine):
    clock = {"now": datetime(2026, 11, 25, 9, 0, tzinfo=UTC)}
    store = ConversationStore(engine, idle=timedelta(minutes=30), now=lambda: clock["now"])
    with store.transaction("u1") as conversations:
        state = conversations.open("tax", "ko")
        conversations.save(state, "hi", "hello", "greet", {})
    clock["now"] += timedelta(minutes=31)
    with store.transaction("u1") as conversations:
        assert conversations.latest_open() is None
        assert conversations.find(state.id).status == "expired"


def test_opening_a_new_session_closes_the_old_one_with_the_same_clerk(engine: Engine):
    store = ConversationStore(engine)
    with store.transaction("u1") as conversations:
        first = conversations.open("tax", "ko")
        conversations.save(first, "a", "b", None, {})
    with store.transaction("u1") as conversations:
        second = conversations.open("tax", "ko")
        conversations.save(second, "c", "d", None, {})
    with store.transaction("u1") as conversations:
        assert conversations.find(first.id).status == "closed"
        assert conversations.latest_open("tax").id == second.id


def test_failed_turn_leaves_no_trace(engine: Engine):
    store = ConversationStore(engine)
    with pytest.raises(RuntimeError), store.transaction("u1") as conversations:
        state = conversations.open("tax", "ko")
        conversations.save(state, "a", "b", None, {})
        raise RuntimeError("the composer crashed")
    with store.transaction("u1") as conversations:
        assert conversations.latest_open() is None


def test_concurrent_turns_of_one_session_lose_no_slot_update(engine: Engine):
    store = ConversationStore(engine)
    with store.transaction("u1") as conversations:
        state = conversations.open("tax", "ko")
        state.slots["counter"] = 0
        conversations.save(state, "start", "ok", None, {})

    def turn(n: int) -> None:
        with store.transaction("u1") as conversations:
            current = conversations.find(state.id)
            current.slots["counter"] += 1
            current.slots[f"seen_{n}"] = True
            conversations.save(current, f"turn {n}", "ok", None, {})

    threads = [threading.Thread(target=turn, args=(n,)) for n in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    final = store.get(state.id)
    assert final is not None
    assert final.slots["counter"] == 12
    assert all(final.slots[f"seen_{n}"] for n in range(12))
    assert final.turn_count == 13


def test_stored_history_masks_phone_numbers(engine: Engine):
    store = ConversationStore(engine)
    with store.transaction("u1") as conversations:
        state = conversations.open("counselor120", "ko")
        conversations.save(state, "제 번호는 010-9876-5432예요", "네", None, {})
    assert "9876" not in store.turns(state.id)[0].user_text


def test_each_identity_on_one_user_id_has_its_own_open_session(engine: Engine):
    store = ConversationStore(engine)
    with store.transaction("shared") as conversations:
        citizen = conversations.open("tax", "ko", citizen_id="citizen-001")
        conversations.save(citizen, "2000cc", "연식은요?", "tax.car_tax", {})
        anonymous = conversations.open("tax", "ko")
        conversations.save(anonymous, "안녕", "네", "greet", {})
    with store.transaction("shared") as conversations:
        assert conversations.latest_open("tax", "citizen-001").id == citizen.id
        assert conversations.latest_open("tax").id == anonymous.id
        assert conversations.latest_open("tax", "citizen-002") is None
