"""Extractive answers quote the passage, prefer the citizen's language, and say nothing when unsure."""

from __future__ import annotations

import pytest

from knowledge.answer import ExtractiveAnswerer
from knowledge.retriever import HybridRetriever
from tests.knowledge.conftest import TAGS


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


def test_a_question_for_a_phone_number_quotes_the_sentence_that_gives_one(retriever: HybridRetriever):
    answerer = ExtractiveAnswerer(retriever, max_sentences=2)
    asked = answerer.run("자동차세 문의 전화번호 알려주세요", None, "ko")
    assert asked.citations[0].doc_id == "tax/car-tax-rates"
    assert any("1566-3900" in s for s in asked.sentences)
    rate = answerer.run("자동차세 지방교육세는 몇 퍼센트예요?", None, "ko")
    assert not any("1566-3900" in s for s in rate.sentences)


def test_no_answer_when_the_corpus_does_not_know(retriever: HybridRetriever):
    assert not ExtractiveAnswerer(retriever).run("부산 지하철 정기권 얼마예요?", None, "ko").answered


def test_a_clerk_answers_from_another_area_when_its_own_passages_do_not_match(retriever: HybridRetriever):
    answer = ExtractiveAnswerer(retriever).run("전입신고는 어디서 해요?", None, "ko", assistant="youth")
    assert answer.citations[0].doc_id == "civil/moving-in-report"


def test_a_clerk_prefers_its_own_passage_when_it_matches(retriever: HybridRetriever):
    answer = ExtractiveAnswerer(retriever).run("힘들 때 상담 전화 번호", None, "ko", assistant="youth")
    assert answer.citations[0].doc_id == "youth/crisis-lines"


def test_a_passage_on_the_requests_topic_is_preferred_when_it_matches_nearly_as_well(
    retriever: HybridRetriever,
):
    question = "이사 가면 소파 처리랑 신고 같은 거 뭐 해야 돼요?"
    plain = ExtractiveAnswerer(retriever).run(question, None, "ko")
    other = next(
        d for d in ("civil/moving-in-report", "living/bulky-waste") if d != plain.citations[0].doc_id
    )
    topic = (frozenset(TAGS[other]),)
    assert ExtractiveAnswerer(retriever).run(question, None, "ko", topics=topic).citations[0].doc_id == other
    strict = ExtractiveAnswerer(retriever, topic_margin=0.0)
    assert strict.run(question, None, "ko", topics=topic).citations[0].doc_id == plain.citations[0].doc_id


def test_a_topic_no_passage_carries_changes_nothing(retriever: HybridRetriever):
    answer = ExtractiveAnswerer(retriever).run(
        "전입신고는 어디서 해요?", None, "ko", topics=(frozenset({"no_such_tag"}),)
    )
    assert answer.citations[0].doc_id == "civil/moving-in-report"


def test_details_for_the_request_just_answered_stay_on_its_topic_however_loosely_they_match(
    retriever: HybridRetriever,
):
    details = "다음 주 화요일이요"
    assert not ExtractiveAnswerer(retriever).run(details, None, "ko").answered
    topic = (frozenset(TAGS["living/bulky-waste"]),)
    answer = ExtractiveAnswerer(retriever).run(details, None, "ko", topics=topic, follow_up=True)
    assert answer.citations[0].doc_id == "living/bulky-waste"
    assert all(sentence in answer.passage.text for sentence in answer.sentences)


@pytest.mark.parametrize(("locale", "lang"), [("ko", "ko"), ("ja", "ko")])
def test_citing_a_passage_quotes_all_of_it_in_the_best_language_available(
    retriever: HybridRetriever, locale: str, lang: str
):
    answer = ExtractiveAnswerer(retriever).cite("youth/crisis-lines", locale)
    assert answer.passage.lang == lang and answer.translated == (locale == lang)
    assert " ".join(answer.sentences).replace(" ", "") == answer.passage.text.replace(" ", "")
    assert answer.citations[0].doc_id == "youth/crisis-lines" and answer.citations[0].score == 1.0


def test_citing_an_unknown_passage_answers_nothing(retriever: HybridRetriever):
    assert not ExtractiveAnswerer(retriever).cite("no/such-passage", "ko").answered
