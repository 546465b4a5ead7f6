"""Questions about a number are told apart from others, in Korean, English and Japanese."""

from __future__ import annotations

import pytest

from knowledge.answer_type import asks_for_contact, asks_for_number, focus_tags, states_contact, states_number


@pytest.mark.parametrize(
    "question",
    [
        "청년월세 몇 살까지 돼요?",
        "월세 얼마 이하여야 해요",
        "How much is the youth allowance?",
        "何歳まで申請できますか",
    ],
)
def test_amount_age_and_limit_questions_ask_for_a_number(question: str):
    assert asks_for_number(question)


@pytest.mark.parametrize(
    "question", ["전입신고는 어디서 해요?", "Where do I report moving in?", "転入届はどこで出しますか"]
)
def test_where_and_how_questions_do_not(question: str):
    assert not asks_for_number(question)


def test_a_sentence_states_a_number_in_digits_or_korean_numerals():
    assert states_number("만 19~39세 청년이어야 합니다.")
    assert states_number("연 십만 원을 냅니다.")
    assert not states_number("주민센터를 방문하세요.")
    assert not states_number("이 일은 주민센터에서 합니다.")


@pytest.mark.parametrize(
    ("question", "tags"),
    [
        ("청년월세 한달에 얼마 받아요?", {"amount"}),
        ("ソウルの青年家賃支援って月いくらもらえるの？", {"amount"}),
        ("How much is the youth allowance per month?", {"amount"}),
        ("주정차위반 과태료 어디서 내요?", {"payment"}),
        ("수도요금 어떻게 내", {"payment"}),
        ("got a parking ticket in the mail, how do i pay it", {"payment"}),
        ("水道料金の支払い方法を教えてください", {"payment"}),
        ("청년수당 신청자격 알려주세요", {"eligibility"}),
        ("who can get the youth rent support", {"eligibility"}),
        ("青年手当の対象は？", {"eligibility"}),
    ],
)
def test_a_question_about_paying_the_amount_paid_out_or_qualifying_names_its_focus(
    question: str, tags: set[str]
):
    assert focus_tags(question) == tags


@pytest.mark.parametrize(
    "question",
    ["전입신고 어디서 해요", "지하철 어디서 내려요", "건강보험 자격득실확인서 떼는 법", "자동차세 얼마"],
)
def test_other_questions_have_no_focus(question: str):
    assert focus_tags(question) == frozenset()


@pytest.mark.parametrize(
    "question",
    [
        "이택스 고객센터 전화번호 알려주세요",
        "120 연락처 좀",
        "What's the phone number for Wetax?",
        "ETAXの問い合わせ先は？",
    ],
)
def test_phone_and_contact_questions_ask_for_a_number_to_call(question: str):
    assert asks_for_contact(question)


def test_where_questions_do_not_ask_for_a_number_to_call():
    assert not asks_for_contact("전입신고는 어디서 해요?")
    assert not asks_for_contact("Where do I report moving in?")


@pytest.mark.parametrize(
    ("sentence", "gives_one"),
    [
        ("이용 문의는 서울시 세금 콜센터(1566-3900)로 하세요.", True),
        ("서울 밖에서는 02-120으로 겁니다.", True),
        ("죽고 싶을 만큼 힘들 때는 109 자살예방상담전화로 연락하세요.", True),
        ("Call 1330 for tourist information.", True),
        ("1600cc 초과 승용차는 cc당 200원입니다.", False),
        ("2026-12-07에 바뀌었습니다.", False),
        ("청년 1000명을 뽑습니다.", False),
    ],
)
def test_a_sentence_gives_a_number_to_call(sentence: str, gives_one: bool):
    assert states_contact(sentence) is gives_one
