"""The `clerks` command line: serve, chat, build (and evaluation commands)."""

from __future__ import annotations

import typer

from channels.cli import build, chat, serve
from channels.cli.eval import eval_command
from channels.cli.eval_answers import eval_answers
from channels.cli.eval_retrieval import eval_retrieval

app = typer.Typer(
    help="Seoul AI clerks: serve the API, chat in the terminal, build models and indexes.",
    no_args_is_help=True,
    add_completion=False,
)
app.command("serve")(serve.serve)
app.command("chat")(chat.chat)
app.command("build")(build.build)
app.command("eval")(eval_command)
app.command("eval-retrieval")(eval_retrieval)
app.command("eval-answers")(eval_answers)


def main() -> None:
    app()
