"""The policy: from the session and what was understood, decide ONE next step for the clerk."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Literal

from assistants.domain import Clerk, Form, owner_of
from intents.understanding import Understanding
from services.conversations import SessionState

Step = Literal[
    "respond",
    "ask",
    "act",
    "confirm",
    "handoff_clerk",
    "handoff_human",
    "fallback",
    "answer",
    "cancel",
    "sign_in",
]
BOOLEAN_SLOTS = frozenset({"first_home", "adjusted_area", "prepay", "employed"})
SMALL_TALK = {
    "greet": "utter_greet",
    "goodbye": "utter_goodbye",
    "thanks": "utter_thanks",
    "bot_challenge": "utter_bot_challenge",
}


@dataclass(frozen=True)
class Decision:
    """The next step; `intent` is what the turn is taken to mean (a form's intent when it answers a form)."""

    step: Step
    intent: str
    response: str | None = None
    form: Form | None = None
    slot: str | None = None
    to: str | None = None
    slots: dict[str, Any] = field(default_factory=dict)
    options: tuple[str, ...] = ()
    offer: str | None = None
    explain: bool = False  # an `ask` or `act` preceded by a cited answer on the form's rule
    guessed: bool = False  # the classifier only guessed this request: the corpus answers instead if it can
    follow_up: bool = False  # details for the request just answered: quoted from its passage (or topic)
    # an answer about the citizen's own data, given signed out: Seoul Pass is asked for first
    sign_in: bool = False


class Policy:
    """Rules in the order a good human clerk applies them: finish what is in progress, then follow the intent."""

    def __init__(
        self,
        clerks: dict[str, Clerk],
        switch_confidence: float = 0.6,
        ambiguity: float = 0.08,
        clarify_below: float = 0.5,
        handoff_confidence: float = 0.4,
        crisis_details_below: float = 0.35,
        topic_confidence: float = 0.8,
        guess_below: float = 0.4,
    ) -> None:
        self.clerks = clerks
        self.switch_confidence = switch_confidence
        self.ambiguity = ambiguity
        self.clarify_below = clarify_below
        self.handoff_confidence = handoff_confidence
        self.crisis_details_below = crisis_details_below
        self.topic_confidence = topic_confidence
        self.guess_below = guess_below

    def decide(self, state: SessionState, nlu: Understanding, clerk: Clerk, signed_in: bool) -> Decision:
        """The next step; an answer about the citizen's own data given signed out asks for sign-in first."""
        decision = self._decide(state, nlu, clerk, signed_in)
        if decision.step == "answer" and decision.intent in clerk.personal and not signed_in:
            return replace(decision, sign_in=True)
        return decision

    def _decide(self, state: SessionState, nlu: Understanding, clerk: Clerk, signed_in: bool) -> Decision:
        if nlu.intent.source == "unsupported_language":  # whatever is in progress waits for a message we read
            return Decision("fallback", "out_of_scope", response="utter_unsupported_language")
        intent = nlu.intent.name
        heard = nlu.slots
        active = clerk.forms.get(state.active_intent or "")
        if state.pending and (options := state.pending.get("clarify")):
            intent = intent if intent in options else _chosen_by_slots(options, heard, clerk) or intent
            if intent in options:
                heard = {**state.pending.get("slots", {}), **heard}

        if state.pending and state.pending.get("offer") == "human" and intent in ("affirm", "deny"):
            if intent == "affirm":
                return Decision(
                    "handoff_human", "human_handoff", response=clerk.human_desk(state.last_intent)
                )
            return Decision("respond", intent, response="utter_what_else")

        if state.pending and active:
            if intent == "affirm":
                return Decision("act", active.intent, form=active, slots=dict(state.slots))
            if intent == "deny":
                return Decision("cancel", active.intent, response="utter_form_cancelled")

        if (
            active
            and state.awaiting in BOOLEAN_SLOTS
            and intent in ("affirm", "deny")
            and state.awaiting not in heard
        ):
            heard = {**heard, state.awaiting: intent == "affirm"}

        if active and state.awaiting:
            relevant = _relevant(active, heard)
            if (
                state.awaiting in heard
                or (relevant and intent == active.intent)
                or (relevant and not self._confident_switch(nlu, clerk))  # "아 아니 1600cc요"
            ):
                return self._advance(active, {**state.slots, **relevant}, signed_in)
            if intent in ("deny", "goodbye"):
                return Decision("cancel", active.intent, response="utter_form_cancelled")
            if intent == "thanks":  # "cheers": welcomed; the question stays open for a later answer
                return Decision("respond", intent, response=SMALL_TALK[intent])
            if not self._confident_switch(nlu, clerk):
                return Decision(
                    "ask", active.intent, form=active, slot=state.awaiting, slots=dict(state.slots)
                )

        if self._continues_conversation(state, nlu, clerk) and state.last_intent:
            intent = state.last_intent

        last = clerk.forms.get(state.last_intent or "")
        unsure = (
            intent in ("affirm", "deny", "out_of_scope", "info.question")  # "아니 등본으로요"
            or intent in SMALL_TALK  # "아 하이브리드에요" is not a greeting
            or nlu.intent.confidence < self.switch_confidence
        )
        if last and _relevant(last, heard) and (unsure or intent == last.intent):
            return self._advance(last, {**state.slots, **_relevant(last, heard)}, signed_in)  # "전기차면요?"
        if not last and (details := self._details_for_last(state, nlu, heard, clerk, unsure)):
            new_subject = any(state.slots.get(k, v) != v for k, v in details.items())  # 청년월세 → 청년수당
            return Decision(
                "answer",
                state.last_intent or intent,
                slots={**state.slots, **details},
                follow_up=not new_subject,
            )

        if (follow := self._likely_follow_up(nlu, state, clerk)) is not None:
            intent = follow

        if self._ambiguous(nlu) and not (active and state.awaiting):
            options = tuple(name for name, _ in nlu.intent.ranking[:2])
            fitting = [o for o in options if _pick(self._slots_of(o), heard)]
            if len(fitting) != 1:
                return Decision("clarify", intent, options=options, slots=dict(heard))
            intent = fitting[0]  # "올해 연납하면 할인 몇프로임?": only the car tax takes a prepayment

        form = clerk.forms.get(intent)
        if form:
            carried = state.slots if intent in (state.active_intent, state.last_intent) else {}
            implied = clerk.implied_slots(intent, state.last_intent)
            decision = self._advance(form, {**implied, **carried, **_relevant(form, heard)}, signed_in)
            if clerk.explains_first(intent, decision.step, nlu.text):
                decision = replace(decision, explain=True)
            elif decision.step == "act" and self._guessed(nlu, intent):
                decision = replace(decision, guessed=True)
            return decision

        if intent in clerk.grounding:
            return Decision("answer", intent, offer="human")
        owner = owner_of(intent, self.clerks)
        if owner and owner != clerk.id:
            return Decision("handoff_clerk", intent, to=owner)
        if intent in SMALL_TALK:
            return Decision("respond", intent, response=SMALL_TALK[intent])
        if intent == "help":
            return Decision("respond", intent, response=f"utter_help_{clerk.id}")
        if intent == "human_handoff":
            return Decision("handoff_human", intent, response=clerk.human_desk(state.last_intent))
        if intent in ("affirm", "deny"):
            return Decision("respond", intent, response="utter_what_else")
        if intent == "out_of_scope":
            return Decision("fallback", intent, response="utter_out_of_scope")
        if intent in clerk.intents:
            carried = state.slots if intent == state.last_intent else {}
            return Decision("answer", intent, slots={**carried, **_pick(clerk.slots_of(intent), heard)})
        return Decision("answer", intent)

    def _slots_of(self, intent: str) -> tuple[str, ...]:
        owner = owner_of(intent, self.clerks)
        return self.clerks[owner].slots_of(intent) if owner else ()

    def _likely_follow_up(self, nlu: Understanding, state: SessionState, clerk: Clerk) -> str | None:
        """A general question the classifier is unsure of, whose runner-up the request just answered makes
        likely ("and when do I pay it by?" after a car-tax answer: its due dates), is that runner-up."""
        ranking = nlu.intent.ranking
        if (
            nlu.intent.name != "info.question"
            or nlu.intent.confidence >= self.clarify_below
            or len(ranking) < 2
        ):
            return None
        runner_up = ranking[1][0]
        return runner_up if clerk.implied_slots(runner_up, state.last_intent) else None

    def trusts_topic(self, decision: Decision, nlu: Understanding) -> bool:
        """Whether answers may prefer the passages on the decided request's topic: not when only the classifier,
        unsure, named it ("재산세 400만원 나왔는데 한번에 못냄" guessed as vehicle acquisition tax)."""
        guessed = decision.form is None and not decision.follow_up and decision.intent == nlu.intent.name
        return not guessed or nlu.intent.source != "model" or nlu.intent.confidence >= self.topic_confidence

    def _details_for_last(
        self, state: SessionState, nlu: Understanding, heard: dict[str, Any], clerk: Clerk, unsure: bool
    ) -> dict[str, Any]:
        """Details for the request just answered without a form ("청년수당 돼요?" → "만 28세고 구직 중이에요"):
        slots it takes, in a message that is no request of its own (the guessed intent takes none of them).
        A confident out of scope ("마포구 맛집도 추천해 줘") is a request of its own; so is a crisis, unless
        only the classifier, barely, guessed one for details ("I'm 32, I live alone and I have a full-time job").
        A goodbye the classifier is fairly sure of ends the exchange ("ㅂㅂ 과제하러 감" names homework), and so
        does a person asked for, unless the classifier barely guessed it ("2시 말고 5시로 바꿔주세요")."""
        last, intent, confidence = state.last_intent or "", nlu.intent.name, nlu.intent.confidence
        if last not in clerk.intents:
            return {}
        if intent == "human_handoff" and (
            nlu.intent.source != "model" or confidence >= self.handoff_confidence
        ):
            return {}  # a doubtful one is "바꿔 주세요" said of the time just given, not of the person
        if intent == "goodbye" and confidence >= self.clarify_below:
            return {}
        if intent == "out_of_scope" and confidence >= self.switch_confidence:
            return {}
        if intent == "youth.crisis" and (
            nlu.intent.source != "model" or confidence >= self.crisis_details_below
        ):
            return {}
        details = _pick(clerk.slots_of(last), heard)
        if details and (unsure or intent == last or not _pick(clerk.slots_of(intent), heard)):
            return details
        return {}

    def _continues_conversation(self, state: SessionState, nlu: Understanding, clerk: Clerk) -> bool:
        """A doubtful out of scope from the classifier, right after a conversation intent (the youth counselor
        listening), is the same conversation going on ("문과인데 뭐 해먹고 살지 막막함" after a career worry);
        a confident one ("내일 날씨 어때?") is not."""
        return (
            nlu.intent.name == "out_of_scope"
            and nlu.intent.source == "model"
            and nlu.intent.confidence < self.switch_confidence
            and state.last_intent in clerk.conversations
        )

    def _guessed(self, nlu: Understanding, intent: str) -> bool:
        """The classifier named this request, barely ("I sold my car in April, do I get anything back?" as due
        dates, 0.25): a question the corpus answers is not turned into a calculation or a calendar."""
        return (
            intent == nlu.intent.name
            and nlu.intent.source == "model"
            and nlu.intent.confidence < self.guess_below
        )

    def _ambiguous(self, nlu: Understanding) -> bool:
        """Two domain intents nearly tied and neither sure: ask which one (Rasa's two-stage fallback)."""
        prediction = nlu.intent
        if (
            prediction.source != "model"
            or len(prediction.ranking) < 2
            or prediction.confidence >= self.clarify_below
        ):
            return False
        top = [name for name, _ in prediction.ranking[:2]]
        if "youth.crisis" in top:
            return (
                False  # never ask "did you mean urgent help?": the youth clerk keeps the safety lines in view
            )
        return prediction.margin < self.ambiguity and all(
            owner_of(name, self.clerks) is not None or name in ("info.question", "human_handoff")
            for name in top
        )

    def _advance(self, form: Form, slots: dict[str, Any], signed_in: bool) -> Decision:
        if form.needs_sign_in and not signed_in:
            return Decision("sign_in", form.intent, form=form, response="utter_sign_in_required", slots=slots)
        missing = form.missing(slots)
        if missing:
            return Decision("ask", form.intent, form=form, slot=missing, slots=slots)
        if form.action is None:
            return Decision("answer", form.intent, form=form, slots=slots)
        if form.confirm:
            return Decision("confirm", form.intent, form=form, slots=slots)
        return Decision("act", form.intent, form=form, slots=slots)

    def _confident_switch(self, nlu: Understanding, clerk: Clerk) -> bool:
        """A clear new request (not small talk) interrupts the form in progress."""
        intent = nlu.intent.name
        if intent in ("affirm", "deny", "out_of_scope", "thanks", "greet", "info.question"):
            return False
        if intent == "human_handoff":  # asking for a person is never ignored for the form's sake
            return nlu.intent.confidence >= self.handoff_confidence
        return nlu.intent.confidence >= self.switch_confidence and (
            intent in clerk.forms
            or owner_of(intent, self.clerks) is not None
            or intent in ("human_handoff", "help")
        )


def _chosen_by_slots(options: list[str], heard: dict[str, Any], clerk: Clerk) -> str | None:
    """The one clarify option whose form takes what the reply said ("납부기한?" → [기한 | 문의] → "자동차세")."""
    chosen = [o for o in options if (form := clerk.forms.get(o)) and _relevant(form, heard)]
    return chosen[0] if len(chosen) == 1 else None


def _pick(names: tuple[str, ...], heard: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in heard.items() if k in names}


def _relevant(form: Form, heard: dict[str, Any]) -> dict[str, Any]:
    return _pick(form.slot_names, heard)
