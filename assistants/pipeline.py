"""The chat pipeline: turn -> session -> NLU -> policy -> action -> composer -> reply with its trace."""

from __future__ import annotations

import time
from typing import Any

from assistants.actions import ActionContext, ActionOutcome, ActionRegistry
from assistants.composer import Composer, Composition
from assistants.domain import DEFAULT_ASSISTANT, Clerk, owner_of
from assistants.policy import Decision, Policy
from assistants.turn import ActionTrace, IntentTrace, Message, Reply, Trace, Turn, plain_text
from intents.language import continued_language, detect_language
from intents.rules import default_rules
from intents.understanding import NLU, Understanding
from knowledge.answer import ExtractiveAnswerer, KnowledgeAnswer
from services.clock import Clock
from services.conversations import ConversationStore, SessionState
from services.conversations.store import UserConversations
from services.errors import InvalidInput, SlotInvalid


class ChatPipeline:
    """Runs one turn inside the user's locked transaction: all of it is saved, or none of it."""

    def __init__(
        self,
        nlu: NLU,
        store: ConversationStore,
        clerks: dict[str, Clerk],
        policy: Policy,
        actions: ActionRegistry,
        composer: Composer,
        answerer: ExtractiveAnswerer,
        clock: Clock,
        max_text_chars: int = 2000,
    ) -> None:
        self.answerer = answerer
        self.nlu = nlu
        self.store = store
        self.clerks = clerks
        self.policy = policy
        self.actions = actions
        self.composer = composer
        self.clock = clock
        self.max_text_chars = max_text_chars

    def warm_up(self) -> None:
        self.nlu.warm_up()
        self.answerer.warm_up()

    @property
    def ready(self) -> bool:
        return self.nlu.ready and self.answerer.retriever.ready

    def validate(self, turn: Turn) -> str:
        """The trimmed text; raises `InvalidInput` before anything is read or written."""
        text = turn.text.strip()
        if not text:
            raise InvalidInput("text must not be empty", code="empty_text")
        if len(text) > self.max_text_chars:
            raise InvalidInput(
                f"text is longer than {self.max_text_chars} characters",
                code="text_too_long",
                limit=self.max_text_chars,
            )
        if turn.assistant is not None and turn.assistant not in self.clerks:
            raise InvalidInput(f"unknown assistant {turn.assistant!r}", code="unknown_assistant")
        if not turn.user_id.strip():
            raise InvalidInput("user_id must not be empty", code="empty_user_id")
        return text

    def run(self, turn: Turn) -> Reply:
        started = time.perf_counter()
        text = self.validate(turn)
        today = self.clock.today()
        with self.store.transaction(turn.user_id) as conversations:
            state = self._session(conversations, turn)
            nlu = self.nlu.run(
                text,
                today,
                awaiting=state.awaiting if state else None,
                locale=turn.locale or (state.locale if state else None),
                expected=self._expected_slots(state),
            )
            locale = turn.locale or (
                continued_language(text, state.locale) if state else detect_language(text) or nlu.language
            )
            if state is None:
                assistant = owner_of(nlu.intent.name, self.clerks) or DEFAULT_ASSISTANT
                state = conversations.open(assistant, locale, turn.citizen.id if turn.citizen else None)
            state.locale = locale
            messages: list[Message] = []
            decision, outcome, composition = self._step(state, nlu, turn, today)
            if decision.step == "handoff_clerk" and decision.to:
                target = self.clerks[decision.to]
                messages.extend(
                    self.composer.handoff(
                        target, locale, decision.intent, announce=decision.intent not in target.grounding
                    )
                )
                state.pending = {"handed_to": target.id}
                conversations.save(state, text, plain_text(messages), decision.intent, {"handoff": target.id})
                citizen_id = turn.citizen.id if turn.citizen else None
                state = conversations.latest_open(target.id, citizen_id) or conversations.open(
                    target.id, locale, citizen_id
                )
                state.locale = locale
                if state.pending and "handed_to" in state.pending:
                    state.pending = None
                decision, outcome, composition = self._step(state, nlu, turn, today)
            messages.extend(composition.messages)
            trace = self._trace(state, nlu, decision, outcome, composition)
            trace.latency_ms = round((time.perf_counter() - started) * 1000, 2)
            reply = Reply(
                session_id=state.id, assistant=state.assistant, locale=locale, messages=messages, trace=trace
            )
            conversations.save(state, text, reply.text, decision.intent, trace.model_dump(mode="json"))
        return reply

    def _expected_slots(self, state: SessionState | None) -> frozenset[str]:
        """Slots of the form in progress (or just completed), which short follow-ups may fill."""
        if state is None:
            return frozenset()
        clerk = self.clerks[state.assistant]
        return frozenset(clerk.slots_of(state.active_intent or state.last_intent or ""))

    def _session(self, conversations: UserConversations, turn: Turn) -> SessionState | None:
        """The conversation this turn continues, or None when the clerk must be chosen by intent."""
        citizen_id = turn.citizen.id if turn.citizen else None
        state = conversations.find(turn.session_id) if turn.session_id else None
        if state is not None and (
            state.status != "open" or (turn.assistant and state.assistant != turn.assistant)
        ):
            state = None
        if state is not None and state.citizen_id != citizen_id:
            state = None  # a signed-in conversation never continues under another (or no) identity
        if state is None:
            state = conversations.latest_open(turn.assistant, citizen_id)
        if state is not None and state.pending and (handed_to := state.pending.get("handed_to")):
            state = conversations.latest_open(handed_to, citizen_id) or state  # the citizen was passed on
        if state is None and turn.assistant:
            state = conversations.open(turn.assistant, turn.locale or "ko", citizen_id)
        return state

    def _step(
        self, state: SessionState, nlu: Understanding, turn: Turn, today: Any
    ) -> tuple[Decision, ActionOutcome | None, Composition]:
        clerk = self.clerks[state.assistant]
        decision = self.policy.decide(state, nlu, clerk, signed_in=turn.citizen is not None)
        outcome = None
        knowledge = None
        scope = None if clerk.id == DEFAULT_ASSISTANT else clerk.id
        guess = self.answerer.run(nlu.text, nlu.vector, state.locale, scope) if decision.guessed else None
        if guess is not None and guess.answered:  # the corpus answers this very question: no need to guess
            decision, knowledge = Decision("answer", "info.question"), guess
        elif decision.step == "answer" and decision.intent in clerk.grounding:
            knowledge = self.answerer.cite(clerk.grounding[decision.intent], state.locale)
        elif decision.step == "answer" or decision.explain:
            topics = (
                clerk.topics_for(decision.intent, decision.slots)
                if self.policy.trusts_topic(decision, nlu)
                else ()
            )
            cited = (state.pending or {}).get("cited") if decision.follow_up else None
            knowledge = (
                self.answerer.continue_from(cited, nlu.vector, state.locale)
                if cited
                else self.answerer.run(
                    nlu.text,
                    nlu.vector,
                    state.locale,
                    scope,
                    topics=topics,
                    follow_up=decision.follow_up,
                    missions=decision.intent not in default_rules().taken_to_missions,
                )
            )
        elif (decision.step == "clarify" and "info.question" in decision.options) or (
            decision.step == "fallback" and nlu.intent.source.startswith("model")
        ):  # a second opinion: the corpus answers this very question, so the classifier's doubt was wrong
            doubt = nlu.intent.confidence if decision.step == "fallback" else 0.0
            knowledge = self.answerer.run(nlu.text, nlu.vector, state.locale, scope, overrules=doubt)
            if knowledge.answered:
                decision = Decision("answer", "info.question")
            else:
                knowledge = None
        if decision.step == "act" and decision.form is not None and decision.form.action is not None:
            outcome = self.actions.run(
                decision.form.action,
                decision.slots,
                ActionContext(today=today, citizen=turn.citizen, locale=state.locale),
            )
            if (
                not outcome.ok
                and isinstance(outcome.error, SlotInvalid)
                and outcome.error.slot in decision.slots
            ):
                slots = {k: v for k, v in decision.slots.items() if k != outcome.error.slot}
                decision = Decision(
                    "ask", decision.intent, form=decision.form, slot=outcome.error.slot, slots=slots
                )
        _apply(state, decision, outcome, knowledge)
        return decision, outcome, self.composer.compose(decision, clerk, state.locale, outcome, knowledge)

    def _trace(
        self,
        state: SessionState,
        nlu: Understanding,
        decision: Decision,
        outcome: ActionOutcome | None,
        composition: Composition,
    ) -> Trace:
        same = decision.intent == nlu.intent.name
        confidence = nlu.intent.confidence if same else 1.0
        actions = []
        if outcome is not None:
            error = {"code": outcome.error.code, "message": outcome.error.message} if outcome.error else None
            actions.append(
                ActionTrace(
                    name=outcome.name,
                    args=outcome.args,
                    ok=outcome.ok,
                    result=outcome.result_json(),
                    error=error,
                )
            )
        return Trace(
            intent=IntentTrace(name=decision.intent, confidence=round(confidence, 4)),
            slots=dict(state.slots),
            actions=actions,
            citations=composition.citations,
            awaiting=state.awaiting,
            language=nlu.language,
            policy=decision.step,
            ranking=[IntentTrace(name=n, confidence=c) for n, c in nlu.intent.ranking],
        )


