"""Data files read with the C loader: the same values and the same errors as `yaml.safe_load`."""

from __future__ import annotations

from datetime import date

import pytest
import yaml

from services.yaml_text import load_yaml


def test_front_matter_reads_as_with_safe_load():
    text = "id: tax/car-tax-rates\nupdated: 2026-11-01\nassistant: [tax, counselor120]\ntags:\n- car\n"
    assert load_yaml(text) == yaml.safe_load(text)
    assert load_yaml(text)["updated"] == date(2026, 11, 1)


def test_unsafe_tags_are_refused_and_bad_yaml_raises_yaml_error():
    with pytest.raises(yaml.YAMLError):
        load_yaml("!!python/object/apply:os.system ['true']")
    with pytest.raises(yaml.YAMLError):
        load_yaml("key: [unclosed")
