"""Rules outrank the classifier: crisis signals anywhere, small-talk phrases as the whole message."""

from __future__ import annotations

import pytest

from intents.classifier import IntentPrediction
from intents.recogniser import apply_rules
from intents.rules import default_rules, normalise


@pytest.mark.parametrize(
    "text",
    [
        "너무 힘들어서 죽고 싶어요",
        "요즘 자해를 해요",
        "다 끝내고 싶다",
        "아빠한테 매일 맞아요",
        "우리 애가 학원에서 계속 맞고 들어와요",
        "동생이 요즘 자꾸 맞고 와서 걱정이에요",
        "수면제를 모으고 있어",
        "I want to die",
        "my stepdad hits me",
        "I've been cutting myself",
        "死にたい",
        "消えたい",
        "親に殴られた",
        "애들이 우리 집까지 찾아와서 패버린다고 했어",
        "the older kids said they're going to kill me",
        "ボコるって脅されてる",
        "honestly my family would be happier if i was gone",
    ],
)
def test_crisis_signals_are_always_youth_crisis(text: str):
    hit = default_rules().match(text)
    assert hit is not None and hit.intent == "youth.crisis"


@pytest.mark.parametrize(
    "text",
    [
        "아침에 깨어나지 않았으면 좋겠다",
        "살 이유가 없어요",
        "엄마한테 마지막 인사 하고 싶어",
        "옥상에 올라와 있어요",
        "번개탄 파는 곳",
        "밤마다 나쁜 생각이 자꾸 들어요",
        "i bought a rope today",
        "no point in going on anymore",
        "I left a suicide note on my desk",
        "sitting on the edge of the bridge",
        "橋の上に立ってる",
        "もう目が覚めなければいいのに",
        "生きる意味がわからない",
        "三日もごはんをもらえてない",
        "엄마가 화나면 저한테 컵을 던져요",
        "家出してから寝る場所がない",
        "ぼくなんていないほうがみんな楽だよね",
    ],
)
def test_implicit_signals_ideation_farewell_means_and_place_are_youth_crisis(text: str):
    hit = default_rules().match(text)
    assert hit is not None and hit.intent == "youth.crisis"


@pytest.mark.parametrize(
    "text",
    [
        "배고파 죽겠음",
        "덕분에 살았어요",
        "마지막 질문인데요 등본 발급 얼마예요",
        "줄 서야 돼요?",
        "옥상 텃밭 신청 어디서 해요",
        "한강 다리 야경 보러 가요",
        "last message was wrong, I meant Mapo",
        "this is my last question",
        "what's the point of the eco mileage",
        "what floor is the passport office on",
        "jump rope class for kids",
        "目が覚めたら頭痛い",
        "공 던지기 체험 예약할래요",
        "학교에서 독감 주사 맞고 왔어요",
        "학교에서 맞춤형 진로 상담 해요?",
    ],
)
def test_everyday_phrases_near_the_implicit_signals_are_not_a_crisis(text: str):
    hit = default_rules().match(text)
    assert hit is None or hit.intent != "youth.crisis"


@pytest.mark.parametrize(
    "text",
    [
        "아끼던 옷이랑 책 다 정리했어 이제 나한테는 필요 없을 테니까",
        "아빠한테 맞을까봐 무서워서 집에 못 가요",
        "삼촌이 자꾸 내 몸을 만져요",
        "과외 선생님이 저를 몰래 만지는데 말을 못 하겠어요",
        "전 남친이 사진 유포하겠다고 협박해요",
        "I gave away all my things to my friends this week",
        "my coach keeps touching me and I don't know who to tell",
        "a guy online is threatening to share my nudes if I don't pay",
        "もう永遠に眠っていたい",
        "今、駅ビルの屋上にいます",
        "知らない人に体を触られた",
        "ㅈㅅ 할까 진짜",
        "자1살 하면 아플까",
        "요새 참말로 죽고잡다",
        "이거 먹으면 영영 안 깨어날까",
        "빵셔틀 안 하면 때린대요",
        "남자친구가 싸우면 목을 졸라요",
        "집 나온 지 이틀째인데 잘 데가 없어",
        "지인능욕 계정에 내 사진이 올라왔어",
        "다들 그동안 고마웠어 안녕",
        "ngl i wanna unalive myself",
        "someone is spreading fake nudes of me at school",
        "she posted goodbye, thanks for everything and now she's not answering",
        "もうしにたい",
        "昨日ODして気持ち悪い",
        "友達が明日死ぬって言ってる",
        "睡眠薬を少しずつ溜めてる",
        "진통제 한꺼번에 삼켰어",
        "헤어진 애가 내 사진 뿌린다고 협박함",
        "I swallowed a whole bottle of pills an hour ago",
        "I'm afraid I'll hurt my little brother",
        "母を傷つけてしまいそうで怖い",
        "엄마가 며칠째 안 들어와서 굶고 있어요",
        "집엔 먹을 거 하나도 없고 연락도 안 돼",
        "両親が一週間帰ってこない",
        "약을 몰래 하나씩 모으고 있어",
        "짐도 다 정리했고 이제 편해지고 싶어",
        "엄마가 화나면 머리채 잡고 그래요",
        "선생님한테 말하면 더 맞을까봐 아무한테도 말 못했어요",
        "마지막으로 인사드리러 왔어요",
        "親の睡眠薬を少しずつ集めてる",
        "ㅈㅎ 또 했어",
        "엄마가 현관 비번 바꿔서 못 들어가요",
        "아빠가 밖에서 자래요",
        "夜になると家に入れてもらえない",
        "코치가 자꾸 몸을 만져요",
        "元カレに暴力をふるわれた",
    ],
)
def test_warning_signs_of_self_harm_and_abuse_are_youth_crisis(text: str):
    hit = default_rules().match(text)
    assert hit is not None and hit.intent == "youth.crisis"


