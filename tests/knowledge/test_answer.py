"""Extractive answers quote the passage, prefer the citizen's language, and say nothing when unsure."""

from __future__ import annotations

from knowledge.answer import ExtractiveAnswerer
from knowledge.retriever import HybridRetriever


def test_the_answer_quotes_sentences_of_the_cited_passage(retriever: HybridRetriever):
    answer = ExtractiveAnswerer(retriever).run("전입신고는 어디서 해요?", None, "ko")
    assert answer.answered and answer.citations[0].doc_id == "civil/moving-in-report"
    assert all(sentence in answer.passage.text for sentence in answer.sentences)
    assert any("주민센터" in s for s in answer.sentences)


def test_a_translation_is_used_when_one_exists(retriever: HybridRetriever):
    answer = ExtractiveAnswerer(retriever).run("Where do I file my moving-in report?", None, "en")
    assert answer.passage.lang == "en" and answer.translated
    assert "14 days" in " ".join(answer.sentences)


def test_without_a_translation_the_korean_original_is_quoted_and_flagged(retriever: HybridRetriever):
    answer = ExtractiveAnswerer(retriever).run("What is the car tax rate per cc?", None, "en")
    assert answer.passage.lang == "ko" and not answer.translated
    assert answer.citations[0].doc_id == "tax/car-tax-rates"


def test_no_answer_when_the_corpus_does_not_know(retriever: HybridRetriever):
    assert not ExtractiveAnswerer(retriever).run("부산 지하철 정기권 얼마예요?", None, "ko").answered


def test_a_clerk_answers_from_another_area_when_its_own_passages_do_not_match(retriever: HybridRetriever):
    answer = ExtractiveAnswerer(retriever).run("전입신고는 어디서 해요?", None, "ko", assistant="youth")
    assert answer.citations[0].doc_id == "civil/moving-in-report"


def test_a_clerk_prefers_its_own_passage_when_it_matches(retriever: HybridRetriever):
    answer = ExtractiveAnswerer(retriever).run("힘들 때 상담 전화 번호", None, "ko", assistant="youth")
    assert answer.citations[0].doc_id == "youth/crisis-lines"
