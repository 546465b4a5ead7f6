"""The policy takes one step: ask the next slot, act, hand off, or answer small talk."""

from __future__ import annotations

from dataclasses import replace

from assistants.domain import load_clerks
from assistants.policy import Decision, Policy
from intents.classifier import IntentPrediction
from services.conversations import SessionState
from tests.assistants.fakes import understood

CLERKS = load_clerks()
TAX = CLERKS["tax"]


def session(**kwargs: object) -> SessionState:
    return SessionState(id="s", user_id="u", assistant="tax", locale="ko", **kwargs)


def decide(state: SessionState, nlu, clerk=TAX, signed_in: bool = False):
    return Policy(CLERKS).decide(state, nlu, clerk, signed_in)


def test_car_tax_without_model_year_asks_for_it():
    decision = decide(session(), understood("tax.car_tax", engine_cc=2000))
    assert (decision.step, decision.slot, decision.slots) == ("ask", "model_year", {"engine_cc": 2000})


def test_answer_to_the_awaited_slot_completes_the_form_whatever_the_intent_guess():
    state = session(slots={"engine_cc": 2000}, awaiting="model_year", active_intent="tax.car_tax")
    decision = decide(state, understood("affirm", 0.4, model_year=2025))
    assert (decision.step, decision.intent) == ("act", "tax.car_tax")
    assert decision.slots == {"engine_cc": 2000, "model_year": 2025}


def test_electric_car_needs_no_engine_size():
    decision = decide(session(), understood("tax.car_tax", fuel="electric", model_year=2022))
    assert decision.step == "act"


def test_unrelated_chatter_while_waiting_asks_the_same_slot_again():
    state = session(slots={"engine_cc": 2000}, awaiting="model_year", active_intent="tax.car_tax")
    decision = decide(state, understood("greet"))
    assert (decision.step, decision.slot) == ("ask", "model_year")


def test_thanks_while_waiting_is_welcomed_and_the_question_stays_open():
    state = session(slots={"engine_cc": 2000}, awaiting="model_year", active_intent="tax.car_tax")
    decision = decide(state, understood("thanks"))
    assert (decision.step, decision.response) == ("respond", "utter_thanks")
    later = decide(state, understood("out_of_scope", 0.4, model_year=2019))
    assert (later.step, later.slots) == ("act", {"engine_cc": 2000, "model_year": 2019})


def test_deny_while_waiting_cancels_the_form():
    state = session(slots={"engine_cc": 2000}, awaiting="model_year", active_intent="tax.car_tax")
    assert decide(state, understood("deny")).step == "cancel"


def test_follow_up_with_a_new_slot_reruns_the_last_calculation():
    state = session(slots={"engine_cc": 2000, "model_year": 2018}, last_intent="tax.car_tax")
    decision = decide(state, understood("out_of_scope", 0.4, model_year=2020))
    assert (decision.step, decision.intent) == ("act", "tax.car_tax")
    assert decision.slots == {"engine_cc": 2000, "model_year": 2020}


def test_another_clerks_intent_is_handed_off():
    decision = decide(session(), understood("reserve.book"))
    assert (decision.step, decision.to) == ("handoff_clerk", "reservation")


def test_small_talk_help_and_out_of_scope():
    assert decide(session(), understood("greet")).response == "utter_greet"
    assert decide(session(), understood("help")).response == "utter_help_tax"
    assert decide(session(), understood("out_of_scope")).step == "fallback"
    assert decide(session(), understood("human_handoff")).step == "handoff_human"


def test_yes_to_the_offered_human_handoff_hands_off():
    decision = decide(session(pending={"offer": "human"}), understood("affirm"))
    assert decision.step == "handoff_human"


def ambiguous(first: str, second: str, slots: dict | None = None):
    nlu = understood(first, 0.41, **(slots or {}))
    prediction = nlu.intent
    object.__setattr__(nlu, "intent", type(prediction)(first, 0.41, ((first, 0.41), (second, 0.38)), 0.03))
    return nlu


def test_two_nearly_tied_domain_intents_are_clarified():
    decision = decide(session(), ambiguous("tax.car_tax", "tax.acquisition_vehicle", {"engine_cc": 2000}))
    assert (decision.step, decision.options) == ("clarify", ("tax.car_tax", "tax.acquisition_vehicle"))


