"""`clerks eval` speed: 200 single-turn cases in-process, the whole command timed (start-up included)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from evals.loading import load_suites

REPO = Path(__file__).resolve().parents[2]


def _cases(n: int) -> dict:
    dialogs = [d for s in load_suites([REPO / "evals" / "suites"]) for d in s.dialogs if len(d.turns) == 1]
    picked = dialogs[:: max(1, len(dialogs) // n)][:n]
    return {
        "suite": "bench-200",
        "dialogs": [
            {
                "id": f"case-{i}",
                "turns": [
                    {"user": d.turns[0].user, "expect": {"intent": d.turns[0].expect.get("intent", "greet")}}
                ],
            }
            for i, d in enumerate(picked)
        ],
    }


def run(cases: int = 200) -> dict[str, object]:
    figures: dict[str, object] = {"cases": cases}
    with tempfile.TemporaryDirectory() as tmp:
        suite = Path(tmp) / "bench.yml"
        suite.write_text(yaml.safe_dump(_cases(cases), allow_unicode=True), encoding="utf-8")
        for workers in (1, 4):
            runs = []
            for _ in range(3):
                started = time.perf_counter()
                subprocess.run(
                    [sys.executable, "-m", "channels.cli", "eval", str(suite), "--workers", str(workers)],
                    cwd=REPO,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    check=False,
                )
                runs.append(round(time.perf_counter() - started, 2))
            figures[f"workers_{workers}_s"] = {"runs": runs, "median": sorted(runs)[1]}
    return {"eval_200_cases": figures}
