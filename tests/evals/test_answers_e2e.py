"""The end-to-end answer verdicts: a gold first citation is correct, none is uncited, out of corpus must decline."""

from __future__ import annotations

from evals.answers_e2e import Outcome, report, tally
from evals.retrieval_eval import Question

MOVING = Question("전입신고 어디서 해요", "ko", ("civil/moving-in-report",), "t.yml")
BUSAN = Question("부산 지하철 정기권", "ko", (), "t.yml")


def test_verdicts_follow_the_first_citation_and_the_gold_list():
    assert Outcome(MOVING, "info.question", ("civil/moving-in-report",)).verdict == "correct"
    assert (
        Outcome(MOVING, "info.question", ("civil/moving-in-online", "civil/moving-in-report")).verdict
        == "wrong"
    )
    assert Outcome(MOVING, "out_of_scope", ()).verdict == "uncited"
    assert Outcome(BUSAN, "out_of_scope", ()).verdict == "declined"
    assert Outcome(BUSAN, "info.question", ("traffic/subway",)).verdict == "made_up"


def test_tally_counts_per_language_and_overall():
    outcomes = [
        Outcome(MOVING, "info.question", ("civil/moving-in-report",)),
        Outcome(BUSAN, "out_of_scope", ()),
    ]
    counts = tally(outcomes)
    assert counts["all"] == {"correct": 1, "declined": 1}
    assert counts["ko"]["correct"] == 1


def test_the_report_lists_every_question_with_its_verdict():
    outcomes = [
        Outcome(MOVING, "info.question", ("civil/moving-in-online",)),
        Outcome(BUSAN, "out_of_scope", ()),
    ]
    body = report(outcomes)
    assert body["summary"]["all"] == {"declined": 1, "wrong": 1}
    assert [(q["text"], q["verdict"], q["cited"]) for q in body["questions"]] == [
        ("전입신고 어디서 해요", "wrong", ["civil/moving-in-online"]),
        ("부산 지하철 정기권", "declined", []),
    ]
