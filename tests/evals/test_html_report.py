"""The HTML report renders in headless Chromium with its summary and confusion heatmap."""

from __future__ import annotations

from pathlib import Path

import pytest

from evals.reports import html
from evals.runner import DialogResult, TurnResult
from evals.suite import Dialog, Expect, TurnCase
from tests.conftest import REPO


def result(dialog_id: str, gold: str, predicted: str, latency: float) -> DialogResult:
    dialog = Dialog(id=dialog_id, suite="demo", turns=(TurnCase(user="…", expect=Expect({"intent": gold})),))
    body = {
        "assistant": "tax",
        "messages": [{"type": "text", "text": "답변"}],
        "trace": {"intent": {"name": predicted, "confidence": 0.9}, "latency_ms": latency},
    }
    failures = [] if gold == predicted else [f"intent: expected {gold!r}, got {predicted!r}"]
    return DialogResult(dialog, [TurnResult("…", dialog.turns[0].expect, 200, body, failures, latency)])


@pytest.mark.browser
def test_report_shows_summary_heatmap_and_failures_in_chromium(browser, tmp_path: Path):
    results = [
        result(f"d{n}", gold, pred, 10 + n)
        for n, (gold, pred) in enumerate(
            [
                ("greet", "greet"),
                ("tax.car_tax", "tax.car_tax"),
                ("tax.car_tax", "tax.due_dates"),
                ("thanks", "thanks"),
            ]
        )
    ]
    page_file = tmp_path / "report.html"
    page_file.write_text(html.build(results, "in-process"), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(page_file.as_uri())
    assert page.locator("#summary .card").count() >= 10
    assert "3/4" in page.locator("#summary").inner_text()
    heatmap = page.locator("#confusion svg.heatmap")
    assert heatmap.is_visible()
    assert heatmap.locator("rect").count() == 16
    assert page.locator("#intents tr").nth(1).inner_text().startswith("tax.due_dates")
    assert "d2" in page.locator("#failures").inner_text()
    shots = REPO / "var" / "reports"
    shots.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(shots / "eval-report.png"), full_page=True)
    assert (shots / "eval-report.png").stat().st_size > 10_000
    page.close()