@pytest.mark.parametrize(
    "text",
    [
        "힘들어 죽겠다 진짜",
        "정답 맞았어!",
        "자동차세 얼마예요",
        "I'd die for a coffee",
        "안 쓰는 물건 나눠줄 수 있는 나눔 장터 있어요?",
        "답이 맞을까봐 걱정했는데 맞았어요",
        "giving away old furniture, how do I list it",
        "屋上庭園の見学はできますか",
        "ㅈㅅ합니다 제가 잘못 눌렀어요",
        "thanks for everything, that's all I needed",
        "みんなありがとう、助かりました",
        "감기약 한 통 샀어요 얼마예요",
        "아빠 출장 가서 이틀 동안 집에 없어요 택배 대신 받아 줄 수 있나요",
        "졸업 사진 찍는데 협조 부탁드려요",
        "시험 문제 또 틀릴까봐 걱정돼요",
        "머리 자르러 미용실 가는데 주차 되나요",
        "마지막으로 연락드린 게 언제였죠",
        "마지막으로 하나만 더 물어볼게요",
        "캠핑장에서 밖에서 자도 돼요?",
        "外で寝てもいいキャンプ場ある？",
        "도어락 비번 바꾸는 법",
        "아기 몸을 만졌더니 뜨거워요",
        "체육 선생님이 몸풀기 운동 알려줬어",
        "청년월세 지원 자격 되나요? 32살 혼자살고 중위소득 140%에요",
        "오늘 저녁은 피자해 먹자",
        "先生がいないほうが授業が楽しい",
    ],
)
def test_ordinary_phrases_are_not_taken_for_a_crisis(text: str):
    hit = default_rules().match(text)
    assert hit is None or hit.intent != "youth.crisis"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("안녕하세요!! ㅎㅎ", "greet"),
        ("ㅎㅇ", "greet"),
        ("こんばんは", "greet"),
        ("hi there", "greet"),
        ("고마워요~", "thanks"),
        ("ㄳ", "thanks"),
        ("Thank you!", "thanks"),
        ("ありがとうございます", "thanks"),
        ("네", "affirm"),
        ("yes please", "affirm"),
        ("はい、お願いします", "affirm"),
        ("OK 👍", "affirm"),
        ("아니요 됐어요", "deny"),
        ("No thanks", "deny"),
        ("いいえ", "deny"),
        ("안녕히 계세요", "goodbye"),
        ("bye!", "goodbye"),
        ("またね", "goodbye"),
        ("헬프", "help"),
        ("사용법 좀", "help"),
        ("menu", "help"),
        ("つかいかたおしえて", "help"),
    ],
)
def test_small_talk_phrases(text: str, intent: str):
    hit = default_rules().match(text)
    assert hit is not None and hit.intent == intent


@pytest.mark.parametrize(
    "text", ["네 감사합니다", "안녕하세요 자동차세 문의드려요", "ok so how much is the car tax"]
)
def test_mixed_or_longer_messages_are_left_to_the_classifier(text: str):
    hit = default_rules().match(text)
    assert hit is None


def test_normalise_strips_spacing_punctuation_emoji_and_laughs():
    assert normalise("안녕 하세요!! ㅋㅋㅋ 😊") == "안녕하세요"


def test_a_rule_hit_replaces_the_prediction_and_keeps_the_ranking_below_it():
    prediction = IntentPrediction("out_of_scope", 0.4, (("out_of_scope", 0.4), ("youth.counsel", 0.3)), 0.1)
    result = apply_rules(default_rules(), prediction, "죽고 싶어")
    assert (result.name, result.confidence, result.source.startswith("crisis:")) == (
        "youth.crisis",
        1.0,
        True,
    )
    assert [name for name, _ in result.ranking] == ["youth.crisis", "out_of_scope"]


def test_a_tax_due_date_needs_a_tax_or_a_payment_in_the_text():
    rules = default_rules()
    ranking = (("tax.due_dates", 0.5), ("info.question", 0.3), ("out_of_scope", 0.2))
    prediction = IntentPrediction("tax.due_dates", 0.5, ranking, 0.2)
    assert apply_rules(rules, prediction, "혼인신고 기한이 언제까지예요?").name == "info.question"
    assert apply_rules(rules, prediction, "재산세 언제까지 내요?").name == "tax.due_dates"


