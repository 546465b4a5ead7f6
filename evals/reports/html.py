"""One self-contained HTML page per run: summary, confusion heatmap, worst intents, latency, failing dialogs."""

from __future__ import annotations

import json
from datetime import datetime
from html import escape
from typing import Any

from evals.metrics import HEADLINE_METRICS, classification_report, intent_pairs, summarise
from evals.reports.svg import heatmap, histogram
from evals.runner import DialogResult

STYLE = """
body{font-family:system-ui,-apple-system,'Noto Sans KR',sans-serif;margin:0;background:#f4f6fa;color:#1d2433}
header{background:#1f3c88;color:#fff;padding:20px 32px}header h1{margin:0;font-size:22px}
header .verdict{display:inline-block;margin-top:8px;padding:3px 10px;border-radius:12px;font-weight:600}
.pass{background:#2e9d5b}.fail{background:#d9534f}
main{padding:20px 32px;max-width:1300px}section{background:#fff;border-radius:10px;padding:16px 20px;
margin-bottom:18px;box-shadow:0 1px 3px rgba(0,0,0,.08)}h2{font-size:17px;margin-top:0}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:10px}
.card{background:#f7f9fd;border-radius:8px;padding:10px 12px}.card b{display:block;font-size:21px}
.card span{font-size:12px;color:#5b6478}table{border-collapse:collapse;width:100%;font-size:13px}
th,td{padding:5px 8px;border-bottom:1px solid #e6e9f0;text-align:left}th{background:#f7f9fd}
.bar{display:inline-block;height:8px;background:#4a7bd0;border-radius:4px;vertical-align:middle}
.dialog{border:1px solid #e6e9f0;border-radius:8px;margin:8px 0}.dialog summary{padding:8px 12px;cursor:pointer}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:12px;padding:0 12px 12px}
.bubble{border-radius:10px;padding:6px 10px;margin:6px 0;white-space:pre-wrap;font-size:13px}
.user{background:#e3ecff}.bot{background:#f1f1f1}.failure{color:#b52b27;font-size:12px;margin:2px 0}
pre{background:#0f1629;color:#d7e2ff;border-radius:8px;padding:10px;font-size:11px;overflow:auto;max-height:360px}
.scroll{overflow:auto}
"""


def _fmt(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.3f}" if value <= 1 else f"{value:.1f}"
    return str(value)


def _cards(summary: dict[str, Any]) -> str:
    items = [
        ("dialogs passed", f"{summary['dialogs_passed']}/{summary['dialogs']}"),
        ("turns passed", f"{summary['turns_passed']}/{summary['turns']}"),
    ]
    for key in HEADLINE_METRICS:
        items.append((key.replace("_", " "), _fmt(summary[key])))
    items += [
        ("latency p50 (ms)", _fmt(summary["latency_ms"]["p50"])),
        ("latency p95 (ms)", _fmt(summary["latency_ms"]["p95"])),
    ]
    return "".join(f'<div class="card"><b>{escape(v)}</b><span>{escape(k)}</span></div>' for k, v in items)


def _intent_table(results: list[DialogResult]) -> str:
    report = classification_report(intent_pairs(results))
    rows = sorted(report.items(), key=lambda item: (item[1]["f1"], -item[1]["support"]))
    body = "".join(
        f"<tr><td>{escape(label)}</td><td>{row['precision']:.3f}</td><td>{row['recall']:.3f}</td>"
        f'<td><span class="bar" style="width:{int(row["f1"] * 80)}px"></span> {row["f1"]:.3f}</td>'
        f"<td>{row['support']}</td><td>{escape(', '.join(f'{k} ({v})' for k, v in row['confused_with'].items()))}</td></tr>"
        for label, row in rows
    )
    return (
        "<table><tr><th>intent</th><th>precision</th><th>recall</th><th>F1</th><th>support</th>"
        f"<th>confused with</th></tr>{body}</table>"
    )


def _failing(results: list[DialogResult]) -> str:
    failing = [r for r in results if not r.passed]
    if not failing:
        return "<p>Every dialog passed.</p>"
    out = []
    for result in failing:
        transcript, traces = [], []
        for n, turn in enumerate(result.turns, 1):
            transcript.append(f'<div class="bubble user">{escape(turn.user)}</div>')
            transcript.append(f'<div class="bubble bot">{escape(turn.reply or "(no reply)")}</div>')
            transcript += [f'<div class="failure">✗ {escape(f)}</div>' for f in turn.failures]
            traces.append(f"turn {n}\n" + json.dumps(turn.trace, ensure_ascii=False, indent=1))
        if result.error:
            transcript.append(f'<div class="failure">✗ {escape(result.error)}</div>')
        out.append(
            f'<details class="dialog"><summary>✗ <b>{escape(result.dialog.id)}</b> '
            f"<small>{escape(result.dialog.path)}:{result.dialog.line}</small></summary>"
            f'<div class="pair"><div>{"".join(transcript)}</div>'
            f"<pre>{escape(chr(10).join(traces))}</pre></div></details>"
        )
    return "".join(out)


def build(results: list[DialogResult], target: str) -> str:
    summary = summarise(results)
    passed = summary["dialogs_passed"] == summary["dialogs"]
    latencies = [float(t.trace["latency_ms"]) for r in results for t in r.turns if "latency_ms" in t.trace]
    failed = summary["dialogs"] - summary["dialogs_passed"]
    verdict = "all dialogs passed" if passed else f"{failed} dialog{'s' if failed > 1 else ''} failed"
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>clerks eval — {escape(verdict)}</title><style>{STYLE}</style></head><body>
<header><h1>Seoul AI clerks — evaluation report</h1>
<div>{escape(datetime.now().strftime("%Y-%m-%d %H:%M"))} · target: {escape(target)}</div>
<div class="verdict {"pass" if passed else "fail"}">{escape(verdict)}</div></header><main>
<section id="summary"><h2>Summary</h2><div class="cards">{_cards(summary)}</div></section>
<section id="confusion"><h2>Intent confusion (rows: expected, columns: recognised)</h2>
<div class="scroll">{heatmap(intent_pairs(results))}</div></section>
<section id="intents"><h2>Per-intent scores, worst first</h2>{_intent_table(results)}</section>
<section id="latency"><h2>Turn latency (server-side)</h2>{histogram(latencies)}</section>
<section id="failures"><h2>Failing dialogs</h2>{_failing(results)}</section>
</main></body></html>"""
