#!/usr/bin/env python3
# The reference for bench-report: the guarantee-strength chart (guarantor
# --export=index) drawn with matplotlib, 1920 × 1080 PNG.
# Copyright 2026 The Guarantor authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# usage: chart-matplotlib.py METRICS.json OUTPUT.png
# Reads the index from `guarantor --metrics` output and draws what the app's
# chart draws: one horizontal bar per instrument with its weight and score,
# the composite as a dashed line, the weakest link highlighted, title, axis
# label and source note.  Debian package: python3-matplotlib.

import json
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

LABELS = [
    ("guarantees", "Diplomatic guarantees"),
    ("funding", "Army funding"),
    ("industry", "Defence industry"),
    ("presence", "Foreign presence"),
    ("danish_model", "Danish-model fund"),
    ("air_defense", "Integrated air defence"),
    ("maritime", "Black Sea security"),
    ("readiness", "Readiness"),
]


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        index = json.load(f)["index"]
    names = [f"{label}\nweight {index['weights'][key] * 100:.0f} %" for key, label in LABELS]
    scores = [index["pillars"][key] for key, _ in LABELS]
    colours = ["#d95f02" if key == index["weakest"] else "#0072b2" for key, _ in LABELS]

    fig, ax = plt.subplots(figsize=(19.2, 10.8), dpi=100)
    bars = ax.barh(names, scores, color=colours)
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel("Score, 0 to 1")
    ax.axvline(index["composite"], color="#333333", linestyle="--")
    ax.text(index["composite"], -0.7, f"Composite {index['composite']:.2f}", ha="center")
    for bar, score in zip(bars, scores):
        ax.text(bar.get_width() + 0.01, bar.get_y() + bar.get_height() / 2, f"{score:.2f}",
                va="center")
    ax.set_title("Guarantee strength: every instrument and the whole", loc="left",
                 fontweight="bold")
    fig.text(0.01, 0.01, "Source: Guarantor model, scenario “Article baseline”")
    fig.savefig(sys.argv[2], dpi=100)


if __name__ == "__main__":
    main()
