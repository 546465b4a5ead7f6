"""Slot extraction: pure functions turning citizens' phrasings into the contract's normalised values."""
