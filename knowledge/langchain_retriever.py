"""A LangChain `BaseRetriever` over the knowledge base, for chains that want Seoul's cited passages."""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from knowledge.retriever import HybridRetriever


class SeoulKnowledgeRetriever(BaseRetriever):
    """Hybrid retrieval as LangChain documents; `metadata` carries doc_id, title, lang, score and source_url."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    retriever: HybridRetriever
    k: int = 4
    assistant: str | None = None
    tags: frozenset[str] = frozenset()
    lang: str = "ko"

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun, **kwargs: Any
    ) -> list[Document]:
        result = self.retriever.run(query, k=self.k, assistant=self.assistant, tags=self.tags)
        documents = []
        for hit in result.hits:
            passage = self.retriever.corpus.get(hit.doc_id, self.lang)
            if passage is None:
                continue
            documents.append(
                Document(
                    page_content=passage.text,
                    metadata={
                        "doc_id": passage.id,
                        "title": passage.title,
                        "lang": passage.lang,
                        "score": hit.score,
                        "dense_score": hit.dense_score,
                        "source_url": passage.source_url,
                        "answerable": result.answerable,
                    },
                )
            )
        return documents
