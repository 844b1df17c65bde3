#!/usr/bin/env bash
# Journals cannot be escaped from: a report and a bank export whose paths hold a line break
# followed by `include /etc/passwd`, and whose names hold a line break followed by an `open`
# directive (file names reach the journals as metadata and in narrations), are settled into
# beancount, hledger and ledger journals, and
#   - no line of any journal starts with `include` or `open`, or holds a carriage return,
#   - the folders do not reach the journal at all (only the file's name does), and
#   - each real tool accepts its journal in its strictest mode (it would fail on /etc/passwd), and
#   - a report named `settlement, source: forged 100%2C.txt` is named exactly by the source tag that
#     hledger and ledger read (hledger ends a tag's value at a comma: the name is percent-encoded
#     there), and hledger finds no stray tag in it.
# The names are made here, at test time: such files are not kept in the repository.
#
#   hostile_file_names.sh RECON TESTDATA
#
# Exits 77 (skipped) when one of the tools is not installed; make test installs them.
set -euo pipefail

recon=$1
testdata=$2

for tool in bean-check hledger ledger; do
  command -v "$tool" >/dev/null || { echo "skipped: $tool is not installed"; exit 77; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

fail() { echo "FAILED: $*" >&2; exit 1; }

# A file name cannot hold a /, so the line `include /etc/passwd` is spelt by the folders of the path.
folder=$'hostile\ninclude '
mkdir -p "$folder/etc"
report="$folder/etc/passwd"$'\r\n2026-01-01 open Assets:Stolen\n; "\\report.txt'
bank="$folder/etc/passwd"$'\r\n2026-01-01 open Assets:Stolen\n; "\\bank.csv'
cp "$testdata/demo/settlement-01.txt" "$report"
cp "$testdata/demo/bank.csv" "$bank"

for journal in books.beancount books.journal books.ledger; do
  "$recon" settle --no-book --journal "$journal" "$report" "$bank" > /dev/null
  ! grep -n $'\r' "$journal" || fail "$journal holds a carriage return"
  ! grep -nE '^(include|2026-01-01 open Assets:Stolen)' "$journal" || fail "a file name started a directive in $journal"
done
grep -q 'open Assets:Stolen' books.beancount || fail "the file name is missing from the beancount journal"
! grep -q 'include' books.beancount || fail "the folders of a file reached the beancount journal"

bean-check books.beancount || fail "bean-check refused the beancount journal"
hledger -f books.journal check --strict || fail "hledger check --strict refused the hledger journal"
ledger -f books.ledger --pedantic balance > /dev/null 2> ledger.err || { cat ledger.err >&2; fail "ledger --pedantic refused the ledger journal"; }
[[ ! -s ledger.err ]] || { cat ledger.err >&2; fail "ledger warned about the ledger journal"; }

# A comma ends a tag's value in hledger, and what follows it could be read as a tag of its own.
commas='settlement, source: forged 100%2C.txt'
cp "$testdata/demo/settlement-02.txt" "$commas"
for journal in commas.journal commas.ledger; do "$recon" settle --no-book --journal "$journal" "$commas" > /dev/null; done
hledger -f commas.journal check --strict || fail "hledger check --strict refused the journal of $commas"
tags=$(hledger -f commas.journal tags | tr '\n' ' ')
[[ $tags == 'period settlement_id source source_sha256 ' ]] || fail "hledger reads the tags $tags from the journal of $commas"
value=$(hledger -f commas.journal tags --values '^source$')
decoded=$(printf '%b' "${value//%/\\x}")
[[ $decoded == "$commas:2" ]] || fail "hledger reads the source $value ($decoded), not $commas:2"
ledger_value=$(ledger -f commas.ledger --pedantic reg --format '%(tag("source"))\n' | sort -u)
[[ $ledger_value == "$commas:2" ]] || fail "ledger reads the source $ledger_value, not $commas:2"

echo "beancount, hledger and ledger read the journals; no file name started a line; source tags name the file"
