#!/usr/bin/python3
"""Whole-process benchmark: recon against wc -l and a pandas script, on the same files, in one run.

Run by `make bench` (see docs/performance.md). It generates the inputs with recon-gen (a 1M-line
and a 100k-line report, each with a 10,000-line bank export, a folder of 200 smaller reports, and
six small reports with a 1.5M-line, 104 MiB bank export),
warms the page cache, runs every command several times and reports the median wall time, its ratio
to `wc -l` on the same input, and the peak resident memory, then checks issue 7's targets.

This is a report, not a test: timings depend on the machine, so it prints and never fails a build.
"""

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MIB = 1024 * 1024


def run_once(command):
    """Wall seconds and peak RSS (MiB) of one run of `command`, its output discarded.

    GNU time reports the peak RSS: it forks the command from its own small process, whereas a
    child forked from this Python process would inherit its memory high-water mark.
    """
    start = time.perf_counter()
    process = subprocess.run(["/usr/bin/time", "-f", "%M", *command], stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - start
    if process.returncode not in (0, 1):  # 1 is recon's "findings": a result, not a failure
        sys.exit(f"bench: {' '.join(map(str, command))} failed with status {process.returncode}:\n{process.stderr}")
    return seconds, int(process.stderr.split()[-1]) / 1024


def measure_all(commands, runs):
    """For each (name, command, before_each): the median seconds and the largest peak RSS.

    Every command runs once untimed to warm up, then the commands take turns, `runs` rounds, so
    that whatever else the machine does in the meantime falls on all of them alike.
    """
    times = {name: [] for name, _, _ in commands}
    peaks = {name: 0.0 for name, _, _ in commands}
    for round_number in range(runs + 1):
        for name, command, before_each in commands:
            if before_each:
                before_each()
            seconds, peak = run_once(command)
            if round_number > 0:
                times[name].append(seconds)
                peaks[name] = max(peaks[name], peak)
    return {name: (statistics.median(times[name]), peaks[name]) for name, _, _ in commands}


def machine():
    cpu = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    memory = int(Path("/proc/meminfo").read_text().split()[1]) // (1024 * 1024)
    compiler = subprocess.run(["c++", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    return f"{os.cpu_count()} cores ({cpu}), {memory} GiB RAM, Linux {platform.release()}, {compiler}"


def generate(recon_gen, folder, lines, settlements=1, bank_lines=10000):
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run([recon_gen, "--lines", str(lines), "--settlements", str(settlements),
                    "--bank-lines", str(bank_lines), "-o", folder], check=True, stdout=subprocess.DEVNULL)
    return sorted(folder.glob("settlement-*.txt")), folder / "bank.csv"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default="build/release", help="the release build folder")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--data", help="where to generate the inputs (default: a temporary folder)")
    parser.add_argument("--output", help="also write the table (Markdown) to this file")
    args = parser.parse_args()

    build = Path(args.build)
    recon = str(build / "apps/recon/recon")
    recon_gen = str(build / "tools/recon-gen/recon-gen")
    pandas_script = str(Path(__file__).with_name("pandas_foot.py"))
    data = Path(args.data) if args.data else Path(tempfile.mkdtemp(prefix="recon-bench-"))
    book = data / "bench.db"

    def fresh_book():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{book}{suffix}").unlink(missing_ok=True)

    print(f"bench: generating inputs in {data}", file=sys.stderr)
    big, big_bank = generate(recon_gen, data / "1m", 1_000_000)
    small, small_bank = generate(recon_gen, data / "100k", 100_000)
    many, _ = generate(recon_gen, data / "many", 5_000, settlements=200, bank_lines=0)
    # The bank side's bound (docs/robustness.md): memory and time follow the credits, not the file.
    bank_reports, huge_bank = generate(recon_gen, data / "bank", 1_000, settlements=6, bank_lines=1_500_000)
    # Written out to disk first, so that the kernel's writeback of the fresh files does not run
    # during the timed runs (it took a core from the first runs after generating); then read into
    # the page cache.
    os.sync()
    subprocess.run(["cat", *big, *small, *many, huge_bank], stdout=subprocess.DEVNULL, check=True)

    rows = []  # (input, command label, seconds, ratio to wc -l, peak MiB)

    def bench(label, files, commands, apart=(), unlisted=()):
        """`commands` take turns with `wc -l`; those `apart` run in rounds of their own afterwards,
        because a process that churns through most of a gigabyte (pandas) leaves the kernel
        reclaiming and the caches cold for whatever runs next. Those `unlisted` take turns too,
        as references measured in the same rounds, but are left out of the table."""
        results = measure_all([("`wc -l`", ["wc", "-l", *files], None), *commands, *unlisted], args.runs)
        for command in apart:
            results.update(measure_all([command], args.runs))
        wc_seconds = results["`wc -l`"][0]
        left_out = {name for name, _, _ in unlisted}
        for name, (seconds, peak) in results.items():
            if name not in left_out:
                rows.append((label, name, seconds, seconds / wc_seconds, peak))
        return wc_seconds, results

    print("bench: 1M-line report", file=sys.stderr)
    wc_big, big_results = bench("1M lines", big, [
        ("`recon foot`", [recon, "foot", *big], None),
        ("`recon foot --json`", [recon, "foot", "--json", *big], None),
        ("`recon settle` + book + 10k-line bank", [recon, "settle", "--book", book, *big, big_bank], fresh_book),
    ], apart=[("pandas script", ["/usr/bin/python3", pandas_script, *big], None)])
    print("bench: 100k-line report", file=sys.stderr)
    _, small_results = bench("100k lines", small, [
        ("`recon foot`", [recon, "foot", *small], None),
        ("`recon settle` + book + 10k-line bank", [recon, "settle", "--book", book, *small, small_bank], fresh_book),
    ])
    print("bench: 200 reports of 5,000 lines", file=sys.stderr)
    # The 1M-line report takes turns with the 200 files here too: their per-line speeds are
    # compared within the same rounds, so the machine's drift between blocks does not count.
    _, many_results = bench("200 × 5k lines", many, [("`recon foot`", [recon, "foot", *many], None)],
                            unlisted=[("one report", [recon, "foot", *big], None)])

    print("bench: a 1.5M-line bank export", file=sys.stderr)
    bench("1.5M-line bank export", [huge_bank], [
        ("`recon settle --no-book` + 6 reports", [recon, "settle", "--no-book", *bank_reports, huge_bank], None),
    ])

    lines = [f"Machine: {machine()}.", "",
             f"Median of {args.runs} runs after a warm-up run, files in the page cache. recon and `wc -l` take "
             "turns; the pandas script runs in rounds of its own after them.", "",
             "| input | command | seconds | × `wc -l` | peak RSS (MiB) |",
             "|---|---|---:|---:|---:|"]
    for label, name, seconds, ratio, peak in rows:
        lines.append(f"| {label} | {name} | {seconds:.3f} | {ratio:.2f} | {peak:.1f} |")

    foot_s, _ = big_results["`recon foot`"]
    settle_s, _ = big_results["`recon settle` + book + 10k-line bank"]
    pandas_s, _ = big_results["pandas script"]
    peak_1m = max(peak for name, (_, peak) in big_results.items() if name.startswith("`recon"))
    peak_100k = max(peak for name, (_, peak) in small_results.items() if name.startswith("`recon"))
    many_per_line = many_results["`recon foot`"][0] / 1_000_000
    one_per_line = many_results["one report"][0] / 1_000_000
    targets = [
        ("`recon foot` within 3× of `wc -l`", f"{foot_s / wc_big:.2f}×", foot_s <= 3 * wc_big),
        ("`recon foot` at least 10× faster than pandas", f"{pandas_s / foot_s:.1f}×", pandas_s >= 10 * foot_s),
        ("`recon settle` with the book within 6× of `wc -l`", f"{settle_s / wc_big:.2f}×", settle_s <= 6 * wc_big),
        ("peak RSS under 100 MiB", f"{peak_1m:.1f} MiB", peak_1m < 100),
        ("peak RSS flat: 1M lines within 1.5× of 100k", f"{peak_1m / peak_100k:.2f}×", peak_1m <= 1.5 * peak_100k),
        ("200 files keep the per-line speed of one (within 1.5×)", f"{many_per_line / one_per_line:.2f}×",
         many_per_line <= 1.5 * one_per_line),
    ]
    lines += ["", "| target (issue 7) | measured | met |", "|---|---:|---|"]
    for name, measured, met in targets:
        lines.append(f"| {name} | {measured} | {'yes' if met else '**no**'} |")
    table = "\n".join(lines) + "\n"
    print(table)
    if args.output:
        Path(args.output).write_text(table)
    if not args.data:
        shutil.rmtree(data)


if __name__ == "__main__":
    main()
