"""Masks personal identifiers (resident registration and phone numbers) before text is stored or logged."""

from __future__ import annotations

import re

_RRN = re.compile(r"(?<!\d)(\d{6})\s*-?\s*([1-8])\d{6}(?!\d)")
_MOBILE = re.compile(r"(?<!\d)(01[016789])[-\s.]?(\d{3,4})[-\s.]?(\d{4})(?!\d)")
_LANDLINE = re.compile(r"(?<!\d)(0(?:2|[3-6][1-5]|70))[-\s.)]?(\d{3,4})[-\s.]?(\d{4})(?!\d)")


def mask_pii(text: str) -> str:
    """Replace resident registration numbers and phone numbers with masked forms."""
    text = _RRN.sub(lambda m: f"{m.group(1)}-{m.group(2)}******", text)
    text = _MOBILE.sub(lambda m: f"{m.group(1)}-****-****", text)
    return _LANDLINE.sub(lambda m: f"{m.group(1)}-****-****", text)
