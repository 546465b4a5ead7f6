"""What every tax calculation returns: line items, the rules applied with their sources, and warnings."""

from __future__ import annotations

from pydantic import BaseModel


class RuleRef(BaseModel):
    """A rule applied, with its legal basis, public source and the knowledge passage that explains it."""

    id: str
    legal_basis: str
    source_url: str
    passage: str | None = None

    @classmethod
    def of(cls, rule: dict, **overrides: str) -> RuleRef:
        """The reference a rules-file entry makes (its id, legal basis, source URL and passage)."""
        values = {
            "id": rule.get("id"),
            "legal_basis": rule.get("legal_basis"),
            "source_url": rule.get("source_url"),
            "passage": rule.get("passage"),
        }
        return cls(**(values | overrides))


class LineItem(BaseModel):
    """One line of a breakdown; `code` is stable and `params` show how it was computed (the clerk localises both)."""

    code: str
    amount: int
    params: dict[str, int | float | str] = {}
