"""The knowledge base: Markdown corpus, lexical + dense indexes, retrieval and cited extractive answers."""
