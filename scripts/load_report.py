"""Turn locust's CSV statistics into the "Load" section of docs/performance.md.

Usage: load_report.py STATS_CSV USERS DURATION_S
"""

import csv
import os
import platform
import re
import sys
from datetime import date
from pathlib import Path

DOC = Path(__file__).resolve().parent.parent / "docs" / "performance.md"
HEADER = "# Performance\n\nFigures measured on this project's machine (2 cores, shared).\n"


def rows(stats_csv):
    with open(stats_csv, newline="") as handle:
        return list(csv.DictReader(handle))


def fmt_ms(value):
    return "–" if value in ("", "N/A") else f"{float(value):.0f}"


def section(stats, users, duration):
    total = next(r for r in stats if r["Name"] == "Aggregated")
    lines = [
        "## Load",
        "",
        f"`make load` on {date.today().isoformat()}: gunicorn (production settings, "
        f"{os.environ.get('GUNICORN_WORKERS', '2')} workers × "
        f"{os.environ.get('GUNICORN_THREADS', '4')} threads) on 127.0.0.1 against PostgreSQL, "
        f"{users} concurrent visitors (locust, 0.5–1.5 s between requests) for {duration} s, "
        f"load generator on the same {os.cpu_count()}-core machine (Python "
        f"{platform.python_version()}); the machine's load average before the run: "
        f"{os.environ.get('LOAD_AVERAGE', '?')} (other work shares the cores).",
        "",
        "| request | count | errors | req/s | p50 ms | p95 ms | p99 ms | max ms |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in stats:
        name = "**all**" if row["Name"] == "Aggregated" else row["Name"]
        lines.append(
            f"| {name} | {row['Request Count']} | {row['Failure Count']} "
            f"| {float(row['Requests/s']):.1f} | {fmt_ms(row['50%'])} | {fmt_ms(row['95%'])} "
            f"| {fmt_ms(row['99%'])} | {fmt_ms(row['Max Response Time'])} |"
        )
    lines += [
        "",
        f"Throughput {float(total['Requests/s']):.1f} requests/s, "
        f"{total['Failure Count']} errors, p95 {fmt_ms(total['95%'])} ms "
        f"(target: 0 errors, p95 ≤ 300 ms).",
        "",
    ]
    return "\n".join(lines)


def main(stats_csv, users, duration):
    new = section(rows(stats_csv), users, duration)
    text = DOC.read_text() if DOC.exists() else HEADER
    pattern = re.compile(r"^## Load\n.*?(?=^## |\Z)", re.DOTALL | re.MULTILINE)
    text = pattern.sub(lambda _: new + "\n", text) if pattern.search(text) else f"{text}\n{new}"
    DOC.write_text(text.rstrip() + "\n")
    print(new)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
