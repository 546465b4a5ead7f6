"""Seoul Pass tokens: EdDSA-signed JWTs; verified with the issuer's public key, issued by the test provider."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from services.auth.citizens import Citizen, TestCitizens
from services.errors import NotFound, TokenInvalid

ISSUER = "seoul-pass"
AUDIENCE = "seoul-clerks"


class SeoulPassVerifier:
    """Checks a bearer token's signature, issuer, audience and expiry and returns the citizen."""

    def __init__(self, public_key_pem: bytes) -> None:
        self._key = serialization.load_pem_public_key(public_key_pem)

    def verify(self, token: str) -> Citizen:
        try:
            claims = jwt.decode(
                token,
                self._key,
                algorithms=["EdDSA"],
                audience=AUDIENCE,
                issuer=ISSUER,
                options={"require": ["sub", "exp", "iss", "aud"]},
            )
        except jwt.PyJWTError as exc:
            raise TokenInvalid(f"Seoul Pass token rejected: {exc}") from exc
        birth = claims.get("birth_date")
        return Citizen(
            id=claims["sub"],
            name=claims.get("name", ""),
            birth_date=date.fromisoformat(birth) if birth else None,
            district=claims.get("district"),
        )


class TestIdentityProvider:
    """Issues tokens for the test citizens with a key kept under the data directory (created once)."""

    __test__ = False  # a product class, not a pytest test case

    def __init__(self, key_dir: Path, citizens: TestCitizens | None = None) -> None:
        self.key_path = key_dir / "seoul_pass_test_ed25519.pem"
        self.citizens = citizens or TestCitizens()
        self._private = self._load_or_create()

    def _load_or_create(self) -> Ed25519PrivateKey:
        if self.key_path.exists():
            key = serialization.load_pem_private_key(self.key_path.read_bytes(), password=None)
            assert isinstance(key, Ed25519PrivateKey)
            return key
        self.key_path.parent.mkdir(parents=True, exist_ok=True)
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        tmp = self.key_path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(pem)
        tmp.chmod(0o600)
        try:
            os.link(tmp, self.key_path)  # first writer wins, so every worker signs with one key
        except FileExistsError:
            return self._load_or_create()
        finally:
            tmp.unlink()
        return key

    def public_key_pem(self) -> bytes:
        return self._private.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )

    def issue(self, citizen_id: str, ttl: timedelta = timedelta(hours=1)) -> str:
        """A signed token for a test citizen; unknown ids are refused."""
        citizen = self.citizens.get(citizen_id)
        if citizen is None:
            raise NotFound(f"no test citizen {citizen_id!r}", code="unknown_citizen")
        now = datetime.now(UTC)
        claims = {
            "iss": ISSUER,
            "aud": AUDIENCE,
            "sub": citizen.id,
            "name": citizen.name,
            "iat": now,
            "exp": now + ttl,
            "district": citizen.district,
            "birth_date": citizen.birth_date.isoformat() if citizen.birth_date else None,
        }
        return jwt.encode(claims, self._private, algorithm="EdDSA")
