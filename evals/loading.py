"""Find suite files under the given paths and load each as a dialog suite or a Rasa file."""

from __future__ import annotations

from pathlib import Path

from evals.rasa_import import rasa_suite
from evals.suite import Suite, SuiteError, parse_suite


def suite_files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted([*path.rglob("*.yml"), *path.rglob("*.yaml")])
            if not found:
                raise SuiteError(str(path), 0, "no *.yml or *.yaml suites in this folder")
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            raise SuiteError(str(path), 0, "no such file or folder")
    return files


def load_suites(paths: list[Path]) -> list[Suite]:
    suites = []
    for file in suite_files(paths):
        text = file.read_text(encoding="utf-8")
        suites.append(rasa_suite(text, str(file)) or parse_suite(text, str(file)))
    return suites
