"""The composer words each step in the citizen's language and cites the passages a result rests on."""

from __future__ import annotations

import pytest

from assistants.actions import ActionContext, default_actions
from assistants.composer import Composer
from assistants.domain import load_clerks
from assistants.policy import Decision
from assistants.responses import LOCALES, default_book
from assistants.turn import CardMessage, QuickRepliesMessage
from knowledge.answer import Citation as KnowledgeCitation
from knowledge.answer import KnowledgeAnswer
from knowledge.corpus import Corpus
from tests.conftest import TODAY

TAX = load_clerks()["tax"]


@pytest.fixture(scope="module")
def composer() -> Composer:
    return Composer(Corpus())


def test_every_response_exists_in_korean_english_and_japanese():
    book = default_book()
    for name, variants in book.templates.items():
        assert set(LOCALES) <= set(variants), name


@pytest.mark.parametrize(("locale", "question"), [("ko", "연식"), ("en", "model year"), ("ja", "年式")])
def test_asking_for_a_slot_in_each_language(composer: Composer, locale: str, question: str):
    form = TAX.forms["tax.car_tax"]
    composition = composer.compose(Decision("ask", "tax.car_tax", form=form, slot="model_year"), TAX, locale)
    assert question in composition.text


@pytest.mark.parametrize(
    ("locale", "words"),
    [
        ("ko", ["520,000원", "지방교육세", "차령 경감", "출처"]),
        ("en", ["KRW 520,000", "education tax", "Age reduction", "Source"]),
        ("ja", ["520,000ウォン", "地方教育税", "車齢", "出典"]),
    ],
)
def test_car_tax_result_shows_amount_breakdown_card_and_source(
    composer: Composer, locale: str, words: list[str]
):
    form = TAX.forms["tax.car_tax"]
    outcome = default_actions().run(
        "tax.car_tax", {"engine_cc": 2000, "model_year": 2025}, ActionContext(today=TODAY, locale=locale)
    )
    composition = composer.compose(Decision("act", "tax.car_tax", form=form), TAX, locale, outcome)
    for word in words:
        assert word in composition.text
    card = next(m for m in composition.messages if isinstance(m, CardMessage))
    assert [i["value"] for i in card.items][-1].replace(",", "").count("520000") == 1
    assert [c.doc_id for c in composition.citations] == ["tax/car-tax-rates"]


def test_an_invalid_value_is_explained_before_asking_again(composer: Composer):
    form = TAX.forms["tax.car_tax"]
    outcome = default_actions().run(
        "tax.car_tax", {"engine_cc": 2000, "model_year": 2030}, ActionContext(today=TODAY)
    )
    assert not outcome.ok
    decision = Decision("ask", "tax.car_tax", form=form, slot="model_year", slots={"engine_cc": 2000})
    text = composer.compose(decision, TAX, "ko", outcome).text
    assert "2030" in text and "2026년 이전" in text and "연식" in text


@pytest.mark.parametrize(
    ("locale", "care"), [("ko", "혼자 견디지"), ("en", "not have to face"), ("ja", "ひとりで")]
)
def test_a_grounded_crisis_answer_opens_with_care_quotes_the_lines_and_offers_a_person(
    composer: Composer, locale: str, care: str
):
    youth = load_clerks()["youth"]
    lines = "109 24시간. 1388 상담."
    knowledge = KnowledgeAnswer(
        sentences=(lines,),
        citations=(KnowledgeCitation("youth/crisis-lines", "위기 연락처", 1.0, "ko"),),
        translated=locale == "ko",
    )
    decision = Decision("answer", "youth.crisis", offer="human")
    composition = composer.compose(decision, youth, locale, knowledge=knowledge)
    assert care in composition.text.replace("don't", "do not") and lines in composition.text
    assert default_book().text("utter_how_to_instead", locale) not in composition.text
    assert composition.text.endswith(default_book().text("utter_offer_human", locale))
    assert isinstance(composition.messages[-1], QuickRepliesMessage)
    assert [c.doc_id for c in composition.citations] == ["youth/crisis-lines"]
