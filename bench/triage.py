"""Triage throughput benchmark: the full default triage on real (or synthetic) posts, and its stages.

    .venv/bin/python -m bench.triage [--n 20000] [--batch 1000] [--json]

Texts come from the shared public datasets when they are present (complaint tweets, TweetEval
offensive and hate, cyber-trolls), cycled to N; otherwise from the ingest benchmark's synthetic
generator. The whole `Triage.assess_many` is timed, then each stage alone on the same texts, so the
table shows where the time goes. One process; the target is 5,000 posts/s on a 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import time
from collections.abc import Callable, Sequence
from typing import Any

TARGET_PER_SECOND = 5_000


def load_texts(n: int, seed: int = 7) -> tuple[list[str], str]:
    from amends.triage import datasets as ds

    root = ds.datasets_dir()
    texts: list[str] = []
    source = "shared datasets (complaints, TweetEval offensive/hate, cyber-trolls)"
    try:
        texts += ds.complaints(root)[0]
        texts += ds.tweeteval(root, "offensive", "train")[0]
        texts += ds.tweeteval(root, "hate", "train")[0]
        texts += ds.cybertrolls(root)[0]
    except ds.DatasetMissing:
        from bench.ingest import _text

        rng = random.Random(seed)
        texts = [_text(rng, "@acme ") for _ in range(5000)]
        source = "synthetic (bench.ingest vocabulary): shared datasets absent"
    rng = random.Random(seed)
    rng.shuffle(texts)
    return [texts[i % len(texts)] for i in range(n)], source


def _time(fn: Callable[[Sequence[str]], Any], texts: list[str], batch: int) -> float:
    start = time.perf_counter()
    for i in range(0, len(texts), batch):
        fn(texts[i : i + batch])
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.triage", description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20_000, help="posts to assess")
    parser.add_argument("--batch", type=int, default=1000, help="posts per assess_many call (ingest uses its chunk)")
    parser.add_argument("--json", action="store_true", help="also print the raw results as JSON")
    args = parser.parse_args(argv)

    from amends.triage.engine import Triage
    from amends.triage.language import detect_languages
    from amends.triage.legal import assess_legal_risk
    from amends.triage.pii import detect_pii
    from amends.triage.topic import classify_topic

    texts, source = load_texts(args.n)
    engine = Triage()
    engine.assess_many(texts[:200])  # load the model and the language detector before timing

    total = _time(engine.assess_many, texts, args.batch)
    stages: dict[str, float] = {
        "text model (9 heads)": _time(engine.model.score, texts, args.batch),
        "language": _time(detect_languages, texts, args.batch),
        "legal rules": _time(lambda b: [assess_legal_risk(t) for t in b], texts, args.batch),
        "pii rules": _time(lambda b: [detect_pii(t) for t in b], texts, args.batch),
        "topic": _time(lambda b: [classify_topic(t) for t in b], texts, args.batch),
    }
    stages["everything else (cues, evidence, priority)"] = max(0.0, total - sum(stages.values()))
    rate = args.n / total
    print(f"triage benchmark: {args.n:,} posts from {source}; batch {args.batch}")
    cpu = platform.processor() or platform.machine()
    print(f"machine: {cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()}")
    print()
    print(f"{'stage':<45} {'seconds':>9} {'posts/s':>10} {'share':>7}")
    for name, seconds in stages.items():
        per_s = args.n / seconds if seconds else float("inf")
        print(f"{name:<45} {seconds:>9.2f} {per_s:>10,.0f} {seconds / total:>7.0%}")
    print(f"{'full triage':<45} {total:>9.2f} {rate:>10,.0f} {'100%':>7}")
    verdict = "met" if rate >= TARGET_PER_SECOND else "MISSED"
    print(f"\ntarget {TARGET_PER_SECOND:,} posts/s: {verdict} ({rate:,.0f} posts/s)")
    if args.json:
        print(json.dumps({"n": args.n, "batch": args.batch, "seconds": total, "per_second": rate, "stages": stages}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
