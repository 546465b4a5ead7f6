"""Won arithmetic as the tax law does it: exact rational products, fractions below 10 won dropped."""

from __future__ import annotations

from fractions import Fraction


def cut(amount: Fraction | int | float, unit: int = 10) -> int:
    """Truncate below `unit` won (지방세기본법 제59조): 106,267 -> 106,260."""
    value = Fraction(amount)
    return int(value // unit) * unit


def pct(value: int | Fraction, percent: int | float | Fraction) -> Fraction:
    return Fraction(value) * Fraction(percent) / 100
