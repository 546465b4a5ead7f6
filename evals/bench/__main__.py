"""`make bench` / `python -m evals.bench [SECTION ...]`: run benchmark sections, print and save the figures."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rich.console import Console

from evals.bench import cold_start, eval_speed, machine, nlu, retrieval, turns

SECTIONS = {
    "nlu": nlu.run,
    "turns": turns.run,
    "cold_start": cold_start.run,
    "eval_speed": eval_speed.run,
    "retrieval": retrieval.run,
}


def main(argv: list[str]) -> None:
    console = Console()
    chosen = argv or list(SECTIONS)
    out = Path("var/reports/bench.json")
    figures: dict[str, object] = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    figures["machine"] = machine.describe()
    for name in chosen:
        console.print(f"[bold]bench: {name}[/]")
        result = SECTIONS[name]()
        console.print_json(json.dumps(result, ensure_ascii=False))
        figures[name] = result
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(figures, ensure_ascii=False, indent=2), encoding="utf-8")
    console.print(f"figures written to {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