def test_picking_an_option_keeps_the_slots_heard_before():
    state = session(
        pending={"clarify": ["tax.car_tax", "tax.acquisition_vehicle"], "slots": {"engine_cc": 2000}}
    )
    decision = decide(state, understood("tax.car_tax", 1.0))
    assert (decision.step, decision.slot, decision.slots) == ("ask", "model_year", {"engine_cc": 2000})


def test_a_crisis_is_answered_from_its_passage_with_a_person_offered_even_mid_form():
    youth = CLERKS["youth"]
    assert decide(session(), understood("youth.crisis", 1.0), clerk=youth) == Decision(
        "answer", "youth.crisis", offer="human"
    )
    state = session(slots={"engine_cc": 2000}, awaiting="model_year", active_intent="tax.car_tax")
    assert decide(state, understood("youth.crisis", 1.0)).to == "youth"


def test_a_question_about_the_rate_starts_the_form_with_the_rule_explained_first():
    decision = decide(session(), understood("tax.car_tax", text="자동차세 cc당 얼마임"))
    assert (decision.step, decision.slot, decision.explain) == ("ask", "engine_cc", True)


def test_a_request_for_the_amount_just_asks_what_is_missing():
    decision = decide(session(), understood("tax.car_tax", text="자동차세 계산해 줘"))
    assert (decision.step, decision.slot, decision.explain) == ("ask", "engine_cc", False)


def test_a_rule_question_with_everything_given_is_computed():
    decision = decide(
        session(),
        understood("tax.car_tax", text="2000cc 25년식 세율로 얼마", engine_cc=2000, model_year=2025),
    )
    assert (decision.step, decision.explain) == ("act", False)


def test_a_late_payment_question_with_the_tax_known_cites_the_penalty_beside_the_calendar():
    decision = decide(
        session(), understood("tax.due_dates", text="재산세 늦게 내면 어떻게 돼요?", tax_kind="property")
    )
    assert (decision.step, decision.explain) == ("act", True)


def test_a_request_the_classifier_barely_named_is_a_guess_before_it_acts():
    unsure = understood(
        "tax.due_dates", 0.25, text="I sold my car in April, do I get anything back?", tax_kind="car"
    )
    assert (decide(session(), unsure).step, decide(session(), unsure).guessed) == ("act", True)
    sure = replace(unsure, intent=replace(unsure.intent, confidence=0.9))
    assert decide(session(), sure).guessed is False


def test_a_barely_named_request_that_asks_for_details_first_is_not_a_guess():
    decision = decide(session(), understood("tax.car_tax", 0.3, text="I need to work out my car tax"))
    assert (decision.step, decision.guessed) == ("ask", False)


def test_a_person_asked_for_after_a_crisis_is_a_crisis_counsellor():
    youth = CLERKS["youth"]
    after_crisis = session(last_intent="youth.crisis", pending={"offer": "human"})
    assert decide(after_crisis, understood("affirm"), youth).response == "utter_human_handoff_crisis"
    assert decide(session(last_intent="youth.crisis"), understood("human_handoff"), youth).response == (
        "utter_human_handoff_crisis"
    )
    assert decide(session(), understood("human_handoff"), youth).response == "utter_human_handoff"


def test_a_certificate_without_its_kind_is_asked_for_then_answered_from_the_corpus():
    counselor = CLERKS["counselor120"]
    ask = decide(session(), understood("cert.issue"), counselor)
    assert (ask.step, ask.slot) == ("ask", "cert_type")
    waiting = session(awaiting="cert_type", active_intent="cert.issue")
    answer = decide(waiting, understood("out_of_scope", 0.5, cert_type="family_relation"), counselor)
    assert (answer.step, answer.intent, answer.slots) == (
        "answer",
        "cert.issue",
        {"cert_type": "family_relation"},
    )


def test_a_correction_while_a_slot_is_awaited_replaces_the_value_instead_of_cancelling():
    state = session(slots={"engine_cc": 2000}, awaiting="model_year", active_intent="tax.car_tax")
    decision = decide(state, understood("deny", 0.7, engine_cc=1600))
    assert (decision.step, decision.slot, decision.slots) == ("ask", "model_year", {"engine_cc": 1600})


def test_no_with_a_new_value_after_an_answer_redoes_it_with_that_value():
    state = session(slots={"engine_cc": 2000, "model_year": 2018}, last_intent="tax.car_tax")
    decision = decide(state, understood("deny", 0.8, engine_cc=1600))
    assert (decision.step, decision.slots) == ("act", {"engine_cc": 1600, "model_year": 2018})


