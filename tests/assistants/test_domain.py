"""Clerk domains as data: what a request is about, in corpus tags, most specific first."""

from __future__ import annotations

from assistants.domain import load_clerks

CLERKS = load_clerks()


def test_topics_combine_the_intents_topic_with_what_the_citizen_named():
    topics = CLERKS["youth"].topics_for("youth.eligibility", {"program": "youth_rent", "age": 27})
    assert topics == (
        frozenset({"eligibility", "youth_rent"}),
        frozenset({"youth_rent"}),
        frozenset({"eligibility"}),
    )


def test_an_intent_without_a_topic_or_named_values_has_none():
    assert CLERKS["youth"].topics_for("info.question", {}) == ()
    assert CLERKS["reservation"].topics_for("reserve.search", {"facility_type": "tennis"}) == (
        frozenset({"tennis"}),
    )


def test_a_flag_or_value_the_corpus_tags_differently_is_named_by_its_tag():
    topics = CLERKS["tax"].topics_for("tax.acquisition_housing", {"first_home": True, "homes_after": 1})
    assert topics[0] == frozenset({"acquisition_tax", "housing", "first_home"})
    electric = CLERKS["tax"].topics_for("tax.acquisition_vehicle", {"fuel": "electric"})
    assert "electric_vehicle" in electric[0]
    assert CLERKS["tax"].topics_for("tax.acquisition_housing", {"first_home": False})[0] == frozenset(
        {"acquisition_tax", "housing"}
    )


def test_each_value_named_is_also_a_topic_alone_so_a_futsal_pitch_asked_with_a_district_finds_its_page():
    topics = CLERKS["reservation"].topics_for(
        "reserve.search", {"facility_type": "futsal", "district": "강남구", "date": "2026-11-26"}
    )
    assert topics[0] == frozenset({"futsal", "강남구", "2026-11-26"})
    assert topics[1:] == (frozenset({"futsal"}), frozenset({"강남구"}), frozenset({"2026-11-26"}))
