"""Seoul Pass tokens: the test provider issues, the verifier accepts only genuine, current tokens."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from services.auth import SeoulPassVerifier, TestIdentityProvider
from services.errors import NotFound, TokenInvalid


@pytest.fixture
def idp(tmp_path: Path) -> TestIdentityProvider:
    return TestIdentityProvider(tmp_path / "keys")


def test_issued_token_verifies_to_the_test_citizen(idp: TestIdentityProvider):
    citizen = SeoulPassVerifier(idp.public_key_pem()).verify(idp.issue("citizen-001"))
    assert citizen.id == "citizen-001"
    assert citizen.district == "마포구"


def test_expired_token_is_rejected(idp: TestIdentityProvider):
    token = idp.issue("citizen-001", ttl=timedelta(seconds=-5))
    with pytest.raises(TokenInvalid):
        SeoulPassVerifier(idp.public_key_pem()).verify(token)


def test_token_signed_by_another_key_is_rejected(idp: TestIdentityProvider, tmp_path: Path):
    other = TestIdentityProvider(tmp_path / "other-keys")
    with pytest.raises(TokenInvalid):
        SeoulPassVerifier(idp.public_key_pem()).verify(other.issue("citizen-001"))


def test_tampered_or_garbage_token_is_rejected(idp: TestIdentityProvider):
    token = idp.issue("citizen-001")
    verifier = SeoulPassVerifier(idp.public_key_pem())
    for bad in (token[:-3] + "abc", "not-a-jwt", ""):
        with pytest.raises(TokenInvalid):
            verifier.verify(bad)


def test_unknown_test_citizen_cannot_sign_in(idp: TestIdentityProvider):
    with pytest.raises(NotFound):
        idp.issue("citizen-999")


def test_the_key_survives_a_restart(tmp_path: Path):
    first = TestIdentityProvider(tmp_path / "keys")
    second = TestIdentityProvider(tmp_path / "keys")
    assert first.public_key_pem() == second.public_key_pem()
