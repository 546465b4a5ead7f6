"""LangChain users get the knowledge base as a BaseRetriever returning cited Documents."""

from __future__ import annotations

from langchain_core.documents import Document

from knowledge.langchain_retriever import SeoulKnowledgeRetriever
from knowledge.retriever import HybridRetriever


def test_invoke_returns_documents_with_citation_metadata(retriever: HybridRetriever):
    documents = SeoulKnowledgeRetriever(retriever=retriever, k=2, lang="en").invoke(
        "moving-in report deadline"
    )
    assert documents and isinstance(documents[0], Document)
    first = documents[0]
    assert first.metadata["doc_id"] == "civil/moving-in-report" and first.metadata["lang"] == "en"
    assert first.metadata["source_url"].startswith("https://") and "14 days" in first.page_content


def test_tags_limit_the_documents_a_chain_sees(retriever: HybridRetriever):
    documents = SeoulKnowledgeRetriever(retriever=retriever, k=5, tags=frozenset({"waste"})).invoke(
        "이사할 때 해야 할 일"
    )
    assert [d.metadata["doc_id"] for d in documents] == ["living/bulky-waste"]
