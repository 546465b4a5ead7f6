"""Rasa 3.x NLU files and test stories become suites scored the same way as ours."""

from __future__ import annotations

from pathlib import Path

from evals.rasa_import import rasa_suite
from intents.rasa_nlu import read_nlu, write_nlu

NLU = """\
version: "3.1"
nlu:
- intent: tax.car_tax
  examples: |
    - [2천cc]{"entity": "engine_cc", "value": "2000"} 차 자동차세 얼마야
    - [1600cc](engine_cc:1600) car tax please
- intent: reserve.search
  examples: |
    - [다음주 토요일](date) [마포]{"entity": "district", "value": "마포구"} 테니스장 있어?
- synonym: 마포구
  examples: |
    - 마포
"""

STORIES = """\
version: "3.1"
stories:
- story: car tax happy path
  steps:
  - user: |
      [2000cc]{"entity": "engine_cc", "value": "2000"} 자동차세 얼마예요?
    intent: tax.car_tax
  - slot_was_set:
    - engine_cc: 2000
  - action: utter_ask_model_year
  - user: |
      2025년식이요
    intent: tax.car_tax
  - action: tax.car_tax
"""


def test_nlu_examples_become_single_turn_dialogs_with_normalised_slots():
    suite = rasa_suite(NLU, "nlu.yml")
    assert suite is not None
    expects = [d.turns[0].expect.checks for d in suite.dialogs]
    assert expects == [
        {"intent": "tax.car_tax", "slots": {"engine_cc": 2000}},
        {"intent": "tax.car_tax", "slots": {"engine_cc": 1600}},
        {"intent": "reserve.search", "slots": {"district": "마포구"}},
    ]
    assert suite.dialogs[0].turns[0].user == "2천cc 차 자동차세 얼마야"


def test_stories_become_multi_turn_dialogs_with_slot_and_action_checks():
    suite = rasa_suite(STORIES, "stories.yml")
    assert suite is not None
    (dialog,) = suite.dialogs
    first, second = dialog.turns
    assert first.expect.checks == {"intent": "tax.car_tax", "slots": {"engine_cc": 2000}}
    assert second.user == "2025년식이요"
    assert second.expect.checks == {"intent": "tax.car_tax", "action": "tax.car_tax"}


def test_a_failure_in_a_rasa_file_names_the_line_of_its_example_story_and_step():
    nlu = rasa_suite(NLU, "nlu.yml")
    stories = rasa_suite(STORIES, "stories.yml")
    assert nlu is not None and stories is not None
    assert [d.line for d in nlu.dialogs] == [5, 6, 9]
    (dialog,) = stories.dialogs
    assert (dialog.line, [t.line for t in dialog.turns]) == (3, [5, 11])


def test_nlu_round_trip_keeps_examples_and_annotations(tmp_path: Path):
    source = tmp_path / "nlu.yml"
    source.write_text(NLU, encoding="utf-8")
    again = tmp_path / "again.yml"
    again.write_text(write_nlu(read_nlu(source)), encoding="utf-8")
    first, second = rasa_suite(NLU, "a"), rasa_suite(again.read_text(encoding="utf-8"), "b")
    assert sorted(d.turns[0].expect.checks["intent"] + d.turns[0].user for d in first.dialogs) == sorted(
        d.turns[0].expect.checks["intent"] + d.turns[0].user for d in second.dialogs
    )


def test_a_plain_suite_is_not_taken_for_rasa():
    assert rasa_suite("dialogs: []\n", "x.yml") is None
