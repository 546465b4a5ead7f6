"""Hand-written recognition rules that outrank the classifier: the crisis safety net, the clerk asked what it can
do, and closed-class small talk."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from services.service_area import ServiceArea, service_area

RULES_DIR = Path(__file__).parent
_LAUGHS = re.compile(r"[ㅋㅎ]{2,}|[ㅠㅜ]+")


def normalise(text: str) -> str:
    """Lower case, NFKC, no spaces, punctuation, symbols or emoji, no laughs/tears: '안녕하세요!! ㅎㅎ' -> '안녕하세요'."""
    text = _LAUGHS.sub("", text)
    text = unicodedata.normalize("NFKC", text).lower()
    return "".join(ch for ch in text if unicodedata.category(ch)[0] not in "PSZC")


@dataclass(frozen=True)
class RuleHit:
    intent: str
    rule: str


class IntentRules:
    """Crisis signals anywhere in the text, then "what can you do?" said to the clerk; small-talk phrases only
    as the whole (short) utterance."""

    def __init__(self, directory: Path = RULES_DIR) -> None:
        crisis = yaml.safe_load((directory / "crisis.yml").read_text(encoding="utf-8"))
        self.crisis = [re.compile(p, re.IGNORECASE) for patterns in crisis.values() for p in patterns]
        helps = yaml.safe_load((directory / "help.yml").read_text(encoding="utf-8"))
        self.help = [re.compile(p) for patterns in helps.values() for p in patterns]
        smalltalk = yaml.load(
            (directory / "smalltalk.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader
        )
        self.phrases = {normalise(str(p)): intent for intent, phrases in smalltalk.items() for p in phrases}
        requires = yaml.safe_load((directory / "requires.yml").read_text(encoding="utf-8")) or {}
        self.requires = {intent: re.compile(pattern, re.IGNORECASE) for intent, pattern in requires.items()}
        excludes = yaml.safe_load((directory / "excludes.yml").read_text(encoding="utf-8")) or {}
        self.excludes = {
            intent: re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
            for intent, patterns in excludes.items()
        }
        seoul_only = yaml.safe_load((directory / "seoul_only.yml").read_text(encoding="utf-8"))
        self.seoul_only = frozenset(seoul_only["seoul_only"])
        self.taken_to_missions = frozenset(seoul_only["taken_to_missions"])
        self.service_area: ServiceArea = service_area()

    def outside_seoul(self, intent: str, text: str) -> bool:
        """True when `intent` is a Seoul service and the text asks about it somewhere else."""
        return intent in self.seoul_only and self.service_area.elsewhere(
            text, missions=intent not in self.taken_to_missions
        )

    def allows(self, intent: str, text: str) -> bool:
        """False when `intent` needs a word the text does not have, or has a word that rules it out."""
        needed, excluded = self.requires.get(intent), self.excludes.get(intent)
        if needed is not None and not needed.search(text):
            return False
        return excluded is None or not excluded.search(text)

    def match(self, text: str) -> RuleHit | None:
        for pattern in self.crisis:
            if pattern.search(text):
                return RuleHit("youth.crisis", f"crisis:{pattern.pattern}")
        for pattern in self.help:
            if pattern.search(text):
                return RuleHit("help", f"help:{pattern.pattern[:40]}")
        key = normalise(text)
        if len(key) <= 24 and (intent := self._phrases_of_one_intent(key)):
            return RuleHit(intent, f"smalltalk:{key}")
        return None

    def _phrases_of_one_intent(self, key: str) -> str | None:
        """The intent when `key` is one or more of its phrases ('아니요됐어요' = deny + deny), else None."""
        if not key:
            return None
        reach: dict[int, set[str]] = {0: {"*"}}
        for end in range(1, len(key) + 1):
            for start in list(reach):
                intent = self.phrases.get(key[start:end])
                if intent is None or start >= end:
                    continue
                allowed = {intent} if "*" in reach[start] or intent in reach[start] else set()
                if allowed:
                    reach.setdefault(end, set()).update(allowed)
        found = reach.get(len(key), set()) - {"*"}
        return next(iter(found)) if len(found) == 1 else None


@cache
def default_rules() -> IntentRules:
    return IntentRules()
