"""Mentioned slots as classifier features: what the extractors find, as one column per known slot."""

from __future__ import annotations

import numpy as np

from intents.mentions import mention_matrix, mentions_of


def test_mentions_are_the_slots_the_extractors_find_in_each_language():
    found = mentions_of(["금천 배드민턴장 내일 저녁 7시", "2000cc car tax", "ねむい～"])
    assert found[0] >= {"district", "facility_type", "date", "time"}
    assert "engine_cc" in found[1]
    assert found[2] == frozenset()


def test_mention_matrix_has_one_scaled_column_per_known_slot_and_ignores_unknown_ones():
    matrix = mention_matrix(
        [frozenset({"date", "district"}), frozenset({"booking_id"})], ("date", "district"), 0.2
    )
    np.testing.assert_allclose(matrix, [[0.2, 0.2], [0.0, 0.0]])