def test_a_slot_value_said_like_a_greeting_is_still_a_follow_up():
    state = session(slots={"engine_cc": 2000, "model_year": 2018}, last_intent="tax.car_tax")
    assert decide(state, understood("greet", 0.65, fuel="electric")).step == "act"


def test_asking_for_a_person_mid_form_is_heard_even_when_the_classifier_is_unsure():
    state = session(slots={}, awaiting="engine_cc", active_intent="tax.car_tax")
    assert decide(state, understood("human_handoff", 0.5)).step == "handoff_human"


def test_a_registration_date_answers_the_model_year_question():
    state = session(slots={"engine_cc": 1998}, awaiting="model_year", active_intent="tax.car_tax")
    decision = decide(state, understood("out_of_scope", 0.3, registration_date="2021-05-10"))
    assert decision.step == "act"


def test_a_clarification_answered_with_a_slot_picks_the_option_whose_form_takes_it():
    state = session(pending={"clarify": ["tax.due_dates", "info.question"], "slots": {}})
    decision = decide(state, understood("tax.car_tax", 0.67, tax_kind="car"))
    assert (decision.step, decision.intent, decision.slots) == ("act", "tax.due_dates", {"tax_kind": "car"})


YOUTH = CLERKS["youth"]


def youth_session(**kwargs: object) -> SessionState:
    return SessionState(id="s", user_id="u", assistant="youth", locale="ko", **kwargs)


def test_details_after_an_answer_without_a_form_continue_that_request():
    state = youth_session(slots={"program": "youth_allowance"}, last_intent="youth.eligibility")
    decision = decide(state, understood("youth.counsel", 0.7, age=28, employed=False), YOUTH)
    assert (decision.step, decision.intent, decision.follow_up) == ("answer", "youth.eligibility", True)
    assert decision.slots == {"program": "youth_allowance", "age": 28, "employed": False}


def test_a_new_request_with_its_own_details_is_not_taken_for_details_of_the_last():
    state = youth_session(slots={"program": "youth_allowance"}, last_intent="youth.eligibility")
    decision = decide(state, understood("youth.book_mentoring", 0.8, date="2026-12-01"), YOUTH)
    assert (decision.intent, decision.follow_up) == ("youth.book_mentoring", False)


def test_a_crisis_after_an_answer_is_never_taken_for_its_details():
    state = youth_session(slots={"program": "youth_allowance"}, last_intent="youth.eligibility")
    decision = decide(state, understood("youth.crisis", 0.9, age=17), YOUTH)
    assert decision.intent == "youth.crisis" and not decision.follow_up


def test_another_program_after_an_answer_is_a_new_subject_not_details_of_the_last():
    state = youth_session(slots={"program": "youth_rent"}, last_intent="youth.eligibility")
    decision = decide(state, understood("youth.eligibility", 0.8, program="youth_allowance"), YOUTH)
    assert (decision.intent, decision.slots["program"], decision.follow_up) == (
        "youth.eligibility",
        "youth_allowance",
        False,
    )


def test_due_dates_asked_right_after_a_car_tax_answer_are_the_car_taxs():
    state = session(slots={"engine_cc": 2000, "model_year": 2022}, last_intent="tax.car_tax")
    decision = decide(state, understood("tax.due_dates", 0.6))
    assert (decision.step, decision.slots) == ("act", {"tax_kind": "car"})


def test_a_tax_named_after_a_car_tax_answer_is_the_one_asked_about():
    state = session(slots={"engine_cc": 2000, "model_year": 2022}, last_intent="tax.car_tax")
    decision = decide(state, understood("tax.due_dates", 0.9, tax_kind="property"))
    assert decision.slots == {"tax_kind": "property"}


def torn(first: tuple[str, float], second: tuple[str, float]):
    """A classifier torn between two intents (no slots heard)."""
    nlu = understood(first[0], first[1])
    ranking = (first, second)
    return replace(nlu, intent=IntentPrediction(first[0], first[1], ranking, first[1] - second[1]))


def test_a_general_question_after_a_car_tax_answer_leans_to_the_follow_up_it_makes_likely():
    state = session(slots={"engine_cc": 2000, "model_year": 2022}, last_intent="tax.car_tax")
    decision = decide(state, torn(("info.question", 0.49), ("tax.due_dates", 0.32)))
    assert (decision.intent, decision.slots) == ("tax.due_dates", {"tax_kind": "car"})


def test_a_general_question_without_such_a_context_stays_one():
    decision = decide(session(), torn(("info.question", 0.49), ("tax.due_dates", 0.32)))
    assert decision.intent == "info.question"


