"""Per-turn latency of in-process turns (as `clerks chat` runs them) on a fresh SQLite database."""

from __future__ import annotations

import tempfile
import time
from datetime import date
from pathlib import Path

from assistants.system import build_pipeline
from assistants.turn import Turn
from evals.bench.stats import percentiles
from services.settings import Settings, get_settings
from services.storage import make_engine, migrate

DIALOGS = [
    ["2000cc 승용차 자동차세 얼마예요?", "2025년식이요"],
    ["How much is the car tax on a 1600cc car?", "It's a 2019 model"],
    ["2000ccの車の自動車税はいくらですか？", "2021年式です"],
    ["안녕하세요", "도움말 보여줘", "고마워요"],
    ["1998씨씨 18년식 차세 얼마?", "전기차면?"],
]


def run(rounds: int = 40) -> dict[str, object]:
    base = get_settings()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(
            database_url=f"sqlite:///{Path(tmp) / 'bench.db'}",
            data_dir=Path(tmp),
            model_dir=base.model_dir,
            index_dir=base.index_dir,
            today=date(2026, 11, 25),
        )
        engine = make_engine(settings.database_url)
        migrate(engine)
        pipeline = build_pipeline(settings, engine)
        pipeline.warm_up()
        for text in DIALOGS[0]:
            pipeline.run(Turn(user_id="warm", text=text))
        samples = []
        for n in range(rounds):
            for d, dialog in enumerate(DIALOGS):
                for text in dialog:
                    started = time.perf_counter()
                    pipeline.run(Turn(user_id=f"bench-{n}-{d}", text=text))
                    samples.append((time.perf_counter() - started) * 1000)
    return {"turn_latency_ms": percentiles(samples)}
