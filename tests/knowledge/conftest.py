"""A small corpus written for the tests, indexed once per session (real e5 embeddings, real Kiwi)."""

from __future__ import annotations

from pathlib import Path

import pytest

from intents.embedder import E5Embedder
from knowledge.corpus import Corpus
from knowledge.retriever import HybridRetriever, RetrievalConfig

PASSAGES = {
    ("civil/moving-in-report", "ko"): (
        "전입신고 하는 곳과 기한",
        "이사한 날부터 14일 이내에 전입신고를 해야 합니다. "
        "새 주소지 주민센터를 방문하거나 정부24에서 온라인으로 신고할 수 있습니다. "
        "기한을 넘기면 과태료가 부과될 수 있습니다.",
    ),
    ("civil/moving-in-report", "en"): (
        "Moving-in report",
        "File a moving-in report within 14 days of moving. "
        "Visit the community service center of your new address or use Government24 online.",
    ),
    ("living/bulky-waste", "ko"): (
        "대형폐기물 배출 방법",
        "소파나 장롱 같은 대형폐기물은 구청 누리집에서 배출 신고를 하고 "
        "수수료를 낸 뒤 스티커를 붙여 내놓습니다. 신고 번호를 적어 두면 편리합니다.",
    ),
    ("tax/car-tax-rates", "ko"): (
        "자동차세 세율",
        "비영업용 승용차 자동차세는 배기량 1cc당 1,600cc 초과는 200원입니다. "
        "지방교육세는 자동차세의 30%입니다. "
        "자동차세가 궁금하면 서울시 세금 콜센터(1566-3900)에 물어보세요.",
    ),
    ("youth/crisis-lines", "ko"): (
        "청소년 위기 상담 전화",
        "죽고 싶을 만큼 힘들 때는 109 자살예방상담전화로 24시간 연락할 수 있습니다. "
        "청소년은 1388에서도 상담을 받을 수 있습니다.",
    ),
}

TAGS = {
    "civil/moving-in-report": ("moving", "resident_registration"),
    "living/bulky-waste": ("waste", "moving"),
    "tax/car-tax-rates": ("car_tax", "tax_rate"),
    "youth/crisis-lines": ("crisis", "hotline"),
}


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    for (doc_id, lang), (title, text) in PASSAGES.items():
        path = root / f"{doc_id}.{lang}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        assistant = "[youth, counselor120]" if doc_id.startswith("youth") else "[counselor120, tax]"
        tags = "[" + ", ".join(TAGS[doc_id]) + "]"
        path.write_text(
            f"---\nid: {doc_id}\ntitle: {title}\nlang: {lang}\nassistant: {assistant}\ntags: {tags}\n"
            f"source_url: https://example.org/{doc_id}\nupdated: 2026-11-01\n---\n{text}\n",
            encoding="utf-8",
        )
    return root


class CountingEmbedder(E5Embedder):
    """The real embedder, counting how many texts it was asked to embed."""

    def __init__(self) -> None:
        super().__init__()
        self.embedded = 0

    def run(self, texts, role):
        self.embedded += len(texts)
        return super().run(texts, role)


@pytest.fixture(scope="session")
def retriever(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> HybridRetriever:
    # A five-passage corpus scores lower than the real one: its no-answer threshold is set lower too.
    instance = HybridRetriever(
        CountingEmbedder(),
        tmp_path_factory.mktemp("index"),
        Corpus(corpus_dir),
        RetrievalConfig(min_dense_score=0.82),
    )
    instance.warm_up()
    return instance