def test_a_confident_out_of_scope_naming_a_district_is_not_a_detail_of_the_last_search():
    state = SessionState(
        id="s",
        user_id="u",
        assistant="reservation",
        locale="ko",
        last_intent="reserve.search",
        slots={"facility_type": "soccer", "district": "강서구"},
    )
    decision = decide(state, understood("out_of_scope", 0.83, district="마포구"), CLERKS["reservation"])
    assert decision.intent == "out_of_scope"


def test_details_barely_guessed_as_a_crisis_by_the_classifier_are_details():
    state = youth_session(slots={"program": "youth_rent"}, last_intent="youth.eligibility")
    decision = decide(state, understood("youth.crisis", 0.29, age=32, employed=True), YOUTH)
    assert (decision.intent, decision.slots["age"]) == ("youth.eligibility", 32)


def test_an_unsure_classifier_guess_does_not_choose_the_answers_topic():
    policy = Policy(CLERKS)
    guess = understood("reserve.fee_reduction", 0.3)
    assert not policy.trusts_topic(Decision("answer", "reserve.fee_reduction"), guess)
    assert policy.trusts_topic(
        Decision("answer", "reserve.fee_reduction"), understood("reserve.fee_reduction")
    )


def test_a_form_or_follow_up_keeps_its_topic_whatever_this_turns_confidence():
    policy = Policy(CLERKS)
    form = CLERKS["counselor120"].forms["cert.issue"]
    unsure = understood("cert.issue", 0.3)
    assert policy.trusts_topic(Decision("answer", "cert.issue", form=form), unsure)
    assert policy.trusts_topic(Decision("answer", "cert.issue", follow_up=True), unsure)


def test_a_near_tie_is_settled_by_the_only_intent_that_takes_what_was_said():
    ranking = (("reserve.fee_reduction", 0.36), ("tax.car_tax", 0.355))
    nlu = replace(
        understood("reserve.fee_reduction", 0.36, prepay=True),
        intent=IntentPrediction("reserve.fee_reduction", 0.36, ranking, 0.005, source="model"),
    )
    decision = decide(session(), nlu)
    assert (decision.step, decision.intent, decision.slot) == ("ask", "tax.car_tax", "engine_cc")


def test_a_near_tie_both_intents_could_take_is_asked_about():
    ranking = (("tax.car_tax", 0.44), ("tax.due_dates", 0.43))
    nlu = replace(
        understood("tax.car_tax", 0.44, tax_year=2026),
        intent=IntentPrediction("tax.car_tax", 0.44, ranking, 0.01, source="model"),
    )
    decision = decide(session(), nlu)
    assert (decision.step, decision.options) == ("clarify", ("tax.car_tax", "tax.due_dates"))


def test_a_doubtful_out_of_scope_right_after_a_worry_is_the_same_conversation():
    youth = CLERKS["youth"]
    listening = session(last_intent="youth.counsel")
    doubtful = decide(listening, understood("out_of_scope", confidence=0.42), clerk=youth)
    assert (doubtful.step, doubtful.intent) == ("answer", "youth.counsel")
    assert decide(listening, understood("out_of_scope", confidence=0.9), clerk=youth).step == "fallback"
    assert decide(session(), understood("out_of_scope", confidence=0.42), clerk=youth).step == "fallback"


def test_a_sure_goodbye_naming_a_topic_ends_the_exchange():
    youth = CLERKS["youth"]
    bye = decide(session(last_intent="youth.counsel"), understood("goodbye", 0.6, topic="study"), clerk=youth)
    assert (bye.step, bye.intent) == ("respond", "goodbye")


def test_a_doubtful_person_asked_for_with_a_new_time_is_that_time_for_the_request_just_answered():
    state = youth_session(slots={"date": "2026-11-27", "time": "14:00"}, last_intent="youth.book_mentoring")
    decision = decide(state, understood("human_handoff", 0.35, time="17:00"), YOUTH)
    assert (decision.step, decision.intent) == ("answer", "youth.book_mentoring")
    assert decision.slots == {"date": "2026-11-27", "time": "17:00"}


def test_a_person_asked_for_surely_is_handed_over_whatever_details_come_with_it():
    state = youth_session(slots={"date": "2026-11-27", "time": "14:00"}, last_intent="youth.book_mentoring")
    decision = decide(state, understood("human_handoff", 0.9, time="17:00"), YOUTH)
    assert decision.step == "handoff_human"
