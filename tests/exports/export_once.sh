#!/usr/bin/env bash
# Each entry once per QuickBooks Online or Xero import, across the runs of one book. Every file is
# also judged by import_rules.py, and the files of several runs together as one import (a journal in
# two of them is a broken rule there). Each scenario is a ctest test (exports.once-NAME):
#
#   export_once.sh RECON TESTDATA NAME [RECON_GEN]
#
#   qbo-two-periods   period 1 (three settlements, a bank export that confirms the first deposit)
#                     and period 2 (the next three, the whole bank export) each exported to qbo:
#                     the two files together hold exactly the rows of one --no-book run over
#                     everything, every entry once; the deposits the bank confirmed in period 2 are
#                     in period 2's file only. A third run has nothing new: a header-only file.
#   xero-two-periods  the same to Xero, deposits posted to a transfer account
#   reexport          --reexport SETTLEMENT, FROM..TO and all write the same rows as before; what
#                     they cover only; --reexport is refused where it means nothing; entries
#                     exported whole and now split by month are reported, not exported again
#   no-book           --no-book runs write every entry they computed, each time, and no book
#   refused-writes-nothing  a run that stops with exit 2 after the book is open (an unreadable
#                     report; a --reexport of an unknown settlement) writes no journal, records no
#                     export, and removes no earlier part: the next run exports what it would have
#   xero-stale-parts  a year split into parts, then a run writing one file: the earlier parts go,
#                     and files recon did not write (other names, other content, Xero's template
#                     filled in by hand, links) stay
set -euo pipefail
# shellcheck source=SCRIPTDIR/../lib.sh
. "$(dirname "$0")/../lib.sh"

recon=$1
testdata=$2
scenario=$3
here=$(cd "$(dirname "$0")" && pwd)
rules=("/usr/bin/python3" "$here/import_rules.py")
xero=("--map" "$here/../../docs/maps/xero-codes.csv" "--clearing-account" "AMZ-CLR-{marketplace}" "--suspense-account" "6199"
      "--xero-transfer-account" "1210")
demo=("$testdata"/demo/settlement-0{1..6}.txt)

enter_work_dir
use_work_book

# Runs recon; exit 0 or 1 (findings) is a run that wrote its files, anything else fails the test.
settle() {
  local status=0
  "$recon" settle "$@" > run.txt 2>&1 || status=$?
  ((status <= 1)) || { cat run.txt >&2; fail "recon settle $* exited $status"; }
}
refused() {
  local status=0
  "$recon" settle "$@" > run.txt 2>&1 || status=$?
  ((status == 2)) || { cat run.txt >&2; fail "recon settle $* exited $status, not 2"; }
}
# The rows of journal files without their header rows, sorted: what the files post, as a multiset.
rows() { for file in "$@"; do tail -n +2 "$file"; done | sort; }
same_rows() {
  diff <(rows "${@:2}") <(rows "$1") > rows.diff || { head -20 rows.diff >&2; fail "$* do not hold the same rows"; }
}
# The column that names an entry: Journal No for QuickBooks, the narration (ending [ENTRY_ID]) for Xero.
entry_names() { tail -n +2 "$1" | cut -d, -f1 | sort -u; }
# Period 1's bank export: the whole one cut before April, so only the first deposit is confirmed.
mkdir -p march
head -n 5 "$testdata/demo/bank.csv" > march/bank.csv
grep -q "03/20/2026" march/bank.csv || fail "the cut bank export lost the first deposit"

two_periods() { # FORMAT CHECKER_ARGS... ; the recon options are in $options
  local format=$1
  settle --no-book "${options[@]}" --journal all.csv --journal-format "$format" "${demo[@]}" "$testdata/demo/bank.csv"
  settle "${options[@]}" --journal p1.csv --journal-format "$format" "${demo[@]:0:3}" march/bank.csv
  grep -q "^Journal: .* written to p1.csv ($format)" run.txt || { cat run.txt; fail "period 1 does not say what it wrote"; }
  settle "${options[@]}" --journal p2.csv --journal-format "$format" "${demo[@]:3:3}" "$testdata/demo/bank.csv"
  cp run.txt p2.txt
  grep -q "^Journal: [0-9]* entries exported to $format before are not written again" p2.txt || { cat p2.txt; fail "period 2 does not say it left out period 1's entries"; }
  same_rows all.csv p1.csv p2.csv
  "${rules[@]}" "${@:2}" p1.csv p2.csv > /dev/null || "${rules[@]}" "${@:2}" p1.csv p2.csv || fail "the two periods' files break the import rules"
  [[ -z $(comm -12 <(entry_names p1.csv) <(entry_names p2.csv)) ]] || fail "an entry is in both periods' files"
  # The second settlement's deposit, confirmed by the bank in period 2 only, is its own entry there.
  grep -q "17000001010-[Dd]" p2.csv || fail "the deposit confirmed in period 2 is not in period 2's file"
  ! grep -q "17000001010-[Dd]" p1.csv || fail "the deposit confirmed in period 2 is already in period 1's file"
  grep -q "17000001003-[Dd]" p1.csv || fail "the deposit confirmed in period 1 is not in period 1's file"
  # A third run over the same files: nothing new, a file with its header only, and it says so.
  settle "${options[@]}" --journal p3.csv --journal-format "$format" "${demo[@]}" "$testdata/demo/bank.csv"
  [[ $(wc -l < p3.csv) -eq 1 ]] || fail "a run with nothing new wrote $(wc -l < p3.csv) lines"
  cmp -s <(head -n 1 p3.csv) <(head -n 1 all.csv) || fail "the header-only file's header is not the journal's"
  grep -q "^Journal: nothing new to export to $format: p3.csv holds only its header row." run.txt || { cat run.txt; fail "no 'nothing new'"; }
}

