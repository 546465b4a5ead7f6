"""Tax rules as data: each YAML file holds rates with their legal basis, source and effective period."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

RULES_DIR = Path(__file__).parent


@cache
def load_rule(name: str) -> dict[str, Any]:
    """The parsed rule file `<name>.yml` (read once per process)."""
    return yaml.safe_load((RULES_DIR / f"{name}.yml").read_text(encoding="utf-8"))
