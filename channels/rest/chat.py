"""`POST /v1/chat`: the one call every channel ends in (see shared/contracts/chat-api.md)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Header, Request
from pydantic import BaseModel, Field

from assistants.turn import Locale, Reply, Turn
from services.auth import Citizen
from services.errors import TokenInvalid

router = APIRouter()


class ChatRequest(BaseModel):
    """A citizen's message; `assistant` absent = routed, `session_id` absent = the user's open conversation."""

    user_id: str = Field(min_length=1, max_length=128, examples=["citizen-42"])
    text: str = Field(examples=["2000cc 자동차세 얼마예요?"])
    assistant: str | None = Field(None, examples=["tax"])
    session_id: str | None = Field(None, max_length=64)
    locale: Locale | None = None
    context: dict[str, Any] = Field(default_factory=dict)


def citizen_from(request: Request, authorization: str | None) -> Citizen | None:
    """The signed-in citizen, None without a token; a malformed or rejected token is an error."""
    if authorization is None:
        return None
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise TokenInvalid("Authorization must be 'Bearer <Seoul Pass token>'")
    return request.app.state.runtime.verifier.verify(token.strip())


@router.post("/v1/chat", response_model=Reply, response_model_exclude_none=False, tags=["chat"])
def chat(body: ChatRequest, request: Request, authorization: str | None = Header(None)) -> Reply:
    """Run one turn of the conversation and return the reply with its trace."""
    citizen = citizen_from(request, authorization)
    turn = Turn(
        user_id=body.user_id,
        text=body.text,
        assistant=body.assistant,
        session_id=body.session_id,
        locale=body.locale,
        context=body.context,
        citizen=citizen,
    )
    return request.app.state.runtime.pipeline.run(turn)
