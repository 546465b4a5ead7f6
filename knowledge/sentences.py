"""Sentence splitting for extractive answers (Korean, Japanese and English punctuation, list lines)."""

from __future__ import annotations

import re

_SPLIT = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])|\n+")
_LIST_MARK = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s*")


def split_sentences(text: str) -> list[str]:
    """Sentences of a passage, list markers removed, empty pieces dropped."""
    out = []
    for piece in _SPLIT.split(text):
        piece = _LIST_MARK.sub("", piece).strip()
        if len(piece) >= 4:
            out.append(piece)
    return out
