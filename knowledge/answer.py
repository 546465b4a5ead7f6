"""Extractive answers without an LLM: the best sentences of the best passage, in the citizen's language when a
translation exists, with the passage cited. Nothing is said that the passage does not say."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from knowledge.corpus import Passage
from knowledge.retriever import HybridRetriever, Retrieval


@dataclass(frozen=True)
class Citation:
    doc_id: str
    title: str
    score: float
    lang: str


@dataclass(frozen=True)
class KnowledgeAnswer:
    """Sentences quoted from `passage` (None when the knowledge base has no good answer)."""

    sentences: tuple[str, ...] = ()
    passage: Passage | None = None
    citations: tuple[Citation, ...] = ()
    translated: bool = True
    related: tuple[Citation, ...] = field(default_factory=tuple)

    @property
    def answered(self) -> bool:
        return bool(self.sentences)


class ExtractiveAnswerer:
    """Component: retrieval (reusing the turn's query vector) + sentence selection by similarity."""

    def __init__(
        self, retriever: HybridRetriever, max_sentences: int = 3, scope_margin: float = 0.02
    ) -> None:
        self.retriever = retriever
        self.max_sentences = max_sentences
        self.scope_margin = scope_margin

    def warm_up(self) -> None:
        self.retriever.warm_up()

    def run(
        self,
        question: str,
        vector: np.ndarray | None,
        locale: str,
        assistant: str | None = None,
        confident: bool = False,
    ) -> KnowledgeAnswer:
        """The cited answer, or an empty one; `confident` asks for a near-exact match (see RetrievalConfig).

        A clerk's own passages are preferred unless another area's passage matches clearly better: asked
        about a moving-in report, the reservation clerk answers from the 120 centre's passage."""
        retrieval = self.retriever.run(question, vector, k=3)
        if assistant:
            own = self.retriever.run(question, vector, k=3, assistant=assistant)
            if own.answerable and own.best_dense >= retrieval.best_dense - self.scope_margin:
                retrieval = own
        floor = self.retriever.config.confident_dense_score if confident else 0.0
        if not retrieval.answerable or retrieval.best_dense < floor:
            return KnowledgeAnswer()
        return self._compose(retrieval, vector, locale)

    def _compose(self, retrieval: Retrieval, vector: np.ndarray | None, locale: str) -> KnowledgeAnswer:
        index = self.retriever.index
        assert index is not None
        top = retrieval.hits[0]
        passage = self.retriever.corpus.get(top.doc_id, locale) or index.passages[top.row]
        row = next(i for i, p in enumerate(index.passages) if p.key == passage.key)
        mask = index.sentence_rows == row
        positions = np.flatnonzero(mask)
        if vector is None or vector.size == 0:
            vector = self.retriever.embedder.run([passage.title], "query")[0]
        scores = index.sentence_vectors[positions] @ vector
        scores[0] += 1.0  # the lead sentence states the topic; keep it, then the closest others
        chosen = sorted(positions[np.argsort(-scores)[: self.max_sentences]])
        cite = Citation(
            doc_id=passage.id, title=passage.title, score=round(top.dense_score, 4), lang=passage.lang
        )
        related = tuple(
            Citation(h.doc_id, h.title, round(h.dense_score, 4), index.passages[h.row].lang)
            for h in retrieval.hits[1:3]
        )
        return KnowledgeAnswer(
            sentences=tuple(index.sentences[i] for i in chosen),
            passage=passage,
            citations=(cite,),
            translated=passage.lang == locale,
            related=related,
        )
