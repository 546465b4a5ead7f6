"""One utterance understood (language + intent + slots) in-process, as a turn runs it."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

from evals.bench.stats import percentiles
from evals.loading import load_suites
from intents.embedder import make_embedder
from intents.recogniser import IntentRecogniser
from intents.understanding import NLU
from services.settings import get_settings

SUITES = Path(__file__).resolve().parents[1] / "suites"


def run() -> dict[str, object]:
    settings = get_settings()
    embedder = make_embedder(settings.embedder)
    nlu = NLU(embedder, IntentRecogniser(embedder, settings.model_dir))
    started = time.perf_counter()
    nlu.warm_up()
    load_s = time.perf_counter() - started
    texts = [d.turns[0].user for s in load_suites([SUITES]) for d in s.dialogs if s.name.startswith("nlu")]
    for text in texts[:20]:
        nlu.run(text, date(2026, 11, 25))
    samples, embedding_only = [], []
    for text in texts:  # interleaved, so machine noise hits both figures alike
        started = time.perf_counter()
        nlu.run(text, date(2026, 11, 25))
        samples.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        embedder.run([text], "query")
        embedding_only.append((time.perf_counter() - started) * 1000)
    return {
        "nlu_latency_ms": percentiles(samples),
        "embedding_only_ms": percentiles(embedding_only),
        "nlu_warm_up_s": round(load_s, 2),
    }
