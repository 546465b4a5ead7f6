"""Inline SVG charts (no network, no plotting library): confusion heatmap and latency histogram."""

from __future__ import annotations

from html import escape

import numpy as np


def _colour(share: float, diagonal: bool) -> str:
    """White to green on the diagonal (right), white to red elsewhere (confusions)."""
    share = max(0.0, min(1.0, share))
    if diagonal:
        r, g, b = 255 - int(200 * share), 255 - int(90 * share), 255 - int(170 * share)
    else:
        r, g, b = 255 - int(30 * share), 255 - int(200 * share), 255 - int(200 * share)
    return f"rgb({r},{g},{b})"


def heatmap(pairs: list[tuple[str, str]], cell: int = 22) -> str:
    """Gold intents as rows, predicted as columns; colour by the row's share, counts written in the cells."""
    labels = sorted({g for g, _ in pairs} | {p for _, p in pairs})
    if not labels:
        return "<p>No intent expectations in this run.</p>"
    index = {label: i for i, label in enumerate(labels)}
    counts = np.zeros((len(labels), len(labels)), dtype=int)
    for gold, predicted in pairs:
        counts[index[gold], index[predicted]] += 1
    margin = 8 + 7 * max(len(label) for label in labels)
    size = margin + cell * len(labels) + 10
    parts = [
        f'<svg class="heatmap" role="img" aria-label="confusion matrix" width="{size}" height="{size}" '
        f'viewBox="0 0 {size} {size}" xmlns="http://www.w3.org/2000/svg" font-size="11">'
    ]
    for i, label in enumerate(labels):
        y = margin + i * cell + cell * 0.7
        parts.append(f'<text x="{margin - 4}" y="{y:.0f}" text-anchor="end">{escape(label)}</text>')
        x = margin + i * cell + cell * 0.7
        parts.append(f'<text transform="translate({x:.0f},{margin - 4}) rotate(-90)">{escape(label)}</text>')
    for i in range(len(labels)):
        total = counts[i].sum() or 1
        for j in range(len(labels)):
            value = counts[i, j]
            fill = _colour(value / total, i == j) if value else "#fafafa"
            x, y = margin + j * cell, margin + i * cell
            parts.append(
                f'<rect x="{x}" y="{y}" width="{cell - 1}" height="{cell - 1}" fill="{fill}">'
                f"<title>{escape(labels[i])} → {escape(labels[j])}: {value}</title></rect>"
            )
            if value:
                parts.append(
                    f'<text x="{x + cell / 2 - 0.5:.1f}" y="{y + cell * 0.68:.1f}" '
                    f'text-anchor="middle" font-size="10">{value}</text>'
                )
    parts.append("</svg>")
    return "".join(parts)


def histogram(values: list[float], bins: int = 24, width: int = 560, height: int = 180) -> str:
    if not values:
        return "<p>No latencies recorded.</p>"
    counts, edges = np.histogram(values, bins=bins)
    top = counts.max() or 1
    bar = (width - 60) / bins
    parts = [
        f'<svg class="histogram" role="img" aria-label="latency histogram" width="{width}" '
        f'height="{height + 30}" xmlns="http://www.w3.org/2000/svg" font-size="11">'
    ]
    for k, count in enumerate(counts):
        h = (height - 10) * count / top
        x = 40 + k * bar
        parts.append(
            f'<rect x="{x:.1f}" y="{height - h:.1f}" width="{bar - 2:.1f}" height="{h:.1f}" '
            f'fill="#4a7bd0"><title>{edges[k]:.1f}–{edges[k + 1]:.1f} ms: {count}</title></rect>'
        )
    parts.append(f'<line x1="40" y1="{height}" x2="{width - 20}" y2="{height}" stroke="#888"/>')
    for k, anchor in ((0, "start"), (bins // 2, "middle"), (bins, "end")):
        parts.append(
            f'<text x="{40 + k * bar:.0f}" y="{height + 16}" text-anchor="{anchor}">{edges[k]:.1f} ms</text>'
        )
    parts.append(f'<text x="34" y="14" text-anchor="end">{top}</text></svg>')
    return "".join(parts)
