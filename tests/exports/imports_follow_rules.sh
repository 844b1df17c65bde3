#!/usr/bin/env bash
# recon's QuickBooks Online and Xero files, judged by import_rules.py (the importers' published
# rules, written down independently of recon):
#   - the demo period with its bank export, to QuickBooks (dates both ways) and to Xero (deposits
#     left to the bank feed, and posted to a transfer account);
#   - a year of settlements (recon-gen) with --split month to Xero: more than one import takes, so
#     it must come as NAME-1.csv, NAME-2.csv, … each within 300 lines, no journal split across them,
#     every summary entry of the year in exactly one of them;
#   - the same year to QuickBooks, in one file.
#
#   imports_follow_rules.sh RECON RECON_GEN TESTDATA
set -euo pipefail
# shellcheck source=SCRIPTDIR/../lib.sh
. "$(dirname "$0")/../lib.sh"

recon=$1
recon_gen=$2
testdata=$3
here=$(cd "$(dirname "$0")" && pwd)
rules=("/usr/bin/python3" "$here/import_rules.py")
xero_map=("--map" "$here/../../docs/maps/xero-codes.csv" "--clearing-account" "AMZ-CLR-{marketplace}" "--suspense-account" "6199")

enter_work_dir

demo=("$testdata"/demo/settlement-0{1..6}.txt "$testdata/demo/bank.csv")

"$recon" settle --no-book --journal demo-qbo.csv --journal-format qbo "${demo[@]}" > /dev/null
"${rules[@]}" qbo demo-qbo.csv
"$recon" settle --no-book --journal demo-qbo-dmy.csv --journal-format qbo --date-format DD/MM/YYYY "${demo[@]}" > /dev/null
"${rules[@]}" qbo --date-format DD/MM/YYYY demo-qbo-dmy.csv
"$recon" settle --no-book "${xero_map[@]}" --journal demo-xero.csv --journal-format xero "${demo[@]}" > /dev/null
"${rules[@]}" xero demo-xero.csv
"$recon" settle --no-book "${xero_map[@]}" --journal demo-xero-transfer.csv --journal-format xero \
  --xero-transfer-account 1210 "${demo[@]}" > /dev/null
"${rules[@]}" xero --bank-code 090 demo-xero-transfer.csv

"$recon_gen" --settlements 26 --lines 3000 --bank-lines 1000 --seed 17 -o year > /dev/null
"$recon" settle --no-book "${xero_map[@]}" --split month --xero-transfer-account 1210 --journal year/xero.csv --journal-format xero \
  year/settlement-*.txt year/bank.csv > year-xero.txt || fail "recon settle refused the year (exit $?)"
parts=(year/xero-*.csv)
((${#parts[@]} > 1)) || fail "a year split by month was written as ${#parts[@]} file(s), expected several"
[[ ! -e year/xero.csv ]] || fail "year/xero.csv was written beside its parts"
"${rules[@]}" xero "${parts[@]}"
# Every summary entry of the year once: each settlement id appears in the parts' narrations.
for report in year/settlement-*.txt; do
  id=$(awk -F'\t' 'NR == 2 { print $1 }' "$report")
  grep -q "\[$id" "${parts[@]}" || fail "settlement $id is in no part of the Xero journal"
done
grep -q "^Journal: .* entries written to year/xero-1.csv, year/xero-2.csv" year-xero.txt || { cat year-xero.txt; fail "the run does not name the parts"; }

"$recon" settle --no-book --split month --journal year/qbo.csv --journal-format qbo year/settlement-*.txt year/bank.csv > /dev/null
"${rules[@]}" qbo year/qbo.csv
echo "QuickBooks Online and Xero files meet their import rules: demo period, and a year in ${#parts[@]} Xero parts"
