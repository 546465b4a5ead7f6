"""`clerks build`: train the intent model and build the knowledge index, skipping what is up to date."""

from __future__ import annotations

import time

import typer
from rich.console import Console

from channels.cli.progress import progress_bar
from intents.embedder import make_embedder
from intents.training import DATA_DIR, build_intent_model, model_path
from knowledge.corpus import Corpus
from knowledge.index import build_knowledge_index
from knowledge.index import fingerprint as knowledge_fingerprint
from services.settings import get_settings

console = Console()


def build(
    force: bool = typer.Option(False, "--force", help="Rebuild even when the cache is current."),
) -> None:
    """Build what the clerks need (intent model, indexes) with progress; cached by the data's hash."""
    settings = get_settings()
    embedder = make_embedder(settings.embedder)
    started = time.perf_counter()
    target = model_path(settings.model_dir, DATA_DIR, embedder.name)
    if target.exists() and not force:
        console.print(f"intent model up to date: {target}")
    else:
        with progress_bar("intents") as report:
            path = build_intent_model(embedder, settings.model_dir, progress=report, force=force)
        console.print(f"intent model built: {path} ({time.perf_counter() - started:.1f} s)")
    corpus = Corpus()
    started = time.perf_counter()
    target = settings.index_dir / knowledge_fingerprint(corpus, embedder.name)
    if (target / "meta.json").exists() and not force:
        console.print(f"knowledge index up to date: {target} ({len(corpus.passages())} passages)")
    else:
        with progress_bar("knowledge") as report:
            path = build_knowledge_index(corpus, embedder, settings.index_dir, progress=report, force=force)
        console.print(f"knowledge index built: {path} ({time.perf_counter() - started:.1f} s)")