case $scenario in
qbo-two-periods)
  options=()
  two_periods qbo qbo
  ;;
xero-two-periods)
  options=("${xero[@]}")
  two_periods xero xero --bank-code 090
  ;;
reexport)
  options=()
  two_periods qbo qbo
  settle --journal again.csv --journal-format qbo --reexport 17000001010 "${demo[0]}"
  grep -q "^Journal: 2 entries written to again.csv (qbo).$" run.txt || { cat run.txt; fail "--reexport SETTLEMENT does not say it wrote 2 entries"; }
  grep -q "^Journal: 2 of them exported to qbo before, written again as asked (--reexport).$" run.txt || { cat run.txt; fail "no re-export line"; }
  diff <(rows again.csv) <(rows all.csv | grep "^17000001010") > /dev/null || fail "--reexport 17000001010 wrote other rows than before"
  settle --journal march.csv --journal-format qbo --reexport 2026-03-01..2026-03-31 "${demo[0]}"
  diff <(rows march.csv) <(rows all.csv | grep ",03/[0-9][0-9]/2026,") > /dev/null || fail "--reexport of March wrote other rows than March's"
  settle --journal again-all.csv --journal-format qbo --reexport all "${demo[0]}"
  same_rows all.csv again-all.csv
  "${rules[@]}" qbo again-all.csv > /dev/null || fail "the re-export breaks the import rules"
  # Re-exported entries stay exported: the next run has nothing new.
  settle --journal after.csv --journal-format qbo "${demo[0]}"
  [[ $(wc -l < after.csv) -eq 1 ]] || fail "a run after the re-exports wrote entries"
  # Posted otherwise than exported (by month now): reported, never exported as new entries.
  settle --split month --journal split.csv --journal-format qbo "${demo[0]}"
  [[ $(wc -l < split.csv) -eq 1 ]] || fail "entries exported whole were exported again split by month"
  grep -q "^Journal: 7 entries left out: exported before, and posted differently now" run.txt || { cat run.txt; fail "the month parts are not reported as changed since their export"; }
  refused --journal x.csv --journal-format qbo --reexport 17000009999 "${demo[0]}"
  grep -q "there is no settlement 17000009999 in the book or the run" run.txt || { cat run.txt; fail "an unknown settlement is not named"; }
  refused --journal x.ledger --reexport all "${demo[0]}"
  grep -q "reexport does nothing for a ledger journal" run.txt || { cat run.txt; fail "--reexport for ledger is not refused"; }
  refused --no-book --journal x.csv --journal-format qbo --reexport all "${demo[0]}"
  grep -q "reexport does nothing with --no-book" run.txt || { cat run.txt; fail "--reexport with --no-book is not refused"; }
  refused --journal x.csv --journal-format qbo --reexport 2026-03-31..2026-03-01 "${demo[0]}"
  [[ ! -e x.csv && ! -e x.ledger ]] || fail "a refused run wrote a journal"
  ;;
no-book)
  settle --no-book --journal first.csv --journal-format qbo "${demo[@]}" "$testdata/demo/bank.csv"
  settle --no-book --journal second.csv --journal-format qbo "${demo[@]}" "$testdata/demo/bank.csv"
  [[ ! -e recon.db ]] || fail "a --no-book run made a book"
  cmp -s first.csv second.csv || fail "two --no-book runs wrote different journals"
  # Every settlement's summary and, the bank having confirmed them all, every deposit.
  for report in "${demo[@]}"; do
    id=$(awk -F'\t' 'NR == 2 { print $1 }' "$report")
    grep -q "^$id," first.csv || fail "settlement $id is not in the --no-book journal"
    grep -q "^$id-D," first.csv || fail "the deposit of $id is not in the --no-book journal"
  done
  grep -q "exported to qbo before" run.txt && fail "a --no-book run speaks of earlier exports"
  # A --no-book run leaves the book's record alone: the book's first export still holds everything.
  settle --journal booked.csv --journal-format qbo "${demo[@]}" "$testdata/demo/bank.csv"
  cmp -s first.csv booked.csv || fail "the book's first export differs from the --no-book runs'"
  ;;
