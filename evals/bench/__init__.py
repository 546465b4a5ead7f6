"""Benchmarks (`make bench`): each section measures one target and returns its figures."""
