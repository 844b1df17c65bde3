#!/usr/bin/env bash
# JSON names files in UTF-8, and a file name that is not UTF-8 never ends a run as "a bug in recon":
#   - a JSON run (foot, bank and settle --json, settle --exceptions x.json) given such a name on its
#     command line refuses it with exit 2, before it reads or writes anything: the book, the
#     journal and the exceptions file stay unwritten;
#   - a name that a text run stored in the book is written into `recon exceptions -o x.json` with
#     U+FFFD for each byte that is not UTF-8, as the workbook writes it.
#
#   json_names.sh RECON TESTDATA
set -euo pipefail

recon=$1
testdata=$2
. "$(dirname "$0")/../lib.sh"
enter_work_dir
use_work_book

report=$'report\xff.txt'
bank=$'bank\xff.csv'
journal=$'journal\xff.beancount'
cp "$testdata/demo/settlement-01.txt" "$report"
cp "$testdata/demo/bank.csv" "$bank"
refusal="the file's name is not UTF-8, so a JSON report cannot name it exactly"

# refused ARGS...: recon exits 2 saying why, prints no report and writes no file.
refused() {
  local status=0
  "$recon" "$@" > out.txt 2> err.txt || status=$?
  [[ $status -eq 2 ]] || { cat err.txt >&2; fail "recon $1 exits $status, not 2"; }
  grep -qF "$refusal" err.txt || { cat err.txt >&2; fail "recon $1 does not say why it refuses"; }
  [[ ! -s out.txt ]] || fail "recon $1 printed a report"
  for written in recon.db exceptions.json "$journal" demo.beancount; do
    [[ ! -e $written ]] || fail "recon $1 wrote $written"
  done
}

refused foot --json "$report"
refused bank --json "$bank"
refused settle --json "$report" "$bank"
refused settle --json --journal demo.beancount "$report" "$bank"
refused settle --exceptions exceptions.json "$report" "$bank"
refused settle --json --journal "$journal" "$testdata/demo/settlement-01.txt" "$testdata/demo/bank.csv"

# A text run may name the file: it spells the byte out. Without the report's deposit in the bank
# export, the book gets findings whose source is the report.
sed 4d "$testdata/demo/bank.csv" > without-deposit.csv
status=0
"$recon" settle "$report" without-deposit.csv > out.txt 2> err.txt || status=$?
[[ $status -eq 1 ]] || { cat err.txt >&2; fail "the text run exits $status, not 1 (deposit-missing)"; }
status=0
"$recon" exceptions -o exceptions.json > out.txt 2> err.txt || status=$?
[[ $status -eq 0 ]] || { cat err.txt >&2; fail "recon exceptions -o exceptions.json exits $status, not 0"; }
python3 - exceptions.json <<'PY' || fail "exceptions.json does not name the report with U+FFFD"
import json, sys
exceptions = json.load(open(sys.argv[1], encoding="utf-8"))["exceptions"]
files = {e["source"]["file"] for e in exceptions if e.get("source")}
assert "report\ufffd.txt" in files, files
PY
echo "JSON runs refuse names that are not UTF-8; the book's are written with U+FFFD"
