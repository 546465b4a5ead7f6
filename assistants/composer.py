"""The response composer: one decision (and its action outcome) -> messages and citations in one language."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistants.actions import ActionOutcome
from assistants.domain import Clerk
from assistants.policy import Decision
from assistants.presenters import Presenter, default_presenters
from assistants.responses import ResponseBook, default_book
from assistants.turn import Citation, HandoffMessage, Message, QuickRepliesMessage, QuickReply, TextMessage
from knowledge.answer import KnowledgeAnswer
from knowledge.corpus import Corpus
from services.errors import NotSignedIn, SlotInvalid


@dataclass
class Composition:
    messages: list[Message] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(m.text for m in self.messages if isinstance(m, TextMessage))


class Composer:
    """Grounded composition without an LLM: templates, presenters for service results, cited passages."""

    def __init__(
        self, corpus: Corpus, book: ResponseBook | None = None, presenters: dict[str, Presenter] | None = None
    ) -> None:
        self.corpus = corpus
        self.book = book or default_book()
        self.presenters = presenters if presenters is not None else default_presenters()

    def say(self, name: str, locale: str, clerk: Clerk, **params: object) -> TextMessage:
        return TextMessage(text=self.book.text(name, locale, clerk=clerk.name(locale), **params))

    def compose(
        self,
        decision: Decision,
        clerk: Clerk,
        locale: str,
        outcome: ActionOutcome | None = None,
        knowledge: KnowledgeAnswer | None = None,
    ) -> Composition:
        """Messages for `decision`; a failed `outcome` on an `ask` explains why the slot is asked again."""
        out = Composition()
        if decision.step == "ask":
            if decision.explain and knowledge is not None and knowledge.answered:
                self._cite(knowledge, locale, self._quoted(knowledge, locale), out)
                offer = f"utter_compute_for_you_{decision.intent}"
                out.messages.append(
                    self.say(offer if self.book.has(offer) else "utter_compute_for_you", locale, clerk)
                )
            if outcome is not None and isinstance(outcome.error, SlotInvalid):
                out.messages.append(self._invalid(outcome.error, locale, {**decision.slots, **outcome.args}))
            out.messages.append(self.say(f"utter_ask_{decision.slot}", locale, clerk))
            if self.book.has(f"options_{decision.slot}"):
                labels = self.book.text(f"options_{decision.slot}", locale).split("|")
                out.messages.append(
                    QuickRepliesMessage(options=[QuickReply(label=x, value=x) for x in labels])
                )
        elif decision.step == "act" and outcome is not None and outcome.ok:
            if decision.explain and knowledge is not None and knowledge.answered:
                self._cite(knowledge, locale, self._quoted(knowledge, locale), out)
            self._present(outcome, locale, out)
        elif decision.step == "act" and outcome is not None and outcome.error is not None:
            name = (
                "utter_sign_in_required" if isinstance(outcome.error, NotSignedIn) else "utter_action_failed"
            )
            out.messages.append(self.say(name, locale, clerk, reason=outcome.error.message))
        elif decision.step == "confirm":
            out.messages.append(self.say("utter_confirm", locale, clerk))
            out.messages.append(self._yes_no(locale))
        elif decision.step == "handoff_human":
            out.messages.append(self.say(decision.response or "utter_human_handoff", locale, clerk))
            out.messages.append(HandoffMessage(to="human", reason=decision.intent))
        elif decision.step == "fallback":
            out.messages.append(self.say(decision.response or "utter_out_of_scope", locale, clerk))
            out.messages.append(
                QuickRepliesMessage(options=[self._option("label_human", locale, "상담사 연결")])
            )
        elif decision.step == "clarify":
            out.messages.append(self.say("utter_clarify", locale, clerk))
            out.messages.append(
                QuickRepliesMessage(
                    options=[
                        QuickReply(label=self.book.text(f"intent_label_{name}", locale), value=f"/{name}")
                        for name in decision.options
                        if self.book.has(f"intent_label_{name}")
                    ]
                )
            )
        elif decision.step == "answer":
            self._answer(decision, clerk, locale, knowledge, out)
        elif decision.response:
            out.messages.append(self.say(decision.response, locale, clerk))
        return out

    def _answer(
        self,
        decision: Decision,
        clerk: Clerk,
        locale: str,
        knowledge: KnowledgeAnswer | None,
        out: Composition,
    ) -> None:
        """A cited extract from the knowledge base, or an honest 'I don't know' with a human offered; a
        conversation intent with an opener (a worry told to the youth counselor) is heard, not declined."""
        opener = f"utter_open_{decision.intent}"
        answered = knowledge is not None and knowledge.answered
        if decision.sign_in:
            sign_in = "utter_sign_in_first" if answered else "utter_sign_in_required"
            out.messages.append(self.say(sign_in, locale, clerk))
        if knowledge is None or not knowledge.answered:
            if self.book.has(opener) and decision.intent in clerk.conversations:
                out.messages.append(self.say(opener, locale, clerk))
                out.messages.append(self.say("utter_offer_human", locale, clerk))
            else:
                out.messages.append(self.say("utter_no_answer", locale, clerk))
            out.messages.append(self._yes_no(locale))
            return
        lines = []
        if self.book.has(opener):
            lines.append(self.book.text(opener, locale))
        elif (
            decision.intent in clerk.intents
            and decision.intent not in clerk.grounding
            and not decision.sign_in
        ):
            lines.append(self.book.text("utter_how_to_instead", locale))
        self._cite(knowledge, locale, lines + self._quoted(knowledge, locale), out)
        if decision.offer == "human":
            out.messages.append(self.say("utter_offer_human", locale, clerk))
            out.messages.append(self._yes_no(locale))

    def _quoted(self, knowledge: KnowledgeAnswer, locale: str) -> list[str]:
        """The extracted sentences, after a note when they are quoted from the Korean original."""
        note = "" if knowledge.translated else self.book.text("utter_korean_source", locale)
        return [*([note] if note else []), " ".join(knowledge.sentences)]

    def _cite(self, knowledge: KnowledgeAnswer, locale: str, lines: list[str], out: Composition) -> None:
        """The answer's lines, then its source line, with the citations in the trace."""
        out.messages.append(TextMessage(text="\n".join(lines)))
        sources = "; ".join(f"{c.title} ({c.doc_id})" for c in knowledge.citations)
        out.messages.append(TextMessage(text=self.book.text("utter_source", locale, sources=sources)))
        out.citations.extend(
            Citation(doc_id=c.doc_id, title=c.title, score=c.score, lang=c.lang) for c in knowledge.citations
        )

    def handoff(self, to: Clerk, locale: str, reason: str, announce: bool = True) -> list[Message]:
        """The switch to another clerk; a grounded reply (a crisis) goes straight to its content, unannounced."""
        switch = HandoffMessage(to=to.id, reason=reason)
        if not announce:
            return [switch]
        text = self.book.text("utter_handoff_to", locale, to_clerk=to.name(locale))
        return [TextMessage(text=text), switch]

    def _present(self, outcome: ActionOutcome, locale: str, out: Composition) -> None:
        assert outcome.result is not None
        presentation = self.presenters[outcome.name](outcome.result, locale, self.book)
        out.messages.extend(presentation.messages)
        titles = []
        for doc_id in dict.fromkeys(presentation.passages):
            passage = self.corpus.get(doc_id, locale)
            if passage is not None:
                out.citations.append(
                    Citation(doc_id=passage.id, title=passage.title, score=1.0, lang=passage.lang)
                )
                titles.append(f"{passage.title} ({passage.id})")
        sources = titles or list(dict.fromkeys(presentation.legal_bases))
        if sources:
            out.messages.append(
                TextMessage(text=self.book.text("utter_source", locale, sources="; ".join(sources)))
            )

    def _invalid(self, error: SlotInvalid, locale: str, params: dict[str, object]) -> TextMessage:
        key = f"invalid_{error.slot}"
        reason = self.book.text(key, locale, **params) if self.book.has(key) else error.reason
        return TextMessage(
            text=self.book.text("utter_ask_again_invalid", locale, value=error.value, reason=reason)
        )

    def _option(self, name: str, locale: str, value: str) -> QuickReply:
        return QuickReply(label=self.book.text(name, locale), value=value)

    def _yes_no(self, locale: str) -> QuickRepliesMessage:
        yes, no = self.book.text("label_yes", locale), self.book.text("label_no", locale)
        return QuickRepliesMessage(options=[QuickReply(label=yes, value=yes), QuickReply(label=no, value=no)])
