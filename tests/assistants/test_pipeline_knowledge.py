"""The classifier's out of scope is a doubt, not a verdict: a near-exact corpus match is answered, cited."""

from __future__ import annotations

import uuid
from dataclasses import replace
from pathlib import Path

import pytest

from assistants.pipeline import ChatPipeline
from assistants.system import build_pipeline
from assistants.turn import Turn
from intents.classifier import IntentPrediction
from services.storage import make_engine, migrate
from tests.conftest import make_settings


def _pipeline_whose_classifier_says(folder: Path, guess) -> ChatPipeline:
    """The real pipeline with the intent replaced by `guess(real prediction)` (the real vector is kept)."""
    settings = make_settings(folder)
    engine = make_engine(settings.database_url)
    migrate(engine)
    pipeline = build_pipeline(settings, engine)
    pipeline.warm_up()
    understand = pipeline.nlu.run

    def run(text, *args, **kwargs):
        nlu = understand(text, *args, **kwargs)
        return replace(nlu, intent=guess(nlu.intent))

    pipeline.nlu.run = run
    return pipeline


@pytest.fixture(scope="module")
def doubting_pipeline(tmp_path_factory: pytest.TempPathFactory) -> ChatPipeline:
    """The classifier calls every utterance out of scope."""

    def out_of_scope(real: IntentPrediction) -> IntentPrediction:
        source = "outside_seoul" if real.source == "outside_seoul" else "model"
        return IntentPrediction("out_of_scope", 0.4, (("out_of_scope", 0.4),), 0.1, source=source)

    return _pipeline_whose_classifier_says(Path(tmp_path_factory.mktemp("doubt")), out_of_scope)


@pytest.fixture(scope="module")
def torn_pipeline(tmp_path_factory: pytest.TempPathFactory) -> ChatPipeline:
    """The classifier is torn between a general question and filing a complaint."""

    def torn(_real: IntentPrediction) -> IntentPrediction:
        ranking = (("info.question", 0.35), ("complaint.file", 0.33))
        return IntentPrediction("info.question", 0.35, ranking, 0.02, source="model")

    return _pipeline_whose_classifier_says(Path(tmp_path_factory.mktemp("torn")), torn)


def test_a_near_exact_passage_answers_instead_of_asking_which_was_meant(torn_pipeline: ChatPipeline):
    reply = _ask(torn_pipeline, "다둥이카드 발급 조건")
    assert (reply.trace.policy, reply.trace.intent.name) == ("answer", "info.question")
    assert [c.doc_id for c in reply.trace.citations][:1] == ["welfare/dadungi-card"]


def test_without_a_close_passage_the_clerk_asks_which_was_meant(torn_pipeline: ChatPipeline):
    reply = _ask(torn_pipeline, "오늘 코스피 지수 알려줘")
    assert (reply.trace.policy, reply.trace.citations) == ("clarify", [])


def _ask(pipeline: ChatPipeline, text: str):
    return pipeline.run(Turn(user_id=f"u-{uuid.uuid4().hex[:8]}", text=text, assistant="counselor120"))


def test_a_question_the_corpus_answers_closely_is_answered_despite_the_classifier(
    doubting_pipeline: ChatPipeline,
):
    reply = _ask(doubting_pipeline, "다둥이카드 발급 조건")
    assert (reply.trace.policy, reply.trace.intent.name) == ("answer", "info.question")
    assert [c.doc_id for c in reply.trace.citations][:1] == ["welfare/dadungi-card"]


def test_a_question_the_corpus_only_resembles_stays_out_of_scope(doubting_pipeline: ChatPipeline):
    reply = _ask(doubting_pipeline, "오늘 코스피 지수 알려줘")
    assert (reply.trace.policy, reply.trace.intent.name, reply.trace.citations) == (
        "fallback",
        "out_of_scope",
        [],
    )


def test_another_citys_service_is_never_answered_from_seouls_corpus(doubting_pipeline: ChatPipeline):
    reply = _ask(doubting_pipeline, "대구 다둥이카드 발급 조건")
    assert (reply.trace.policy, reply.trace.citations) == ("fallback", [])


def _guessing(folder: Path, confidence: float) -> ChatPipeline:
    """The classifier takes every utterance for a facility fee reduction, this sure."""

    def fee_reduction(_real: IntentPrediction) -> IntentPrediction:
        ranking = (("reserve.fee_reduction", confidence), ("info.question", 1 - confidence))
        return IntentPrediction(
            "reserve.fee_reduction", confidence, ranking, 2 * confidence - 1, source="model"
        )

    return _pipeline_whose_classifier_says(folder, fee_reduction)


def test_an_unsure_guess_does_not_steer_the_answer_to_its_topic(tmp_path: Path):
    reply = _ask(_guessing(tmp_path, 0.3), "생애최초 감면 2026년에도 되나")
    assert [c.doc_id for c in reply.trace.citations][:1] == ["tax/acquisition-first-home"]


def test_a_sure_request_is_answered_from_its_topic(tmp_path: Path):
    reply = _ask(_guessing(tmp_path, 0.95), "다자녀 감면 받을 수 있나요")
    assert reply.trace.citations[0].doc_id.startswith("reservation/fee-reduction")


def _barely_due_dates(folder: Path) -> ChatPipeline:
    """The classifier takes every utterance for a tax calendar request, barely."""

    def due_dates(_real: IntentPrediction) -> IntentPrediction:
        ranking = (("tax.due_dates", 0.25), ("tax.car_tax", 0.23), ("info.question", 0.1))
        return IntentPrediction("tax.due_dates", 0.25, ranking, 0.02, source="model")

    return _pipeline_whose_classifier_says(folder, due_dates)


def test_a_barely_recognised_calendar_request_the_corpus_answers_is_answered_from_it(tmp_path: Path):
    reply = _barely_due_dates(tmp_path).run(
        Turn(
            user_id="u-guess",
            text="I sold my car in April but had prepaid the whole year's car tax. Do I get some back?",
            assistant="tax",
        )
    )
    assert (reply.trace.policy, reply.trace.intent.name) == ("answer", "info.question")
    assert [c.doc_id for c in reply.trace.citations][:1] == ["tax/car-tax-prepay-refund"]
    assert reply.trace.actions == []
