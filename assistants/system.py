"""Wires the clerks from settings: one place that builds every component of the chat pipeline."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Engine

from assistants.actions import default_actions
from assistants.composer import Composer
from assistants.domain import load_clerks
from assistants.pipeline import ChatPipeline
from assistants.policy import Policy
from intents.embedder import make_embedder
from intents.recogniser import IntentRecogniser
from intents.understanding import NLU
from knowledge.answer import ExtractiveAnswerer
from knowledge.corpus import Corpus
from knowledge.retriever import HybridRetriever
from services.clock import Clock
from services.conversations import ConversationStore
from services.settings import Settings


def build_pipeline(settings: Settings, engine: Engine) -> ChatPipeline:
    """The pipeline for these settings; nothing heavy is loaded until `warm_up()` or the first turn."""
    embedder = make_embedder(settings.embedder)
    nlu = NLU(embedder, IntentRecogniser(embedder, settings.model_dir))
    clerks = load_clerks()
    corpus = Corpus()
    return ChatPipeline(
        nlu=nlu,
        store=ConversationStore(engine, idle=timedelta(minutes=settings.session_idle_minutes)),
        clerks=clerks,
        policy=Policy(clerks),
        actions=default_actions(),
        composer=Composer(corpus),
        answerer=ExtractiveAnswerer(HybridRetriever(embedder, settings.index_dir, corpus)),
        clock=Clock(settings.today),
        max_text_chars=settings.max_text_chars,
    )
