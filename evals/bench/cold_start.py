"""Cold start: from `make run` on an installed checkout to the first answered chat turn."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _ask(port: int) -> dict | None:
    body = json.dumps({"user_id": "bench", "text": "2000cc 승용차 자동차세 얼마예요?"}).encode()
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/v1/chat", data=body, headers={"content-type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return json.loads(response.read())
    except OSError:
        return None


def run(repeats: int = 3) -> dict[str, object]:
    samples = []
    for _ in range(repeats):
        port = _free_port()
        env = {**os.environ, "SEOUL_CLERKS_DATABASE_URL": f"sqlite:////tmp/clerks-bench-{port}.db"}
        started = time.perf_counter()
        process = subprocess.Popen(
            ["make", "-s", "run", f"PORT={port}"],
            cwd=REPO,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            while (reply := _ask(port)) is None:
                if time.perf_counter() - started > 120:
                    raise TimeoutError("no answer within 120 s")
                time.sleep(0.05)
            assert reply["trace"]["awaiting"] == "model_year"
            samples.append(round(time.perf_counter() - started, 2))
        finally:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=30)
            for suffix in ("", "-wal", "-shm"):
                Path(f"/tmp/clerks-bench-{port}.db{suffix}").unlink(missing_ok=True)
    return {"cold_start_s": {"runs": samples, "median": sorted(samples)[len(samples) // 2]}}
