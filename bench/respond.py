"""Respond latency benchmark: composing a draft and checking a reply, the two things an agent waits on.

    .venv/bin/python -m bench.respond [--n 500] [--recent 200] [--json]

Complaints are the first N customer tweets of the TWCS samples (or a small built-in list when the
shared datasets are absent). Each is composed for and its draft checked against `--recent` earlier
drafts, as the live path does (the brand's recent replies are the copy-paste pool). Prints the
median and 95th-percentile latency of `compose` and of `check_reply`, and of the check with an
unchanging pool (what a server sees while an agent edits one draft). No target is set by the issue;
an agent should not notice either (we aim under 50 ms).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import statistics
import time
from collections import deque
from typing import Any

from amends.respond.checker import check_reply
from amends.respond.composer import ComposeRefused, compose
from amends.respond.context import PiiItem, ReplyContext
from amends.triage.datasets import datasets_dir
from amends.triage.pii import detect_pii

FALLBACK = [
    "@brand my parcel was due Monday and it's still not here, order 558213",
    "@brand charged twice for the same subscription this month, sort it out",
    "@brand the app crashes every time I open my basket",
    "@brand your driver left my fridge in the rain and now it won't turn on",
]


def complaints(n: int) -> tuple[list[str], str]:
    path = datasets_dir() / "twcs_samples" / "spotifycares_support_requests.csv"
    if path.exists():
        with path.open(encoding="utf-8", newline="") as fh:
            rows = [r["text"] for r in csv.DictReader(fh) if (r.get("inbound") or "").lower() == "true" and r["text"]]
        return rows[:n], "TWCS samples (SpotifyCares customer tweets)"
    return [FALLBACK[i % len(FALLBACK)] for i in range(n)], "built-in examples (shared datasets absent)"


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def run(n: int, recent_size: int) -> dict[str, Any]:
    texts, source = complaints(n)
    recent: deque[str] = deque(maxlen=recent_size)
    compose_ms: list[float] = []
    check_ms: list[float] = []
    for i, text in enumerate(texts):
        ctx = ReplyContext(
            platform="x",
            complaint_text=text,
            kind="complaint",
            pii=tuple(PiiItem(s.type, s.text) for s in detect_pii(text)),
            recent_replies=tuple(reversed(recent)),
        )
        t0 = time.perf_counter()
        try:
            draft = compose(ctx, seed=i)
        except ComposeRefused:
            continue
        t1 = time.perf_counter()
        check_reply(draft.text, ctx)
        t2 = time.perf_counter()
        compose_ms.append((t1 - t0) * 1000)
        check_ms.append((t2 - t1) * 1000)
        recent.append(draft.text)
    # Re-checking while an agent edits: same pool, different text each time.
    steady = ReplyContext(platform="x", complaint_text=texts[0], recent_replies=tuple(recent))
    check_reply("warm up", steady)
    edit_ms: list[float] = []
    for text in list(recent)[:200]:
        t0 = time.perf_counter()
        check_reply(text + " Thanks again.", steady)
        edit_ms.append((time.perf_counter() - t0) * 1000)
    return {
        "source": source,
        "drafts": len(compose_ms),
        "recent_pool": recent_size,
        "compose_ms_median": round(statistics.median(compose_ms), 2),
        "compose_ms_p95": round(_pct(compose_ms, 0.95), 2),
        "check_ms_median": round(statistics.median(check_ms), 2),
        "check_ms_p95": round(_pct(check_ms, 0.95), 2),
        "recheck_same_pool_ms_median": round(statistics.median(edit_ms), 2),
        "recheck_same_pool_ms_p95": round(_pct(edit_ms, 0.95), 2),
        "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--recent", type=int, default=200)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = run(args.n, args.recent)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"source: {result['source']}; {result['drafts']} drafts; pool of {result['recent_pool']} recent replies")
    print(f"{'operation':<42}{'median ms':>10}{'p95 ms':>10}")
    for label, key in (
        ("compose a draft", "compose"),
        ("check it (pool changes every draft)", "check"),
        ("re-check while editing (same pool)", "recheck_same_pool"),
    ):
        print(f"{label:<42}{result[key + '_ms_median']:>10.2f}{result[key + '_ms_p95']:>10.2f}")
    print(f"machine: {result['machine']}")


if __name__ == "__main__":
    main()
