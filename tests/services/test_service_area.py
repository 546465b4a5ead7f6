"""Seoul's service area: other cities are named as words, and where a citizen moved from does not count."""

from __future__ import annotations

import pytest

from services.service_area import service_area


@pytest.mark.parametrize(
    "text",
    [
        "부산 지하철 정기권 가격이 얼마예요?",
        "부산은요?",
        "광주광역시 청년수당",
        "인천 거주자우선주차 신청하려고요",
        "what is the busan youth allowance",
        "大阪市役所で住民票を取るには",
    ],
)
def test_a_place_outside_seoul_is_elsewhere(text: str):
    assert service_area().elsewhere(text)


@pytest.mark.parametrize(
    "text",
    [
        "도로 한가운데에 길고양이 사체가 있어요",
        "기후동행카드로 신분당선 탈 수 있나요",
        "잠실 경기장 예약",
        "부산에서 서울로 이사 왔어요",
        "경기도에서 이사 왔어요",
        "I moved from Busan last week, how do I register",
        "釜山から引っ越してきました",
        "sejong center concert tickets",
    ],
)
def test_seoul_requests_and_places_of_origin_are_not_elsewhere(text: str):
    assert not service_area().elsewhere(text)


@pytest.mark.parametrize(
    "text",
    [
        "パスポートの更新は日本大使館でできますか",
        "where is the us embassy in seoul, my passport is expiring",
        "주한미국대사관 비자 인터뷰 예약",
        "중국 영사관 서울에 어디 있어요",
    ],
)
def test_a_foreign_embassy_is_elsewhere_even_in_seoul(text: str):
    assert service_area().elsewhere(text)


def test_an_embassy_that_is_only_where_a_document_goes_can_be_set_aside():
    text = "issue my family relation certificate, I need it for the visa application at the embassy"
    assert service_area().elsewhere(text)
    assert not service_area().elsewhere(text, missions=False)
    assert service_area().elsewhere("부산 등본 발급", missions=False)


@pytest.mark.parametrize(
    "text",
    [
        "종합소득세 신고 기간 언제까지야?",
        "양도세 얼마 나와요",
        "How do I file my income tax return on Hometax?",
        "確定申告はどこでしますか",
    ],
)
def test_a_national_tax_is_not_the_citys(text: str):
    assert service_area().elsewhere(text)


@pytest.mark.parametrize(
    "text",
    [
        "종합소득세 신고하면 지방소득세도 같이 되나요?",
        "is local income tax filed together with the income tax return?",
        "기후동행카드로 경기도 버스도 탈 수 있어?",
        "주소는 서울인데 실제로는 인천 살아요",
    ],
)
def test_a_local_tax_or_a_seoul_service_named_alongside_keeps_it_ours(text: str):
    assert not service_area().elsewhere(text)


@pytest.mark.parametrize(
    "text",
    [
        "내일 서울 비 와?",
        "주말에 눈 온대요?",
        "오늘 날씨 어때",
        "Will it rain in Seoul tomorrow?",
        "明日ソウルは雨が降りますか？",
    ],
)
def test_asking_for_a_weather_forecast_is_not_the_citys(text: str):
    assert service_area().asks_forecast(text)


@pytest.mark.parametrize(
    "text",
    [
        "비 오면 테니스장 예약 환불돼요?",
        "내일 비 온대서 축구장 예약 취소하려고요",
        "폭우 때 반지하 침수 대비 어떻게 해요",
        "what should I do in a heavy rain warning",
        "雨が降ったら予約はキャンセルできますか",
    ],
)
def test_rain_as_a_circumstance_of_a_city_question_is_no_forecast(text: str):
    area = service_area()
    assert not area.asks_forecast(text) and not area.elsewhere(text)


@pytest.mark.parametrize(
    ("text", "elsewhere"),
    [
        ("日本の自動車税っていくら？軽自動車", True),
        ("미국 자동차세도 이렇게 비싸요?", True),
        ("how much is car tax in japan", True),
        ("US car tax vs korea", True),
        ("I need a DMV appointment", True),
        ("일본 사람인데 외국인등록증 어디서 받아요", False),
        ("I'm from the US, how do I pay my car tax", False),
        ("tell us car tax for 2000cc", False),
        ("german car tax on my bmw", False),
        ("日本の免許証をソウルで切り替えたい", False),
    ],
)
def test_another_countrys_tax_or_office_is_not_the_citys(text: str, elsewhere: bool):
    assert service_area().elsewhere(text) is elsewhere


@pytest.mark.parametrize(
    ("text", "elsewhere"),
    [
        ("입영 연기 신청 어떻게 해요", True),
        ("입영통지서 언제쯤 나와요", True),
        ("특허청 출원 비용", True),
        ("how do I apply for unemployment benefits", True),
        ("雇用保険の加入履歴はどこで見られますか", True),
        ("실업급여 받으면서 청년수당도 받을 수 있어요?", False),
        ("unemployment benefits and the youth allowance at the same time?", False),
        ("patently the best park in Seoul", False),
    ],
)
def test_a_national_agencys_service_is_not_the_citys_unless_a_city_programme_is_named(
    text: str, elsewhere: bool
):
    assert service_area().elsewhere(text) is elsewhere
