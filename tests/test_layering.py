"""Dependencies point one way: services <- knowledge, intents <- assistants <- channels, world_bridge."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGES = ("services", "knowledge", "intents", "assistants", "channels", "world_bridge", "evals")
ALLOWED = {
    "services": {"services"},
    "intents": {"services", "intents"},
    "knowledge": {"services", "intents", "knowledge"},
    "assistants": {"services", "intents", "knowledge", "assistants"},
    "world_bridge": {"services", "intents", "knowledge", "assistants", "world_bridge"},
    "channels": {"services", "intents", "knowledge", "assistants", "world_bridge", "channels", "evals"},
    "evals": {"services", "intents", "knowledge", "assistants", "evals"},
}


def imported_packages(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found & set(PACKAGES)


@pytest.mark.parametrize("package", PACKAGES)
def test_package_imports_only_what_it_may(package: str):
    offenders = {}
    for path in (REPO / package).rglob("*.py"):
        bad = imported_packages(path) - ALLOWED[package]
        if bad:
            offenders[str(path.relative_to(REPO))] = sorted(bad)
    assert offenders == {}
