"""The corpus: one passage per Markdown file with front matter; translations share an id."""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from services.yaml_text import load_yaml

CORPUS_DIR = Path(__file__).parent / "corpus"
QUESTIONS_DIRNAME = "questions"
REQUIRED = ("id", "title", "lang", "assistant", "source_url", "updated")


class CorpusError(ValueError):
    """A corpus file that breaks the format; names the file."""


@dataclass(frozen=True)
class Passage:
    """One passage in one language; (`id`, `lang`) is unique."""

    id: str
    lang: str
    title: str
    text: str
    assistants: tuple[str, ...]
    tags: tuple[str, ...]
    source_url: str
    updated: date | str
    path: str

    @property
    def key(self) -> str:
        return f"{self.id}@{self.lang}"

    @property
    def content_hash(self) -> str:
        return hashlib.sha1(f"{self.title}\n{self.text}".encode()).hexdigest()


def parse_passage(path: Path, root: Path | None = None) -> Passage:
    raw = path.read_text(encoding="utf-8")
    if not raw.startswith("---"):
        raise CorpusError(f"{path}: missing front matter")
    try:
        _, front, body = raw.split("---", 2)
        meta = load_yaml(front) or {}
    except (ValueError, yaml.YAMLError) as exc:
        raise CorpusError(f"{path}: unreadable front matter: {exc}") from exc
    missing = [k for k in REQUIRED if k not in meta]
    if missing:
        raise CorpusError(f"{path}: front matter lacks {', '.join(missing)}")
    assistants = meta["assistant"]
    return Passage(
        id=str(meta["id"]),
        lang=str(meta["lang"]),
        title=str(meta["title"]),
        text=body.strip(),
        assistants=tuple(assistants if isinstance(assistants, list) else [assistants]),
        tags=tuple(meta.get("tags") or ()),
        source_url=str(meta["source_url"]),
        updated=meta["updated"],
        path=str(path.relative_to(root)) if root else str(path),
    )


@dataclass(frozen=True)
class AskedQuestion:
    """A question citizens ask that a passage answers (doc2query): indexed with the passage."""

    doc_id: str
    lang: str
    text: str


def read_questions(directory: Path) -> list[AskedQuestion]:
    """`<folder>.yml` files mapping a passage id to its questions by language."""
    questions = []
    for path in sorted(directory.glob("*.yml")):
        try:
            raw = load_yaml(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            raise CorpusError(f"{path}: unreadable questions: {exc}") from exc
        for doc_id, by_lang in raw.items():
            for lang, texts in (by_lang or {}).items():
                questions.extend(AskedQuestion(str(doc_id), str(lang), str(t)) for t in texts or ())
    return questions


class Corpus:
    """All passages under a folder (and the questions beside it, `../questions/`), loaded once on first use."""

    def __init__(self, root: Path = CORPUS_DIR, questions_dir: Path | None = None) -> None:
        self.root = root
        self.questions_dir = questions_dir or root.parent / QUESTIONS_DIRNAME
        self._questions: list[AskedQuestion] | None = None
        self._passages: list[Passage] | None = None
        self._by_key: dict[str, Passage] = {}
        self._lock = threading.Lock()

    def passages(self) -> list[Passage]:
        with self._lock:
            if self._passages is None:
                passages = [parse_passage(p, self.root) for p in sorted(self.root.rglob("*.md"))]
                by_key: dict[str, Passage] = {}
                for passage in passages:
                    if passage.key in by_key:
                        raise CorpusError(f"{passage.path}: duplicate passage {passage.key}")
                    by_key[passage.key] = passage
                self._passages, self._by_key = passages, by_key
            return self._passages

    def questions(self) -> list[AskedQuestion]:
        """Asked questions of known passages; a question naming an unknown id is a corpus error."""
        if self._questions is None:
            known = {p.id for p in self.passages()}
            questions = read_questions(self.questions_dir) if self.questions_dir.is_dir() else []
            unknown = sorted({q.doc_id for q in questions} - known)
            if unknown:
                raise CorpusError(
                    f"{self.questions_dir}: questions for unknown passages {', '.join(unknown)}"
                )
            self._questions = questions
        return self._questions

    def get(self, doc_id: str, lang: str = "ko") -> Passage | None:
        """The passage in `lang`, else its Korean original, else any translation."""
        self.passages()
        for candidate in (lang, "ko", "en", "ja"):
            if (passage := self._by_key.get(f"{doc_id}@{candidate}")) is not None:
                return passage
        return None

    def fingerprint(self) -> str:
        digest = hashlib.sha256()
        for passage in self.passages():
            digest.update(f"{passage.key}\x00{passage.content_hash}\x00".encode())
        for question in self.questions():
            digest.update(f"{question.doc_id}\x00{question.lang}\x00{question.text}\x00".encode())
        return digest.hexdigest()[:20]
