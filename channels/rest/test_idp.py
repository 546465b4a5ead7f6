"""The Seoul Pass test identity provider: tokens for test citizens (enabled by settings, off in production)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel

from services.errors import NotFound

router = APIRouter(tags=["auth"])


class TokenRequest(BaseModel):
    citizen_id: str


class TokenResponse(BaseModel):
    access_token: str
    token_type: str = "Bearer"
    citizen_id: str


@router.post("/v1/auth/test-token", response_model=TokenResponse)
def test_token(body: TokenRequest, request: Request) -> TokenResponse:
    """Sign in as a test citizen (e.g. `citizen-001`) and get a Seoul Pass bearer token."""
    idp = request.app.state.runtime.test_idp
    if idp is None:
        raise NotFound("the test identity provider is disabled", code="test_idp_disabled")
    return TokenResponse(access_token=idp.issue(body.citizen_id), citizen_id=body.citizen_id)