@pytest.mark.parametrize(
    ("text", "fallback"),
    [
        ("이사했더니 자동차세 고지서가 전에 살던 집으로 갔나봐요", "info.question"),
        ("애가 열나서 응급실 가느라 잠깐 세운건데 딱지 끊김 억울", "info.question"),
        ("배고파 죽겠음", "out_of_scope"),
        ("they towed my car and i got a parking fine, this is the worst", "info.question"),
    ],
)
def test_a_classifier_only_crisis_about_a_bill_a_fine_or_hyperbole_falls_to_the_next_intent(
    text: str, fallback: str
):
    ranking = (("youth.crisis", 0.3), (fallback, 0.25), ("youth.counsel", 0.2))
    result = apply_rules(default_rules(), IntentPrediction("youth.crisis", 0.3, ranking, 0.05), text)
    assert result.name == fallback


@pytest.mark.parametrize(
    "text",
    [
        "세금 독촉에 시달려서 죽고 싶어요",
        "예약이고 뭐고 다 끝내고 싶다",
        "I can't pay the tax bill, I want to die",
    ],
)
def test_a_crisis_said_in_words_stays_a_crisis_whatever_else_it_mentions(text: str):
    ranking = (("info.question", 0.6), ("youth.crisis", 0.3))
    result = apply_rules(default_rules(), IntentPrediction("info.question", 0.6, ranking, 0.3), text)
    assert result.name == "youth.crisis"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("대구 무더위쉼터 어디 있어요", "info.question"),
        ("how do I pay a parking fine in Incheon", "info.question"),
        ("東京の区役所で転入届を出したい", "info.question"),
        ("부산 테니스장 예약하고 싶어요", "reserve.book"),
    ],
)
def test_a_seoul_service_asked_about_another_city_is_out_of_scope(text: str, intent: str):
    prediction = IntentPrediction(intent, 0.7, ((intent, 0.7), ("out_of_scope", 0.2)), 0.5)
    result = apply_rules(default_rules(), prediction, text)
    assert (result.name, result.source) == ("out_of_scope", "outside_seoul")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("부산에서 서울로 이사 왔는데 전입신고는요?", "info.question"),
        ("경기도에서 이사 왔어요 전입신고 어떻게 해요", "info.question"),
        ("부산에 사는 고등학생인데 너무 우울해요", "youth.counsel"),
        ("잠실 경기장 대관 되나요", "reserve.search"),
    ],
)
def test_seoul_requests_and_counselling_keep_their_intent(text: str, intent: str):
    prediction = IntentPrediction(intent, 0.7, ((intent, 0.7), ("out_of_scope", 0.2)), 0.5)
    assert apply_rules(default_rules(), prediction, text).name == intent


@pytest.mark.parametrize(
    "text",
    [
        "메타버스 서울에서 너는 뭘 해 줄 수 있어?",
        "챗봇은 무슨 일을 도와줄 수 있어요",
        "what can you do for me?",
        "あなたは何ができますか",
    ],
)
def test_the_clerk_asked_what_it_can_do_is_help(text: str):
    hit = default_rules().match(text)
    assert hit is not None and hit.intent == "help"


@pytest.mark.parametrize(
    "text",
    [
        "What can you do about the noise upstairs?",
        "청년수당은 뭘 해 줄 수 있어?",
        "구청에서 뭘 할 수 있어요?",
    ],
)
def test_a_request_or_another_subject_is_not_taken_for_help(text: str):
    hit = default_rules().match(text)
    assert hit is None or hit.intent != "help"


def test_a_certificate_for_an_embassy_is_still_the_citys_but_an_embassy_service_is_not():
    rules = default_rules()
    assert not rules.outside_seoul(
        "cert.issue", "family relation certificate for the visa at the embassy please"
    )
    assert rules.outside_seoul("info.question", "how do I renew my passport at the US embassy")


@pytest.mark.parametrize(
    ("text", "allowed"),
    [
        ("강남역 근처 고깃집 토요일 저녁 4명 예약해줘", False),
        ("reserve a table at a steakhouse for tonight", False),
        ("book me a table at that bbq place in hongdae for friday 7pm", False),
        ("table for 4 at a korean bbq spot tonight", False),
        ("reserve a table tennis table at the community center", True),
        ("ホテルの予約をキャンセルしたい", False),
        ("마포구 테니스장 토요일 예약", True),
        ("book a bbq area at nanji camping", True),
        ("구민회관 노래교실 예약", True),
    ],
)
def test_a_booking_at_a_private_venue_is_not_the_reservation_systems(text: str, allowed: bool):
    rules = default_rules()
    assert all(
        rules.allows(intent, text) is allowed
        for intent in ("reserve.book", "reserve.search", "reserve.cancel")
    )
