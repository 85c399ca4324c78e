#!/usr/bin/env python3
"""Summarises regie_bench_writepath JSON output (--benchmark_out=FILE --benchmark_out_format=json).

Per benchmark and N: the median wall time over the repetitions, the mean CPU time, items per
second (from the median wall time) and the bytes read and written per item; then the ratios
write path / plain insert that docs/performance.md reports. Prints Markdown tables.
"""
import json
import statistics
import sys
from collections import defaultdict


def load(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    runs = defaultdict(list)
    for b in data["benchmarks"]:
        if b.get("run_type") != "iteration" or b.get("error_occurred"):
            continue
        name, n = b["run_name"].split("/")[:2]
        runs[(name, int(n))].append(b)
    return data["context"], runs


def main(path):
    context, runs = load(path)
    print(f"load average at start: {context.get('load_avg')}, "
          f"extra pragmas: {context.get('extra_pragmas', 'none')}\n")
    print("| benchmark | N | wall median ms (min-max) | CPU mean ms | items/s | read B/item | written B/item |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    summary = {}
    for (name, n), rs in sorted(runs.items()):
        walls = [r["real_time"] for r in rs]
        wall = statistics.median(walls)
        cpu = statistics.mean(r["cpu_time"] for r in rs)
        rd = statistics.mean(r.get("rd_B/item", 0) for r in rs)
        wr = statistics.mean(r.get("wr_B/item", 0) for r in rs)
        summary[(name, n)] = (wall, cpu)
        print(f"| {name} | {n} | {wall:.1f} ({min(walls):.1f}-{max(walls):.1f}) | {cpu:.1f} "
              f"| {n / wall * 1000:,.0f} | {rd:,.0f} | {wr:,.0f} |")
    print("\n| N | edits / plain insert (wall) | (CPU) | per action / plain insert (wall) | (CPU) "
          "| edits / plain update (wall) | (CPU) |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for n in sorted({n for (_, n) in summary}):
        def ratio(a, b, i):
            if (a, n) not in summary or (b, n) not in summary:
                return "-"
            return f"{summary[(a, n)][i] / summary[(b, n)][i]:.1f}x"
        print(f"| {n} | {ratio('BM_WritePathEdits', 'BM_PlainInsert', 0)} "
              f"| {ratio('BM_WritePathEdits', 'BM_PlainInsert', 1)} "
              f"| {ratio('BM_WritePathPerAction', 'BM_PlainInsert', 0)} "
              f"| {ratio('BM_WritePathPerAction', 'BM_PlainInsert', 1)} "
              f"| {ratio('BM_WritePathEdits', 'BM_PlainUpdate', 0)} "
              f"| {ratio('BM_WritePathEdits', 'BM_PlainUpdate', 1)} |")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: ratios.py writepath.json")
    main(sys.argv[1])
