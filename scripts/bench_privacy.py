#!/usr/bin/env python
"""Measure the privacy guard: Deduce's start-up and the scan of a 2,000-word case.

    .venv/bin/python scripts/bench_privacy.py [--words 2000] [--repeat 5] [--rebuild]

``--rebuild`` also measures Deduce's first build of its lookup structures (a minute or
more) by rebuilding the on-disk cache. The case text is made of the ordinary practice
text and the identifying sentences of ``tests/privacy/data``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "privacy" / "data"


def build_case(words: int) -> str:
    ordinary = (DATA / "ordinary.txt").read_text(encoding="utf-8")
    with open(DATA / "identifying.jsonl", encoding="utf-8") as handle:
        sentences = [json.loads(line)["text"] for line in handle if line.strip()]
    paragraphs = [p for p in ordinary.split("\n\n") if p.strip()]
    parts, count, i = [], 0, 0
    while count < words:
        block = f"{paragraphs[i % len(paragraphs)]} {sentences[i % len(sentences)]}"
        parts.append(block)
        count += len(block.split())
        i += 1
    text = "\n\n".join(parts)
    return text[: list(re.finditer(r"\S+", text))[words - 1].end()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true", help="measure the first build too")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "leersteun.settings.dev")
    try:
        import django

        django.setup()
    except Exception as error:  # the guard itself does not need Django
        print(f"(Django not set up: {error})")

    from practices.privacy import cache_file, scan, warm_up

    if args.rebuild:
        seconds = warm_up(rebuild=True)
        print(f"deduce first build (lookup structures + cache): {seconds:.1f} s")
        # Drop the instance so that the next line measures a load from the cache.
        from practices.privacy import engine

        engine._deduce = None
    started = time.perf_counter()
    warm_up()
    print(
        f"deduce start-up (load from cache {cache_file()}): {time.perf_counter() - started:.1f} s"
    )

    text = build_case(args.words)
    scan(text)  # the first scan compiles the remaining regular expressions
    timings = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        findings = scan(text)
        timings.append(time.perf_counter() - started)
    print(
        f"scan of {len(text.split())} words ({len(text)} characters): "
        f"median {statistics.median(timings) * 1000:.0f} ms, "
        f"best {min(timings) * 1000:.0f} ms, worst {max(timings) * 1000:.0f} ms "
        f"over {args.repeat} runs; {len(findings)} findings"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
