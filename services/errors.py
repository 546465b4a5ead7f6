"""One tree of domain errors; each carries what failed so a channel can map it to a status or a question."""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """Root of every expected failure; `code` is stable, `message` is for people, `details` for machines."""

    code = "domain_error"

    def __init__(self, message: str, **details: Any) -> None:
        super().__init__(message)
        self.message = message
        self.details = details


class InvalidInput(DomainError):
    """The request itself is malformed (empty text, unknown assistant, …)."""

    code = "invalid_input"

    def __init__(self, message: str, code: str | None = None, **details: Any) -> None:
        super().__init__(message, **details)
        if code:
            self.code = code


class SlotInvalid(InvalidInput):
    """A slot value a service cannot accept (0cc, a future model year); the clerk asks again."""

    code = "slot_invalid"

    def __init__(self, slot: str, value: Any, reason: str) -> None:
        super().__init__(f"{slot}={value!r}: {reason}", slot=slot, value=value, reason=reason)
        self.slot = slot
        self.value = value
        self.reason = reason


class SlotMissing(InvalidInput):
    """A service needs a slot that was not given."""

    code = "slot_missing"

    def __init__(self, slot: str) -> None:
        super().__init__(f"{slot} is required", slot=slot)
        self.slot = slot


class NotFound(DomainError):
    """The thing asked for does not exist (or is not the caller's to see)."""

    code = "not_found"

    def __init__(self, message: str, code: str | None = None, **details: Any) -> None:
        super().__init__(message, **details)
        if code:
            self.code = code


class SlotTaken(DomainError):
    """A reservation slot was booked by someone else first."""

    code = "slot_taken"


class NotSignedIn(DomainError):
    """A personal action needs the citizen's Seoul Pass token."""

    code = "not_signed_in"


class TokenInvalid(DomainError):
    """The Seoul Pass token is malformed, expired or not signed by the issuer."""

    code = "invalid_token"
