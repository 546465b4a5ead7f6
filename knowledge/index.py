"""The knowledge index: BM25 over lexical tokens, dense passage vectors in FAISS, sentence vectors for answers.

Built by `clerks build` into `var/index/<fingerprint>/`; a passage is embedded again only when its text
changed (content-hash embedding cache), BM25 and FAISS are rebuilt from the vectors in a second or two.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import bm25s
import faiss
import numpy as np

from intents.embedder import Embedder
from intents.embedding_cache import EmbeddingCache, Progress
from knowledge.corpus import AskedQuestion, Corpus, Passage
from knowledge.sentences import split_sentences
from knowledge.tokenize import LexicalTokenizer

INDEX_VERSION = "3"


def passage_text(passage: Passage) -> str:
    return f"{passage.title}\n{passage.text}"


def fingerprint(corpus: Corpus, embedder_name: str) -> str:
    digest = hashlib.sha256(f"{INDEX_VERSION}\x00{LexicalTokenizer.version}\x00{embedder_name}\x00".encode())
    digest.update(corpus.fingerprint().encode())
    return digest.hexdigest()[:20]


@dataclass
class KnowledgeIndex:
    """Everything retrieval needs, rows aligned: passage i has dense row i and BM25 document i;
    asked question j points at passage row `question_rows[j]` (its language's version, else the Korean one)."""

    fingerprint: str
    passages: list[Passage]
    dense: faiss.Index
    bm25: bm25s.BM25
    sentence_rows: np.ndarray
    sentences: list[str]
    sentence_vectors: np.ndarray
    question_rows: np.ndarray
    question_vectors: np.ndarray
    build_seconds: float = 0.0

    def __len__(self) -> int:
        return len(self.passages)

    @cached_property
    def questions_dense(self) -> faiss.Index:
        """Asked-question vectors in FAISS (numpy's BLAS threads would spin against the embedder's)."""
        return flat_index(self.question_vectors)


def flat_index(vectors: np.ndarray) -> faiss.Index:
    index = faiss.IndexFlatIP(vectors.shape[1])
    index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return index


def question_rows(passages: list[Passage], questions: list[AskedQuestion]) -> np.ndarray:
    """The passage row each asked question belongs to: its own language's version, else the Korean one."""
    rows = {p.key: row for row, p in enumerate(passages)}
    found = [rows.get(f"{q.doc_id}@{q.lang}", rows.get(f"{q.doc_id}@ko")) for q in questions]
    return np.asarray([-1 if r is None else r for r in found], dtype=np.int32)


def build(
    passages: list[Passage],
    embedder: Embedder,
    tokenizer: LexicalTokenizer,
    cache_dir: Path,
    fp: str = "adhoc",
    progress: Progress | None = None,
    questions: list[AskedQuestion] | None = None,
) -> KnowledgeIndex:
    """An in-memory index over `passages` (vectors come from the cache when the text is unchanged).

    Asked questions are embedded in the `query:` role (question to question similarity) and their words
    join their passage's BM25 document."""
    started = time.perf_counter()
    cache = EmbeddingCache(cache_dir, embedder)
    asked_rows = question_rows(passages, questions or [])
    asked = [q for q, row in zip(questions or [], asked_rows, strict=True) if row >= 0]
    asked_rows = asked_rows[asked_rows >= 0]
    vectors = cache.embed([passage_text(p) for p in passages], "passage", progress)
    sentence_rows, sentences = [], []
    for row, passage in enumerate(passages):
        for sentence in split_sentences(passage.text):
            sentence_rows.append(row)
            sentences.append(sentence)
    sentence_vectors = cache.embed(sentences, "passage", progress)
    dense = flat_index(vectors)
    question_vectors = cache.embed([q.text for q in asked], "query", progress)
    extra = [[] for _ in passages]
    for question, row in zip(asked, asked_rows, strict=True):
        extra[row].append(question.text)
    tokens = [
        tokenizer.run(" ".join([p.title, p.title, p.text, *more]))
        for p, more in zip(passages, extra, strict=True)
    ]
    bm25 = bm25s.BM25()
    bm25.index(tokens, show_progress=False)
    return KnowledgeIndex(
        fingerprint=fp,
        passages=list(passages),
        dense=dense,
        bm25=bm25,
        sentence_rows=np.asarray(sentence_rows, dtype=np.int32),
        sentences=sentences,
        sentence_vectors=sentence_vectors,
        question_rows=asked_rows.astype(np.int32),
        question_vectors=question_vectors.reshape(-1, vectors.shape[1]),
        build_seconds=time.perf_counter() - started,
    )


def save(index: KnowledgeIndex, index_dir: Path) -> Path:
    """Write `index_dir/<fingerprint>/` and point `current.json` at it; older builds are removed."""
    target = index_dir / index.fingerprint
    tmp = index_dir / f".{index.fingerprint}.{os.getpid()}.tmp"  # builds in two processes never share it
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    faiss.write_index(index.dense, str(tmp / "dense.faiss"))
    index.bm25.save(str(tmp / "bm25"), show_progress=False)
    np.save(tmp / "sentence_vectors.npy", index.sentence_vectors)
    np.save(tmp / "sentence_rows.npy", index.sentence_rows)
    np.save(tmp / "question_rows.npy", index.question_rows)
    np.save(tmp / "question_vectors.npy", index.question_vectors)
    meta = {
        "fingerprint": index.fingerprint,
        "passages": [p.key for p in index.passages],
        "sentences": index.sentences,
        "build_seconds": index.build_seconds,
    }
    (tmp / "meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    shutil.rmtree(target, ignore_errors=True)
    try:
        tmp.replace(target)
    except OSError:  # another process saved the same build (same fingerprint, same content) meanwhile
        shutil.rmtree(tmp, ignore_errors=True)
    pointer = index_dir / f"current.json.{os.getpid()}.tmp"
    pointer.write_text(json.dumps({"fingerprint": index.fingerprint}), encoding="utf-8")
    pointer.replace(index_dir / "current.json")
    for old in index_dir.iterdir():
        if old.is_dir() and old.name not in (index.fingerprint,) and not old.name.startswith("."):
            shutil.rmtree(old, ignore_errors=True)
    return target


def load(index_dir: Path, corpus: Corpus, fp: str) -> KnowledgeIndex | None:
    """The saved index for fingerprint `fp`, or None when it is missing (or built from other data)."""
    target = index_dir / fp
    if not (target / "meta.json").exists():
        return None
    meta = json.loads((target / "meta.json").read_text(encoding="utf-8"))
    by_key = {p.key: p for p in corpus.passages()}
    if any(key not in by_key for key in meta["passages"]):
        return None
    return KnowledgeIndex(
        fingerprint=fp,
        passages=[by_key[key] for key in meta["passages"]],
        dense=faiss.read_index(str(target / "dense.faiss")),
        bm25=bm25s.BM25.load(str(target / "bm25"), show_progress=False),
        sentence_rows=np.load(target / "sentence_rows.npy"),
        sentences=meta["sentences"],
        sentence_vectors=np.load(target / "sentence_vectors.npy"),
        question_rows=np.load(target / "question_rows.npy"),
        question_vectors=np.load(target / "question_vectors.npy"),
        build_seconds=meta["build_seconds"],
    )


def build_knowledge_index(
    corpus: Corpus, embedder: Embedder, index_dir: Path, progress: Progress | None = None, force: bool = False
) -> Path:
    """Build and save unless the current corpus is already indexed; returns the index folder."""
    fp = fingerprint(corpus, embedder.name)
    if not force and (index_dir / fp / "meta.json").exists():
        return index_dir / fp
    tokenizer = LexicalTokenizer()
    index = build(corpus.passages(), embedder, tokenizer, index_dir, fp, progress, corpus.questions())
    return save(index, index_dir)
