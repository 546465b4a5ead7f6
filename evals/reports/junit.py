"""JUnit XML for CI: one testcase per dialog; a failure names the turn, the expectation and the trace."""

from __future__ import annotations

import json
from collections import defaultdict
from xml.etree import ElementTree as ET

from evals.runner import DialogResult


def build(results: list[DialogResult]) -> str:
    by_suite: dict[str, list[DialogResult]] = defaultdict(list)
    for result in results:
        by_suite[result.dialog.suite].append(result)
    root = ET.Element(
        "testsuites",
        name="clerks eval",
        tests=str(len(results)),
        failures=str(sum(not r.passed for r in results)),
    )
    for suite, items in by_suite.items():
        seconds = sum(t.client_ms for r in items for t in r.turns) / 1000
        element = ET.SubElement(
            root,
            "testsuite",
            name=suite,
            tests=str(len(items)),
            failures=str(sum(not r.passed for r in items)),
            time=f"{seconds:.3f}",
        )
        for result in items:
            case = ET.SubElement(
                element,
                "testcase",
                classname=suite,
                name=result.dialog.id,
                file=result.dialog.path,
                line=str(result.dialog.line),
                time=f"{sum(t.client_ms for t in result.turns) / 1000:.3f}",
            )
            if result.passed:
                continue
            lines = [f"dialog error: {result.error}"] if result.error else []
            for n, turn in enumerate(result.turns, 1):
                if turn.passed:
                    continue
                lines.append(f"turn {n}: user: {turn.user}")
                lines.append(f"  expected: {json.dumps(turn.expect.checks, ensure_ascii=False)}")
                lines += [f"  - {f}" for f in turn.failures]
                lines.append(f"  reply: {turn.reply}")
                lines.append(f"  trace: {json.dumps(turn.trace, ensure_ascii=False)}")
            first = next(
                (t.failures[0] for t in result.turns if t.failures), result.error or "not all turns ran"
            )
            failure = ET.SubElement(case, "failure", message=first, type="DialogFailure")
            failure.text = "\n".join(lines)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True)
