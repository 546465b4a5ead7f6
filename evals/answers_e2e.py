"""End to end: the retrieval questions asked of the 120 counselor through the chat API; is the first citation
a gold passage, is there none, or is it another? Run by `clerks eval-answers`."""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass

from evals.retrieval_eval import Question
from evals.targets import Target


@dataclass(frozen=True)
class Outcome:
    question: Question
    intent: str
    cited: tuple[str, ...]
    confidence: float = 0.0

    @property
    def verdict(self) -> str:
        """'correct', 'uncited' or 'wrong' for an answerable question; 'declined' or 'made_up' otherwise."""
        if not self.question.gold:
            return "made_up" if self.cited else "declined"
        if not self.cited:
            return "uncited"
        return "correct" if self.cited[0] in self.question.gold else "wrong"


def ask(target: Target, question: Question, assistant: str = "counselor120") -> Outcome:
    payload = {"user_id": f"e2e-{uuid.uuid4().hex[:10]}", "text": question.text, "assistant": assistant}
    _, body = target.chat(payload, None)
    trace = body.get("trace", {})
    cited = tuple(c["doc_id"] for c in trace.get("citations", []))
    intent = trace.get("intent", {})
    return Outcome(question, intent.get("name", ""), cited, float(intent.get("confidence", 0.0)))


def tally(outcomes: list[Outcome]) -> dict[str, Counter[str]]:
    """Verdict counts per language, and over all."""
    counts: dict[str, Counter[str]] = {"all": Counter()}
    for outcome in outcomes:
        counts.setdefault(outcome.question.lang, Counter())[outcome.verdict] += 1
        counts["all"][outcome.verdict] += 1
    return counts


def report(outcomes: list[Outcome]) -> dict[str, object]:
    """The tallies and every question's verdict, for `clerks eval-answers --json`."""
    return {
        "summary": {lang: dict(sorted(counts.items())) for lang, counts in tally(outcomes).items()},
        "questions": [
            {
                "text": o.question.text,
                "lang": o.question.lang,
                "source": o.question.source,
                "gold": list(o.question.gold),
                "intent": o.intent,
                "confidence": o.confidence,
                "cited": list(o.cited),
                "verdict": o.verdict,
            }
            for o in outcomes
        ],
    }
