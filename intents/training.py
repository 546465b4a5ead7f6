"""Builds the intent model from the Rasa YAML under `intents/data/`, cached by the data's fingerprint."""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import joblib

from intents.classifier import IntentHead
from intents.embedder import Embedder
from intents.embedding_cache import EmbeddingCache, Progress
from intents.kana import READINGS_FILE, model_text
from intents.mentions import mentions_of
from intents.rasa_nlu import NLUData, read_nlu

if TYPE_CHECKING:
    from intents.head_training import HeadConfig

DATA_DIR = Path(__file__).parent / "data"
TRAINER_VERSION = "6"  # 3: kana/width-folded n-grams; 4: fixed channel weight; 5: mentions; 6: numpy head


@dataclass
class IntentModel:
    """What `clerks build` writes and the recogniser loads."""

    fingerprint: str
    embedder: str
    head: IntentHead
    data: NLUData
    examples: int
    seconds: float


def data_files(data_dir: Path) -> list[Path]:
    return sorted([*data_dir.glob("*.yml"), *data_dir.glob("*.yaml")])


def fingerprint(data_dir: Path, embedder_name: str) -> str:
    """Hash of the training files, the kana readings, the embedder and the trainer version: a changed input
    means retrain."""
    digest = hashlib.sha256(f"{TRAINER_VERSION}\x00{embedder_name}".encode())
    digest.update(READINGS_FILE.read_bytes())
    for path in data_files(data_dir):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:20]


def _embedder_slug(embedder_name: str) -> str:
    return hashlib.sha1(embedder_name.encode()).hexdigest()[:8]


def model_path(model_dir: Path, data_dir: Path, embedder_name: str) -> Path:
    return (
        model_dir / f"intents-{_embedder_slug(embedder_name)}-{fingerprint(data_dir, embedder_name)}.joblib"
    )


def train(
    data: NLUData,
    embedder: Embedder,
    cache_dir: Path,
    progress: Progress | None = None,
    config: HeadConfig | None = None,
) -> tuple[IntentHead, float]:
    """Embed every example (`query:` role, cached) and train the head; returns the head and seconds taken.
    scikit-learn is imported here, to train, so that serving a built model never imports it."""
    from intents.head_training import train_head

    started = time.perf_counter()
    texts = [e.text for e in data.examples]
    read = [model_text(t) for t in texts]
    vectors = EmbeddingCache(cache_dir, embedder).embed(read, "query", progress)
    if progress:
        progress("training", 0, 1)
    head = train_head(vectors, read, [e.intent for e in data.examples], config, mentions_of(texts))
    if progress:
        progress("training", 1, 1)
    return head, time.perf_counter() - started


def build_intent_model(
    embedder: Embedder,
    model_dir: Path,
    data_dir: Path = DATA_DIR,
    progress: Progress | None = None,
    force: bool = False,
) -> Path:
    """Train and save the model unless one for this exact data already exists; returns its path."""
    path = model_path(model_dir, data_dir, embedder.name)
    if path.exists() and not force:
        return path
    data = read_nlu(data_dir)
    head, seconds = train(data, embedder, model_dir, progress)
    model = IntentModel(
        fingerprint=fingerprint(data_dir, embedder.name),
        embedder=embedder.name,
        head=head,
        data=data,
        examples=len(data.examples),
        seconds=seconds,
    )
    model_dir.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")  # two processes building at once never share a file
    joblib.dump(model, tmp)
    tmp.replace(path)
    for stale in model_dir.glob(f"intents-{_embedder_slug(embedder.name)}-*.joblib"):
        if stale != path:
            stale.unlink(missing_ok=True)
    return path