refused-writes-nothing)
  settle --journal p1.csv --journal-format qbo "${demo[@]:0:3}" march/bank.csv
  printf 'settlement-id\tnonsense\n' > broken.txt
  refused --journal p2.csv --journal-format qbo "${demo[@]:3:3}" "$testdata/demo/bank.csv" broken.txt
  [[ ! -e p2.csv ]] || fail "a run refused for an unreadable report wrote its journal"
  refused --journal p2.csv --journal-format qbo --reexport 17000009999 "${demo[@]:3:3}" "$testdata/demo/bank.csv"
  [[ ! -e p2.csv ]] || fail "a run refused for its --reexport wrote its journal"
  # Nothing of the refused runs reached the book: period 2 exports all it would have.
  settle --no-book --journal all.csv --journal-format qbo "${demo[@]}" "$testdata/demo/bank.csv"
  settle --journal p2.csv --journal-format qbo "${demo[@]:3:3}" "$testdata/demo/bank.csv"
  same_rows all.csv p1.csv p2.csv
  if command -v sqlite3 > /dev/null; then
    before=$(sqlite3 recon.db "SELECT count(*) FROM exports")
    refused --journal p3.csv --journal-format qbo --reexport all "${demo[@]:3:3}" broken.txt
    [[ $(sqlite3 recon.db "SELECT count(*) FROM exports") -eq $before ]] || fail "a refused re-export recorded exports"
  fi
  # Xero: a refused run removes none of the parts an earlier run wrote.
  mkdir x
  settle --no-book "${xero[@]}" --journal x/xero.csv --journal-format xero "${demo[@]}"
  for n in 1 2; do cp x/xero.csv "x/xero-$n.csv"; done
  refused "${xero[@]}" --book x.db --journal x/xero.csv --journal-format xero "${demo[@]}" broken.txt
  [[ -e x/xero-1.csv && -e x/xero-2.csv ]] || fail "a refused run removed the parts of an earlier one"
  ;;
xero-stale-parts)
  recon_gen=$4
  "$recon_gen" --settlements 26 --lines 3000 --bank-lines 1000 --seed 17 -o year > /dev/null
  settle "${xero[@]}" --split month --journal year/xero.csv --journal-format xero year/settlement-*.txt year/bank.csv
  parts=(year/xero-*.csv)
  ((${#parts[@]} > 1)) || fail "the year was written in ${#parts[@]} part(s); the test needs several"
  # Files that are not recon's parts, whatever they look like.
  cp year/xero-1.csv year/xero-01.csv                 # a number recon never writes
  cp year/xero-1.csv year/xero-1.csv.bak              # another name
  printf 'my own notes\r\n' > "year/xero-$((${#parts[@]} + 1)).csv" # a part's name, other content
  { head -n 1 year/xero-1.csv; printf 'Rent,01/03/2026,,200,Tax Exempt,10.00,,,,\r\n'; } > "year/xero-$((${#parts[@]} + 3)).csv" # Xero's template by hand
  cp year/xero-1.csv elsewhere.csv
  ln -s ../elsewhere.csv "year/xero-$((${#parts[@]} + 2)).csv"   # a link
  # One settlement again, in one file: every earlier part goes.
  id=$(awk -F'\t' 'NR == 2 { print $1 }' "$(ls year/settlement-*.txt | head -n 1)")
  settle "${xero[@]}" --split month --journal year/xero.csv --journal-format xero --reexport "$id" year/settlement-*.txt year/bank.csv
  for part in "${parts[@]}"; do [[ ! -e $part ]] || fail "$part, an earlier run's part, was left beside year/xero.csv"; done
  grep -q "^Journal: removed year/xero-1.csv, year/xero-2.csv" run.txt || { cat run.txt; fail "the run does not name the parts it removed"; }
  [[ -e year/xero.csv ]] || fail "the one file was not written"
  "${rules[@]}" xero year/xero.csv > /dev/null || fail "the one file breaks the import rules"
  for kept in year/xero-01.csv year/xero-1.csv.bak "year/xero-$((${#parts[@]} + 1)).csv" "year/xero-$((${#parts[@]} + 2)).csv" \
              "year/xero-$((${#parts[@]} + 3)).csv" elsewhere.csv; do
    [[ -e $kept || -L $kept ]] || fail "$kept, not written by recon as a part, was removed"
  done
  # Parts again (everything re-exported): the one file from before goes, and nothing else.
  settle "${xero[@]}" --split month --journal year/xero.csv --journal-format xero --reexport all year/settlement-*.txt year/bank.csv
  [[ ! -e year/xero.csv ]] || fail "year/xero.csv was left beside the parts that replace it"
  for part in "${parts[@]}"; do [[ -e $part ]] || fail "$part was not written again"; done
  grep -q "my own notes" "year/xero-$((${#parts[@]} + 1)).csv" || fail "a file recon did not write was changed"
  ;;
*)
  fail "unknown scenario $scenario"
  ;;
esac
echo "export-once $scenario: ok"
