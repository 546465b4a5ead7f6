"""What every tax calculation returns: line items, the rules applied with their sources, and warnings."""

from __future__ import annotations

from pydantic import BaseModel


class RuleRef(BaseModel):
    """A rule applied, with its legal basis, public source and the knowledge passage that explains it."""

    id: str
    legal_basis: str
    source_url: str
    passage: str | None = None


class LineItem(BaseModel):
    """One line of a breakdown; `code` is stable and `params` show how it was computed (the clerk localises both)."""

    code: str
    amount: int
    params: dict[str, int | float | str] = {}
