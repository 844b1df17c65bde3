#!/bin/bash
# recon out of memory ends as an error a person can act on (exit 2, "out of memory", a hint), not
# as a bug report (exit 3). An address-space limit (ulimit -v) stands in for a machine short of
# memory: it needs no privileges, and makes the allocation fail instead of waking the OOM killer.
# Usage: out_of_memory.sh RECON TESTDATA
set -euo pipefail
recon=$1
testdata=$2
limit_kib=100000 # reading the report below needs about 145 MB

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# One report with 200,000 distinct labels: each is a category of its own, held in memory.
report=$testdata/demo/settlement-01.txt
{ head -n 2 "$report"
  sed -n 3p "$report" | awk -F'\t' -v OFS='\t' '{ for (i = 0; i < 200000; i++) { $14 = "Fee " i; print } }'
} > labels.txt

# A sanitizer's build reserves more address space than any limit leaves room for: skip there.
( ulimit -v $limit_kib; "$recon" --version ) > /dev/null 2>&1 || { echo "recon does not start under ulimit -v"; exit 77; }

status=0
( ulimit -v $limit_kib; "$recon" foot labels.txt ) > /dev/null 2> stderr.txt || status=$?
[[ $status -eq 2 ]] || { cat stderr.txt; echo "FAILED: out of memory exits $status, not 2"; exit 1; }
grep -qx "recon: error: out of memory" stderr.txt || { cat stderr.txt; echo "FAILED: no out-of-memory error"; exit 1; }
grep -q "^hint: " stderr.txt || { cat stderr.txt; echo "FAILED: no hint"; exit 1; }
grep -q "bug" stderr.txt && { cat stderr.txt; echo "FAILED: out of memory is reported as a bug"; exit 1; }
exit 0