def _apply(
    state: SessionState,
    decision: Decision,
    outcome: ActionOutcome | None,
    knowledge: KnowledgeAnswer | None = None,
) -> None:
    """Record the decision in the session: the form in progress, the slot awaited, what is pending."""
    if decision.step == "ask":
        state.slots, state.active_intent, state.awaiting, state.pending = (
            dict(decision.slots),
            decision.intent,
            decision.slot,
            None,
        )
    elif decision.step == "act":
        state.slots, state.active_intent, state.awaiting, state.pending = (
            dict(decision.slots),
            None,
            None,
            None,
        )
        if outcome is not None and outcome.ok:
            state.last_intent = decision.intent
    elif decision.step == "confirm":
        state.slots, state.active_intent, state.awaiting = dict(decision.slots), decision.intent, None
        state.pending = {"confirm": decision.intent}
    elif decision.step == "sign_in":
        state.slots, state.active_intent, state.awaiting, state.pending = (
            dict(decision.slots),
            decision.intent,
            None,
            None,
        )
    elif decision.step == "cancel":
        state.slots, state.active_intent, state.awaiting, state.pending = {}, None, None, None
    elif decision.step == "clarify":
        state.slots = dict(decision.slots)
        state.pending = {"clarify": list(decision.options), "slots": dict(decision.slots)}
    elif decision.step == "answer":
        answered = knowledge is not None and knowledge.answered
        state.pending = {"offer": "human"} if decision.offer == "human" or not answered else None
        if decision.form is not None:
            state.active_intent, state.awaiting = None, None
        if decision.intent != "info.question":
            state.slots, state.last_intent = dict(decision.slots), decision.intent
            if answered and knowledge.citations:  # details the citizen adds next continue this passage
                state.pending = {**(state.pending or {}), "cited": knowledge.citations[0].doc_id}
    elif decision.step in ("handoff_human", "handoff_clerk"):
        state.active_intent, state.awaiting, state.pending = None, None, None
    else:
        state.pending = None if state.pending and "offer" in state.pending else state.pending
