"""A rich progress bar behind the `(task, done, total)` callback that builders report to."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from intents.embedding_cache import Progress as ProgressFn


@contextmanager
def progress_bar(prefix: str) -> Iterator[ProgressFn]:
    with Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        transient=False,
    ) as bar:
        tasks: dict[str, int] = {}

        def report(task: str, done: int, total: int) -> None:
            if task not in tasks:
                tasks[task] = bar.add_task(f"{prefix}: {task}", total=max(total, 1))
            bar.update(tasks[task], completed=done, total=max(total, 1))

        yield report
