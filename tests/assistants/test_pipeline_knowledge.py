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


@pytest.fixture(scope="module")
def doubting_pipeline(tmp_path_factory: pytest.TempPathFactory) -> ChatPipeline:
    """The real pipeline whose classifier calls every utterance out of scope (the real vector is kept)."""
    settings = make_settings(Path(tmp_path_factory.mktemp("doubt")))
    engine = make_engine(settings.database_url)
    migrate(engine)
    pipeline = build_pipeline(settings, engine)
    pipeline.warm_up()
    understand = pipeline.nlu.run

    def out_of_scope(text, *args, **kwargs):
        nlu = understand(text, *args, **kwargs)
        source = "outside_seoul" if nlu.intent.source == "outside_seoul" else "model"
        doubt = IntentPrediction("out_of_scope", 0.4, (("out_of_scope", 0.4),), 0.1, source=source)
        return replace(nlu, intent=doubt)

    pipeline.nlu.run = out_of_scope
    return pipeline


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
