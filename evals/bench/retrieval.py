"""Retrieval latency at the real corpus size and on a synthetic 20,000-passage scale-up, with build times."""

from __future__ import annotations

import random
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import bm25s
import faiss
import numpy as np

from evals.bench.stats import percentiles
from evals.retrieval_eval import load_questions
from intents.embedder import make_embedder
from knowledge.index import KnowledgeIndex, build
from knowledge.retriever import HybridRetriever
from knowledge.tokenize import LexicalTokenizer
from services.settings import get_settings


def _latencies(retriever: HybridRetriever, texts: list[str], vectors: np.ndarray) -> dict[str, float]:
    samples = []
    for text, vector in zip(texts, vectors, strict=True):
        started = time.perf_counter()
        retriever.run(text, vector=vector, k=5)
        samples.append((time.perf_counter() - started) * 1000)
    return percentiles(samples)


def _scaled(
    index: KnowledgeIndex, tokenizer: LexicalTokenizer, size: int, seed: int = 7
) -> tuple[KnowledgeIndex, float]:
    """`size` synthetic passages mixing real sentences of one language; vectors = mean of their sentences';
    each gets as many asked questions as a real passage has on average (real question vectors, reassigned)."""
    rng = random.Random(seed)
    by_lang: dict[str, list[int]] = {}
    for i, row in enumerate(index.sentence_rows):
        by_lang.setdefault(index.passages[row].lang, []).append(i)
    started = time.perf_counter()
    passages, vectors, tokens = (
        list(index.passages),
        [index.dense.reconstruct(i) for i in range(len(index))],
        [],
    )
    per_passage = max(1, round(len(index.question_rows) / len(index)))
    question_rows, question_picks = [index.question_rows], []
    for n in range(size - len(index)):
        base = index.passages[rng.randrange(len(index))]
        picked = rng.sample(by_lang[base.lang], k=4)
        text = " ".join(index.sentences[i] for i in picked)
        vector = index.sentence_vectors[picked].mean(axis=0)
        passages.append(replace(base, id=f"synthetic/{n}", text=text, path=f"synthetic/{n}"))
        vectors.append(vector / np.linalg.norm(vector))
        if len(index.question_rows):
            question_picks.extend(rng.randrange(len(index.question_rows)) for _ in range(per_passage))
            question_rows.append(np.full(per_passage, len(passages) - 1, dtype=np.int32))
    tokens = [tokenizer.run(f"{p.title} {p.title} {p.text}") for p in passages]
    dense = faiss.IndexFlatIP(index.sentence_vectors.shape[1])
    dense.add(np.asarray(vectors, dtype=np.float32))
    bm25 = bm25s.BM25()
    bm25.index(tokens, show_progress=False)
    scaled = replace(
        index,
        passages=passages,
        dense=dense,
        bm25=bm25,
        question_rows=np.concatenate(question_rows),
        question_vectors=np.concatenate([index.question_vectors, index.question_vectors[question_picks]]),
    )
    return scaled, time.perf_counter() - started


def run(size: int = 20_000) -> dict[str, object]:
    settings = get_settings()
    embedder = make_embedder(settings.embedder)
    retriever = HybridRetriever(embedder, settings.index_dir)
    retriever.warm_up()
    assert retriever.index is not None
    questions = [q.text for q in load_questions()]
    vectors = embedder.run(questions, "query")
    with_embedding = []
    for text in questions[:100]:
        started = time.perf_counter()
        retriever.run(text, k=5)
        with_embedding.append((time.perf_counter() - started) * 1000)
    real = _latencies(retriever, questions, vectors)
    with tempfile.TemporaryDirectory():
        started = time.perf_counter()
        rebuilt = build(
            retriever.corpus.passages(),
            embedder,
            retriever.tokenizer,
            settings.index_dir,
            questions=retriever.corpus.questions(),
        )
        warm_rebuild = time.perf_counter() - started
    scaled, scaled_build = _scaled(rebuilt, retriever.tokenizer, size)
    big = HybridRetriever(embedder, Path(settings.index_dir), retriever.corpus)
    big.use(scaled)
    big.tokenizer = retriever.tokenizer
    return {
        "retrieval": {
            "passages": len(retriever.index),
            "questions": len(questions),
            "latency_ms_vector_reused": real,
            "latency_ms_with_query_embedding": percentiles(with_embedding),
            "index_build_s_cold": round(retriever.index.build_seconds, 1),
            "index_rebuild_s_unchanged_texts": round(warm_rebuild, 2),
            "scaled_passages": len(scaled),
            "scaled_build_s_tokenize_bm25_faiss": round(scaled_build, 1),
            "scaled_latency_ms_vector_reused": _latencies(big, questions, vectors),
        }
    }
