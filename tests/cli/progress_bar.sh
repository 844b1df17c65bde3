#!/bin/bash
# recon shows a progress bar on stderr while reading inputs over about 50 MB, only when stderr is
# a terminal: a pseudo-terminal (script, from util-linux) stands in for a person's terminal.
# Usage: progress_bar.sh RECON RECON_GEN
set -euo pipefail
recon=$1
recon_gen=$2
command -v script > /dev/null || exit 77

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$recon_gen" --lines 330000 -o "$work" > /dev/null # about 61 MB
report=$work/settlement-001.txt
[ "$(stat -c %s "$report")" -gt 50000000 ] || { echo "the generated report is too small to show a bar"; exit 1; }

# At a terminal: the bar is drawn, and cleared before the report is printed.
script -qec "$recon foot $report" /dev/null > "$work/tty.txt"
grep -q 'recon: reading \[' "$work/tty.txt" || { echo "no progress bar at a terminal:"; cat -A "$work/tty.txt" | head -5; exit 1; }
grep -q $'\r\033\\[K' "$work/tty.txt" || { echo "the progress bar was not cleared"; exit 1; }
grep -q 'it foots' "$work/tty.txt" || { echo "no report after the bar"; exit 1; }

# Not at a terminal (a pipe, a file, CI): nothing on stderr.
"$recon" foot "$report" > /dev/null 2> "$work/stderr.txt"
[ ! -s "$work/stderr.txt" ] || { echo "stderr is not a terminal, yet recon wrote:"; cat "$work/stderr.txt"; exit 1; }

# A small input at a terminal: no bar either.
"$recon_gen" --lines 1000 -o "$work/small" > /dev/null
script -qec "$recon foot $work/small/settlement-001.txt" /dev/null > "$work/small-tty.txt"
if grep -q 'recon: reading' "$work/small-tty.txt"; then echo "a bar for a small file"; exit 1; fi
echo "progress bar: shown at a terminal for a large report, silent otherwise"
