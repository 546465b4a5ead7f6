"""Hybrid retrieval: Korean morphemes + multilingual dense, cross-lingual, filtered, with a no-answer decision."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from knowledge.corpus import Corpus
from knowledge.retriever import HybridRetriever, RetrievalConfig, Scope
from tests.knowledge.conftest import CountingEmbedder


def test_korean_question_finds_its_passage_in_every_mode(retriever: HybridRetriever):
    for mode in ("bm25", "dense", "hybrid"):
        result = retriever.run("전입신고는 어디서 해요?", mode=mode)
        assert result.hits[0].doc_id == "civil/moving-in-report", mode


def test_cross_lingual_questions_reach_korean_only_documents(retriever: HybridRetriever):
    for question, doc_id in (
        ("What is the car tax rate per cc?", "tax/car-tax-rates"),
        ("古いソファはどうやって捨てますか", "living/bulky-waste"),
        ("自動車税の税率は？", "tax/car-tax-rates"),
    ):
        assert retriever.run(question).hits[0].doc_id == doc_id, question


def test_language_versions_collapse_into_one_document(retriever: HybridRetriever):
    result = retriever.run("moving-in report deadline", k=5)
    doc_ids = [h.doc_id for h in result.hits]
    assert doc_ids.count("civil/moving-in-report") == 1


def test_a_clerk_filter_keeps_only_its_documents(retriever: HybridRetriever):
    result = retriever.run("힘들 때 상담 전화", assistant="youth")
    assert [h.doc_id for h in result.hits] == ["youth/crisis-lines"]


def test_a_question_the_corpus_cannot_answer_is_flagged(retriever: HybridRetriever):
    assert not retriever.run("부산 지하철 정기권 가격이 얼마예요?").answerable
    assert not retriever.run("오늘 코스피 지수 알려줘").answerable
    assert retriever.run("전입신고 기한이 며칠이에요?").answerable


def test_a_weather_forecast_is_never_answered_from_the_corpus(retriever: HybridRetriever):
    assert retriever.run("moving-in report deadline in days").answerable
    assert not retriever.run("will it rain on the moving-in report deadline day").answerable


def test_the_turns_query_vector_is_reused_not_recomputed(retriever: HybridRetriever):
    vector = retriever.embedder.run(["자동차세 세율"], "query")[0]
    before = retriever.embedder.embedded
    result = retriever.run("자동차세 세율", vector=vector)
    assert retriever.embedder.embedded == before
    assert result.hits[0].doc_id == "tax/car-tax-rates"


def test_an_asked_question_leads_to_its_passage_in_dense_and_bm25(
    corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory
):
    root = tmp_path_factory.mktemp("asked")
    shutil.copytree(corpus_dir, root / "corpus")
    (root / "questions").mkdir()
    (root / "questions" / "living.yml").write_text(
        'living/bulky-waste:\n  ko: ["안 쓰는 장롱 내다 버리려면 딱지 붙여야 돼?", "쇼파 버리는 법"]\n'
        '  en: ["how do I throw out an old wardrobe"]\n',
        encoding="utf-8",
    )
    retriever = HybridRetriever(CountingEmbedder(), root / "index", Corpus(root / "corpus"))
    retriever.warm_up()
    index = retriever.index
    assert index is not None and len(index.question_rows) == 3
    for mode in ("dense", "bm25", "hybrid"):
        hit = retriever.run("안 쓰는 장롱 내다 버리려면 딱지 붙여야 돼?", mode=mode).hits[0]
        assert hit.doc_id == "living/bulky-waste", mode
    hit = retriever.run("안 쓰는 장롱 내다 버리려면 딱지 붙여야 돼?", mode="dense").hits[0]
    assert hit.dense_score == pytest.approx(retriever.config.asked_question_score(1.0), abs=0.01)


def test_the_best_score_of_a_scoped_search_is_that_of_the_clerks_own_passage(retriever: HybridRetriever):
    overall = retriever.run("전입신고는 어디서 해요?")
    scoped = retriever.run("전입신고는 어디서 해요?", assistant="youth")
    assert scoped.hits[0].doc_id == "youth/crisis-lines"
    assert round(scoped.best_dense, 4) == scoped.hits[0].dense_score < round(overall.best_dense, 4)


def test_a_tag_filter_keeps_only_documents_carrying_every_tag(retriever: HybridRetriever):
    moving = retriever.run("이사할 때 해야 할 일", tags=frozenset({"moving"}))
    assert {h.doc_id for h in moving.hits} == {"civil/moving-in-report", "living/bulky-waste"}
    both = retriever.run("이사할 때 해야 할 일", tags=frozenset({"moving", "waste"}))
    assert [h.doc_id for h in both.hits] == ["living/bulky-waste"]


def test_one_search_serves_several_scopes_as_separate_runs_would(retriever: HybridRetriever):
    scopes = [Scope(tags=frozenset({"waste"})), Scope("youth"), Scope()]
    found = retriever.search("전입신고는 어디서 해요?", None, scopes, k=3)
    for scope, result in zip(scopes, found, strict=True):
        alone = retriever.run("전입신고는 어디서 해요?", k=3, assistant=scope.assistant, tags=scope.tags)
        assert [h.doc_id for h in result.hits] == [h.doc_id for h in alone.hits]
        assert result.best_dense == alone.best_dense


def test_overruling_a_surer_out_of_scope_call_needs_a_closer_match():
    config = RetrievalConfig()
    assert config.overrule_floor(0.3) == config.overrule_floor(0.5) == config.confident_dense_score
    assert config.confident_dense_score < config.overrule_floor(0.7) < config.overrule_floor(0.86)
    assert config.overrule_floor(0.86) < config.overrule_floor(0.95) == config.sure_dense_score
