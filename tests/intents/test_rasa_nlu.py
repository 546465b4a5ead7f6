"""Rasa 3.x NLU files: annotations become entity spans, synonyms and lookups are read, writing round-trips."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from intents.rasa_nlu import RasaFormatError, parse_example, parse_nlu, read_nlu, write_nlu

RASA_FILE = """
version: "3.1"
nlu:
- intent: tax.car_tax
  examples: |
    - [2천cc]{"entity": "engine_cc", "value": "2000"} [18년식](model_year:2018) 차세 얼마?
    - how much is car tax for a [1600cc](engine_cc) car
- intent: greet
  examples: |
    - 안녕하세요
- synonym: 마포구
  examples: |
    - 마포
    - Mapo
- lookup: district
  examples: |
    - 마포구
    - 강남구
- regex: booking_id
  examples: |
    - R-\\d{8}-\\d{4}
"""


def test_annotations_become_spans_over_the_plain_text():
    example = parse_example(
        '[2천cc]{"entity": "engine_cc", "value": "2000"} [18년식](model_year:2018) 차세', "t"
    )
    assert example.text == "2천cc 18년식 차세"
    (cc, year) = example.entities
    assert (cc.entity, cc.value, example.text[cc.start : cc.end]) == ("engine_cc", "2000", "2천cc")
    assert (year.entity, year.value, example.text[year.start : year.end]) == ("model_year", "2018", "18년식")


def test_a_whole_rasa_file_is_read():
    data = parse_nlu(yaml.safe_load(RASA_FILE), "sample.yml")
    assert data.intents() == ["greet", "tax.car_tax"]
    assert data.synonyms["mapo"] == "마포구"
    assert data.synonyms["2천cc"] == "2000"
    assert data.lookups["district"] == ["마포구", "강남구"]
    assert data.regexes["booking_id"] == [r"R-\d{8}-\d{4}"]


def test_writing_and_reading_back_gives_the_same_data(tmp_path: Path):
    data = parse_nlu(yaml.safe_load(RASA_FILE), "sample.yml")
    path = tmp_path / "out.yml"
    path.write_text(write_nlu(data), encoding="utf-8")
    again = read_nlu(path)

    def key(d):
        return sorted((e.text, e.intent, e.entities) for e in d.examples)

    assert key(again) == key(data)
    assert again.synonyms == data.synonyms
    assert again.lookups == data.lookups


@pytest.mark.parametrize(
    "broken",
    [
        {"nlu": [{"intent": "greet", "examples": "hello without dash"}]},
        {"nlu": [{"unknown": "x"}]},
        {"nlu": ["just a string"]},
    ],
)
def test_malformed_files_are_refused_with_the_place(broken: dict):
    with pytest.raises(RasaFormatError, match=r"bad\.yml"):
        parse_nlu(broken, "bad.yml")


def test_the_shipped_training_data_parses_and_covers_the_catalog():
    data = read_nlu(Path("intents/data"))
    assert {"greet", "tax.car_tax", "out_of_scope", "info.question"} <= set(data.intents())
