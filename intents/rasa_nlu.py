"""Reads and writes Rasa 3.x NLU YAML: intents with annotated examples, synonyms, lookups and regexes."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from services.yaml_text import load_yaml

# [surface](entity) | [surface](entity:value) | [surface]{"entity": ..., "value": ...}
_ANNOTATION = re.compile(r"\[(?P<surface>[^\]]+)\](?:\((?P<short>[^)]+)\)|(?P<json>\{[^}]*\}))")


@dataclass(frozen=True)
class EntitySpan:
    """An annotated entity: where it is in the plain text and the normalised value it stands for."""

    entity: str
    value: str
    start: int
    end: int
    surface: str
    role: str | None = None


@dataclass(frozen=True)
class Example:
    """One training or test utterance, annotations removed."""

    text: str
    intent: str
    entities: tuple[EntitySpan, ...] = ()
    source: str = ""


@dataclass
class NLUData:
    """Everything in a set of Rasa NLU files."""

    examples: list[Example] = field(default_factory=list)
    synonyms: dict[str, str] = field(default_factory=dict)  # surface (lower-case) -> value
    lookups: dict[str, list[str]] = field(default_factory=dict)
    regexes: dict[str, list[str]] = field(default_factory=dict)

    def merge(self, other: NLUData) -> NLUData:
        self.examples.extend(other.examples)
        self.synonyms.update(other.synonyms)
        for name, values in other.lookups.items():
            self.lookups.setdefault(name, []).extend(values)
        for name, patterns in other.regexes.items():
            self.regexes.setdefault(name, []).extend(patterns)
        return self

    def intents(self) -> list[str]:
        return sorted({e.intent for e in self.examples})


class RasaFormatError(ValueError):
    """A Rasa file that does not follow the format; says where."""


def parse_example(line: str, intent: str, source: str = "") -> Example:
    """Strip annotations from one example line, recording the entity spans in the plain text."""
    text_parts: list[str] = []
    entities: list[EntitySpan] = []
    pos = 0
    length = 0
    for match in _ANNOTATION.finditer(line):
        before = line[pos : match.start()]
        text_parts.append(before)
        length += len(before)
        surface = match.group("surface")
        if match.group("json"):
            try:
                spec: dict[str, Any] = json.loads(match.group("json"))
            except json.JSONDecodeError as exc:
                raise RasaFormatError(f"{source}: bad entity JSON in {line!r}: {exc}") from exc
            entity, value, role = spec.get("entity"), spec.get("value", surface), spec.get("role")
        else:
            entity, _, value = match.group("short").partition(":")
            value, role = value or surface, None
        if not entity:
            raise RasaFormatError(f"{source}: entity name missing in {line!r}")
        entities.append(
            EntitySpan(
                entity=str(entity),
                value=str(value),
                start=length,
                end=length + len(surface),
                surface=surface,
                role=role,
            )
        )
        text_parts.append(surface)
        length += len(surface)
        pos = match.end()
    text_parts.append(line[pos:])
    return Example(text="".join(text_parts).strip(), intent=intent, entities=tuple(entities), source=source)


def _items(block: Any, where: str) -> list[str]:
    if isinstance(block, list):
        return [str(x).strip() for x in block if str(x).strip()]
    if not isinstance(block, str):
        raise RasaFormatError(f"{where}: 'examples' must be a '|' block of '- ' lines")
    lines = []
    for raw in block.splitlines():
        stripped = raw.strip()
        if not stripped:
            continue
        if not stripped.startswith("- "):
            raise RasaFormatError(f"{where}: example line must start with '- ': {stripped!r}")
        lines.append(stripped[2:].strip())
    return lines


def parse_nlu(document: dict[str, Any], source: str = "") -> NLUData:
    """The NLU content of one parsed YAML document (`nlu:` list)."""
    data = NLUData()
    for n, item in enumerate(document.get("nlu") or []):
        where = f"{source} nlu[{n}]"
        if not isinstance(item, dict):
            raise RasaFormatError(f"{where}: each nlu item must be a mapping")
        if "intent" in item:
            intent = str(item["intent"])
            for line in _items(item.get("examples", ""), where):
                data.examples.append(parse_example(line, intent, source))
        elif "synonym" in item:
            value = str(item["synonym"])
            for surface in _items(item.get("examples", ""), where):
                data.synonyms[surface.lower()] = value
        elif "lookup" in item:
            data.lookups.setdefault(str(item["lookup"]), []).extend(_items(item.get("examples", ""), where))
        elif "regex" in item:
            data.regexes.setdefault(str(item["regex"]), []).extend(_items(item.get("examples", ""), where))
        else:
            raise RasaFormatError(f"{where}: expected one of intent, synonym, lookup, regex")
    # Annotated values are synonyms too, as in Rasa's EntitySynonymMapper.
    for example in data.examples:
        for span in example.entities:
            if span.value != span.surface:
                data.synonyms.setdefault(span.surface.lower(), span.value)
    return data


def read_nlu(paths: list[Path] | Path) -> NLUData:
    """Read NLU data from files or folders of `*.yml`/`*.yaml` (sorted, so the result is deterministic)."""
    files: list[Path] = []
    for path in [paths] if isinstance(paths, Path) else paths:
        files.extend(sorted([*path.glob("*.yml"), *path.glob("*.yaml")]) if path.is_dir() else [path])
    data = NLUData()
    for file in files:
        document = load_yaml(file.read_text(encoding="utf-8")) or {}
        if not isinstance(document, dict):
            raise RasaFormatError(f"{file}: top level must be a mapping")
        data.merge(parse_nlu(document, str(file)))
    return data


def format_example(example: Example) -> str:
    """The Rasa 3.x line for an example, entities in the JSON form."""
    out, pos = [], 0
    for span in sorted(example.entities, key=lambda s: s.start):
        out.append(example.text[pos : span.start])
        spec: dict[str, str] = {"entity": span.entity}
        if span.value != span.surface:
            spec["value"] = span.value
        if span.role:
            spec["role"] = span.role
        out.append(f"[{example.text[span.start : span.end]}]{json.dumps(spec, ensure_ascii=False)}")
        pos = span.end
    out.append(example.text[pos:])
    return "".join(out)


def write_nlu(data: NLUData) -> str:
    """Rasa 3.x YAML for `data` (examples grouped by intent, then synonyms and lookups)."""
    lines = ['version: "3.1"', "nlu:"]
    for intent in data.intents():
        lines.append(f"- intent: {intent}\n  examples: |")
        lines.extend(f"    - {format_example(e)}" for e in data.examples if e.intent == intent)
    by_value: dict[str, list[str]] = {}
    for surface, value in data.synonyms.items():
        by_value.setdefault(value, []).append(surface)
    for value, surfaces in sorted(by_value.items()):
        lines.append(f"- synonym: {json.dumps(value, ensure_ascii=False)}\n  examples: |")
        lines.extend(f"    - {s}" for s in surfaces)
    for name, values in sorted(data.lookups.items()):
        lines.append(f"- lookup: {name}\n  examples: |")
        lines.extend(f"    - {v}" for v in values)
    for name, patterns in sorted(data.regexes.items()):
        lines.append(f"- regex: {name}\n  examples: |")
        lines.extend(f"    - {p}" for p in patterns)
    return "\n".join(lines) + "\n"
