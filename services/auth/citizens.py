"""Citizens as the identity provider vouches for them; test citizens come from a YAML file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

TEST_CITIZENS = Path(__file__).with_name("test_citizens.yml")


@dataclass(frozen=True)
class Citizen:
    """A signed-in person: the stable Seoul Pass subject and what the token asserts about them."""

    id: str
    name: str = ""
    birth_date: date | None = None
    district: str | None = None


class TestCitizens:
    """The test identity provider's population."""

    __test__ = False

    def __init__(self, path: Path = TEST_CITIZENS) -> None:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))["citizens"]
        self._by_id = {c["id"]: Citizen(**c) for c in raw}

    def get(self, citizen_id: str) -> Citizen | None:
        return self._by_id.get(citizen_id)

    def ids(self) -> list[str]:
        return sorted(self._by_id)
