"""The shipped corpus: well-formed front matter, enough passages, translations of the most asked ones."""

from __future__ import annotations

from collections import Counter

import pytest

from knowledge.corpus import CORPUS_DIR, Corpus, CorpusError
from knowledge.tokenize import LexicalTokenizer

ASSISTANTS = {"counselor120", "tax", "youth", "reservation"}


def test_every_passage_is_well_formed_and_named_after_its_path():
    passages = Corpus().passages()
    for passage in passages:
        assert passage.path == f"{passage.id}.{passage.lang}.md"
        assert passage.lang in ("ko", "en", "ja")
        assert set(passage.assistants) <= ASSISTANTS and passage.assistants
        assert passage.source_url.startswith("http") and len(passage.text) > 80


def test_at_least_250_korean_passages_and_60_translated_into_english_and_japanese():
    passages = Corpus().passages()
    langs = Counter(p.lang for p in passages)
    assert langs["ko"] >= 250
    by_id: dict[str, set[str]] = {}
    for passage in passages:
        by_id.setdefault(passage.id, set()).add(passage.lang)
    assert sum({"en", "ja"} <= langs_ for langs_ in by_id.values()) >= 60
    assert all("ko" in langs_ for langs_ in by_id.values()), "every translation has its Korean original"
    assert (CORPUS_DIR / "civil" / "moving-in-report.ja.md").exists()


def test_lexical_tokens_are_morphemes_bigrams_and_words():
    tokenizer = LexicalTokenizer()
    assert tokenizer.run("전입신고는 어디서 해요?") == ["전입", "신고", "어디"]
    assert "転入" in tokenizer.run("転入届はどこで")
    assert tokenizer.run("How do I report moving in?") == ["report", "moving"]


def test_a_korean_term_in_an_english_question_keeps_its_morphemes():
    tokenizer = LexicalTokenizer()
    assert tokenizer.run("Where can I get a 등본?") == ["등본", "get"]
    assert tokenizer.run("resident registration copy (주민등록등본)")[-3:] == ["주민", "등록", "등본"]


def test_katakana_and_hiragana_spellings_of_a_japanese_word_meet():
    tokenizer = LexicalTokenizer()
    assert tokenizer.run("粗大ゴミ") == tokenizer.run("粗大ごみ") == ["粗大", "大ご", "ごみ"]


def test_every_passage_has_asked_questions_in_korean_english_and_japanese():
    corpus = Corpus()
    langs_by_doc: dict[str, set[str]] = {}
    for question in corpus.questions():
        langs_by_doc.setdefault(question.doc_id, set()).add(question.lang)
    assert set(langs_by_doc) == {p.id for p in corpus.passages()}
    assert all(langs == {"ko", "en", "ja"} for langs in langs_by_doc.values())


def test_questions_for_an_unknown_passage_are_a_corpus_error(tmp_path):
    corpus_dir, questions_dir = tmp_path / "corpus", tmp_path / "questions"
    (corpus_dir / "civil").mkdir(parents=True)
    questions_dir.mkdir()
    (corpus_dir / "civil" / "x.ko.md").write_text(
        "---\nid: civil/x\ntitle: 제목\nlang: ko\nassistant: [counselor120]\n"
        "source_url: https://example.org\nupdated: 2026-11-01\n---\n본문입니다.\n",
        encoding="utf-8",
    )
    (questions_dir / "civil.yml").write_text("civil/y:\n  ko: [질문]\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="civil/y"):
        Corpus(corpus_dir).questions()
