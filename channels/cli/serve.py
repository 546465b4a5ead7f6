"""`clerks serve`: the HTTP API (and, later, the widget and 3D pages) with uvicorn."""

from __future__ import annotations

import typer
import uvicorn
from rich.console import Console


def serve(
    host: str = typer.Option("127.0.0.1", help="Interface to bind."),
    port: int = typer.Option(8000, help="Port to listen on."),
    workers: int = typer.Option(1, min=1, help="Worker processes (use PostgreSQL/Redis for > 1)."),
) -> None:
    """Serve the chat API on http://HOST:PORT."""
    base = f"http://{host}:{port}"
    console = Console()
    console.print(f"[bold green]Seoul AI clerks[/] serving on {base}")
    console.print(f"  chat API   POST {base}/v1/chat\n  API docs   {base}/docs\n  health     {base}/readyz")
    uvicorn.run(
        "channels.app:app_from_env", factory=True, host=host, port=port, workers=workers, log_level="info"
    )
