"""Extractive answers without an LLM: the best sentences of the best passage, in the citizen's language when a
translation exists, with the passage cited. Nothing is said that the passage does not say."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from knowledge.answer_type import asks_for_contact, asks_for_number, focus_tags, states_contact, states_number
from knowledge.corpus import Passage
from knowledge.retriever import HybridRetriever, Retrieval, Scope


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
        self,
        retriever: HybridRetriever,
        max_sentences: int = 3,
        scope_margin: float = 0.02,
        topic_margin: float = 0.05,
        number_bonus: float = 0.03,
        contact_bonus: float = 0.05,
    ) -> None:
        """`scope_margin`/`topic_margin`: how much closer another passage must match (dense cosine) to be
        preferred over the clerk's own passage / over one on the recognised request's topic."""
        self.retriever = retriever
        self.max_sentences = max_sentences
        self.scope_margin = scope_margin
        self.topic_margin = topic_margin
        self.number_bonus = number_bonus
        self.contact_bonus = contact_bonus

    def warm_up(self) -> None:
        self.retriever.warm_up()

    def run(
        self,
        question: str,
        vector: np.ndarray | None,
        locale: str,
        assistant: str | None = None,
        overrules: float | None = None,
        topics: tuple[frozenset[str], ...] = (),
        follow_up: bool = False,
        missions: bool = True,
    ) -> KnowledgeAnswer:
        """The cited answer, or an empty one; `overrules` (the classifier's out-of-scope confidence) asks for
        a near-exact match, the stricter the surer the classifier was (see RetrievalConfig).

        Preferred, in order: passages tagged with each of `topics` (what the recognised request is about,
        most specific first), then the clerk's own passages, then the whole corpus. A preferred passage
        answers unless another matches clearly better: asked about a moving-in report, the reservation
        clerk answers from the 120 centre's passage. A `follow_up` (details for the request just answered:
        "만 28세고 구직 중이에요") stays on its topic: the first topic with a passage answers, however close."""
        if follow_up and topics:
            scopes = [Scope(assistant, t) for t in topics]
            on_topic = self.retriever.search(
                question, vector, scopes, k=3, depth=self._rows(), missions=missions
            )
            if chosen := next((r for r in on_topic if r.hits), None):
                return self._compose(chosen, vector, locale, question)
        focus = focus_tags(question)
        if focus:
            topics = (*(t | focus for t in topics if t), *topics, focus)
        preferred = [(Scope(assistant, tags), self.topic_margin) for tags in topics if tags]
        preferred += [(Scope(assistant), self.scope_margin)] if assistant else []
        *found, overall = self.retriever.search(
            question, vector, [s for s, _ in preferred] + [Scope()], k=3, missions=missions
        )
        retrieval = next(
            (
                r
                for r, (_, margin) in zip(found, preferred, strict=True)
                if r.answerable and r.best_dense >= overall.best_dense - margin
            ),
            overall,
        )
        floor = 0.0 if overrules is None else self.retriever.config.overrule_floor(overrules)
        if not retrieval.answerable or retrieval.best_dense < floor:
            return KnowledgeAnswer()
        return self._compose(retrieval, vector, locale, question)

    def cite(self, doc_id: str, locale: str) -> KnowledgeAnswer:
        """The whole passage `doc_id`, in the citizen's language when translated: for answers that must not
        depend on how a question was phrased (the crisis lines)."""
        self.retriever.warm_up()
        passage = self.retriever.corpus.get(doc_id, locale)
        if passage is None:
            return KnowledgeAnswer()
        index = self.retriever.index
        assert index is not None
        positions = np.flatnonzero(index.sentence_rows == self._row(passage))
        return KnowledgeAnswer(
            sentences=tuple(index.sentences[i] for i in positions),
            passage=passage,
            citations=(Citation(passage.id, passage.title, 1.0, passage.lang),),
            translated=passage.lang == locale,
        )

    def _rows(self) -> int:
        self.retriever.warm_up()
        assert self.retriever.index is not None
        return len(self.retriever.index)

    def _row(self, passage: Passage) -> int:
        index = self.retriever.index
        assert index is not None
        return next(i for i, p in enumerate(index.passages) if p.key == passage.key)

    def _compose(
        self, retrieval: Retrieval, vector: np.ndarray | None, locale: str, question: str = ""
    ) -> KnowledgeAnswer:
        index = self.retriever.index
        assert index is not None
        top = retrieval.hits[0]
        passage = self.retriever.corpus.get(top.doc_id, locale) or index.passages[top.row]
        related = tuple(
            Citation(h.doc_id, h.title, round(h.dense_score, 4), index.passages[h.row].lang)
            for h in retrieval.hits[1:3]
        )
        return self._quote(passage, vector, locale, top.dense_score, related, question)

    def continue_from(self, doc_id: str, vector: np.ndarray | None, locale: str) -> KnowledgeAnswer:
        """Details for the answer just given ("만 28세고 구직 중이에요" after the allowance rules): the same
        passage, quoted by the sentences closest to them."""
        self.retriever.warm_up()
        passage = self.retriever.corpus.get(doc_id, locale)
        if passage is None:
            return KnowledgeAnswer()
        return self._quote(passage, vector, locale, 1.0)

    def _quote(
        self,
        passage: Passage,
        vector: np.ndarray | None,
        locale: str,
        score: float,
        related: tuple[Citation, ...] = (),
        question: str = "",
    ) -> KnowledgeAnswer:
        """The passage's lead sentence and those closest to the question, in passage order; a question about a
        number prefers sentences that state one, a question for a phone number those that give one."""
        index = self.retriever.index
        assert index is not None
        positions = np.flatnonzero(index.sentence_rows == self._row(passage))
        if vector is None or vector.size == 0:
            vector = self.retriever.embedder.run([passage.title], "query")[0]
        scores = index.sentence_vectors[positions] @ vector
        if question and asks_for_number(question):
            scores += self.number_bonus * np.array([states_number(index.sentences[i]) for i in positions])
        if question and asks_for_contact(question):
            scores += self.contact_bonus * np.array([states_contact(index.sentences[i]) for i in positions])
        scores[0] += 1.0  # the lead sentence states the topic; keep it, then the closest others
        chosen = sorted(positions[np.argsort(-scores)[: self.max_sentences]])
        cite = Citation(doc_id=passage.id, title=passage.title, score=round(score, 4), lang=passage.lang)
        return KnowledgeAnswer(
            sentences=tuple(index.sentences[i] for i in chosen),
            passage=passage,
            citations=(cite,),
            translated=passage.lang == locale,
            related=related,
        )
