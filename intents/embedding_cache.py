"""On-disk cache of sentence vectors keyed by (embedder, role, text hash): rebuilds embed only what changed."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import numpy as np

from intents.embedder import Embedder, Role

Progress = Callable[[str, int, int], None]


def text_key(role: Role, text: str) -> str:
    return hashlib.sha1(f"{role}\x00{text}".encode()).hexdigest()


class EmbeddingCache:
    """A `.npz` of keys and vectors per embedder; `embed` fills what is missing and saves."""

    def __init__(self, directory: Path, embedder: Embedder) -> None:
        safe = hashlib.sha1(embedder.name.encode()).hexdigest()[:12]
        self.path = directory / f"embeddings-{safe}.npz"
        self.embedder = embedder
        self._vectors: dict[str, np.ndarray] = {}
        if self.path.exists():
            with np.load(self.path) as stored:
                self._vectors = dict(zip(stored["keys"].tolist(), stored["vectors"], strict=True))

    def embed(
        self, texts: list[str], role: Role, progress: Progress | None = None, batch: int = 64
    ) -> np.ndarray:
        keys = [text_key(role, t) for t in texts]
        missing = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in self._vectors}.items())
        for i in range(0, len(missing), batch):
            chunk = missing[i : i + batch]
            vectors = self.embedder.run([t for _, t in chunk], role)
            self._vectors.update({k: v for (k, _), v in zip(chunk, vectors, strict=True)})
            if progress:
                progress("embedding", min(i + batch, len(missing)), len(missing))
        if missing:
            self.save()
        return np.stack([self._vectors[k] for k in keys]) if keys else np.zeros((0, 384), dtype=np.float32)

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp.npz")
        keys = np.array(list(self._vectors))
        np.savez(tmp, keys=keys, vectors=np.stack(list(self._vectors.values())))
        tmp.replace(self.path)
