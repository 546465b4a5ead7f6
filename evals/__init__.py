"""Evaluation: dialog suites, NLU and retrieval reports, and benchmarks, driven through the public API/CLI."""
