"""The index is saved, loaded back, and rebuilt incrementally: only changed passages are embedded again."""

from __future__ import annotations

import shutil
from pathlib import Path

from knowledge.corpus import Corpus
from knowledge.index import build_knowledge_index, fingerprint, load
from tests.knowledge.conftest import CountingEmbedder


def test_save_load_and_incremental_rebuild(corpus_dir: Path, tmp_path: Path):
    corpus_copy = tmp_path / "corpus"
    shutil.copytree(corpus_dir, corpus_copy)
    embedder = CountingEmbedder()
    index_dir = tmp_path / "index"
    build_knowledge_index(Corpus(corpus_copy), embedder, index_dir)
    first = embedder.embedded
    assert first > 5

    loaded = load(index_dir, Corpus(corpus_copy), fingerprint(Corpus(corpus_copy), embedder.name))
    assert loaded is not None and len(loaded) == 5 and loaded.sentences

    assert build_knowledge_index(Corpus(corpus_copy), embedder, index_dir) and embedder.embedded == first

    path = corpus_copy / "tax" / "car-tax-rates.ko.md"
    path.write_text(
        path.read_text(encoding="utf-8").replace("30%입니다.", "30%입니다. 연 2회 나누어 냅니다."),
        encoding="utf-8",
    )
    changed = Corpus(corpus_copy)
    build_knowledge_index(changed, embedder, index_dir)
    assert 1 <= embedder.embedded - first <= 3  # the passage and its new sentence, nothing else
    assert load(index_dir, changed, fingerprint(changed, embedder.name)) is not None
    assert sorted(p.name for p in index_dir.iterdir() if p.is_dir()) == [fingerprint(changed, embedder.name)]
