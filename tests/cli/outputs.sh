#!/usr/bin/env bash
# What a run writes, and what it refuses to write over (docs/robustness.md), each a ctest test
# (cli.NAME):
#
#   outputs.sh RECON TESTDATA NAME
#
#   output-names-book     --journal or --exceptions naming the book, by any spelling or a symlink,
#                         and `recon exceptions -o` naming it: exit 2, the book intact
#   output-names-input    an output naming a report, the bank export or the map: exit 2, the file intact
#   output-is-directory   --journal naming a directory: exit 2 before the book commits anything
#   output-folder-missing an output in a folder that does not exist: exit 2, no book created
#   outputs-same-file     --journal and --exceptions naming one file: exit 2, nothing written
#   input-not-regular     a named pipe, a device or a directory as input (or map, or map --check):
#                         exit 2 at once,
#                         without waiting on the pipe or touching the book
#   stdout-unwritable     stdout on a full disk or closed (a report or --help): exit 2 naming the
#                         cause; a reader that goes away (| head -1) is no error
#   abandoned-staging     a journal staged by a run that is gone (.NAME.recon-XXXXXX) is removed by
#                         the next run writing NAME; one a live run holds (flock) is left alone
#   empty-account         an empty --clearing-account, --bank-account or --suspense-account: exit 2,
#                         nothing written (the journal would be one the tools reject)
set -euo pipefail
# shellcheck source=SCRIPTDIR/../lib.sh
. "$(dirname "$0")/../lib.sh"

recon=$1
testdata=$2
scenario=$3
demo=("$testdata"/demo/settlement-0{1..6}.txt)

enter_work_dir
use_work_book

# refused EXPECTED-TEXT COMMAND...: the command must exit 2 and say EXPECTED-TEXT on stderr.
refused() {
  local expected=$1 status=0
  shift
  "$@" > out.txt 2> err.txt || status=$?
  [[ $status -eq 2 ]] || { cat err.txt >&2; fail "'$*' exits $status, not 2"; }
  grep -qF -- "$expected" err.txt || { cat err.txt >&2; fail "'$*' does not say: $expected"; }
}
book_unchanged() {
  "$recon" history > history.txt || fail "the book no longer opens after: $1"
  cmp -s history-before.txt history.txt || { diff -u history-before.txt history.txt >&2; fail "the book changed after: $1"; }
}

case $scenario in
output-names-book)
  "$recon" settle "${demo[0]}" > /dev/null
  "$recon" history > history-before.txt
  ln -s recon.db book-link.csv
  refused "--journal names the book (recon.db)" env -u RECON_BOOK "$recon" settle --journal recon.db --journal-format ledger "${demo[1]}"
  book_unchanged "--journal recon.db (the default book)"
  refused "--journal names the book" "$recon" settle --journal ./recon.db --journal-format ledger "${demo[1]}"
  book_unchanged "--journal ./recon.db"
  refused "--exceptions names the book" "$recon" settle --exceptions book-link.csv "${demo[1]}"
  book_unchanged "--exceptions through a symlink to the book"
  refused "--journal names the book" "$recon" settle --book "$work/recon.db" --journal "$work/./recon.db" --journal-format csv "${demo[1]}"
  book_unchanged "--journal naming the --book"
  refused "--output names the book" "$recon" exceptions -o book-link.csv
  book_unchanged "recon exceptions -o through a symlink to the book"
  # A new book and a journal of the same name: neither exists yet, and still they are one file.
  refused "--journal names the book" "$recon" settle --book new.db --journal ./new.db --journal-format ledger "${demo[1]}"
  [[ ! -e new.db ]] || fail "a refused run created the book new.db"
  ;;
output-names-input)
  cp "${demo[2]}" report.txt
  cp "$testdata/demo/bank.csv" bank.csv
  "$recon" map --print-default > map.csv
  cp report.txt report-before.txt; cp bank.csv bank-before.csv; cp map.csv map-before.csv
  refused "--journal names an input (report.txt)" "$recon" settle --no-book --journal report.txt --journal-format ledger report.txt
  refused "--exceptions names an input (bank.csv)" "$recon" settle --no-book --exceptions ./bank.csv report.txt --bank bank.csv
  refused "--exceptions names an input (bank.csv)" "$recon" settle --no-book --exceptions bank.csv report.txt bank.csv
  refused "--journal names an input (map.csv)" "$recon" settle --no-book --map map.csv --journal map.csv report.txt
  cmp -s report.txt report-before.txt || fail "the report was overwritten"
  cmp -s bank.csv bank-before.csv || fail "the bank export was overwritten"
  cmp -s map.csv map-before.csv || fail "the account map was overwritten"
  ;;
output-is-directory)
  "$recon" settle "${demo[0]}" > /dev/null
  "$recon" history > history-before.txt
  mkdir journal.csv exceptions.csv
  refused "--journal names a directory" "$recon" settle --journal journal.csv "${demo[1]}"
  book_unchanged "--journal naming a directory"
  refused "--exceptions names a directory" "$recon" settle --exceptions exceptions.csv "${demo[1]}"
  book_unchanged "--exceptions naming a directory"
  refused "--output names a directory" "$recon" exceptions -o exceptions.csv
  ;;
output-folder-missing)
  refused "the folder no-such-folder does not exist" "$recon" settle --journal no-such-folder/books.beancount "${demo[0]}"
  refused "the folder no-such-folder does not exist" "$recon" settle --exceptions no-such-folder/x.csv "${demo[0]}"
  [[ ! -e recon.db ]] || fail "a refused run created the book"
  "$recon" settle "${demo[0]}" > /dev/null
  refused "the folder no-such-folder does not exist" "$recon" exceptions -o no-such-folder/x.csv
  ;;
outputs-same-file)
  refused "--exceptions names the same file as --journal" "$recon" settle --journal x.csv --exceptions x.csv "${demo[0]}"
  refused "--exceptions names the same file as --journal" "$recon" settle --journal x.csv --exceptions "$work/x.csv" "${demo[0]}"
  touch y.csv && ln -s y.csv y-link.csv
  refused "--exceptions names the same file as --journal" "$recon" settle --journal y.csv --exceptions y-link.csv "${demo[0]}"
  [[ ! -e x.csv && ! -s y.csv && ! -e recon.db ]] || fail "a refused run wrote something"
  ;;
input-not-regular)
  mkfifo pipe.txt
  # timeout only ends a hang: a run waiting on the pipe would stop with status 124, not 2.
  refused "pipe.txt: this is a named pipe (FIFO), not a file" timeout 60 "$recon" settle "${demo[0]}" pipe.txt
  refused "pipe.txt: this is a named pipe (FIFO), not a file" timeout 60 "$recon" settle --bank pipe.txt "${demo[0]}"
  refused "pipe.txt: this is a named pipe (FIFO), not a file" timeout 60 "$recon" settle --map pipe.txt "${demo[0]}"
  refused "pipe.txt: this is a named pipe (FIFO), not a file" timeout 60 "$recon" foot pipe.txt
  refused "pipe.txt: this is a named pipe (FIFO), not a file" timeout 60 "$recon" map --check pipe.txt
  [[ ! -e recon.db ]] || fail "a run refused for its input created the book"
  refused "/dev/null: this is a device, not a file" timeout 60 "$recon" foot /dev/null
  refused "this is a directory, not a file" "$recon" settle "${demo[0]}" "$testdata/demo"
  [[ ! -e recon.db ]] || fail "a run refused for its input created the book"
  ;;
stdout-unwritable)
  if [[ -w /dev/full ]]; then
    refused "cannot write the report to standard output: No space left on device" \
      sh -c '"$0" foot --json "$@" > /dev/full' "$recon" "${demo[@]}"
    refused "cannot write the report to standard output: No space left on device" \
      sh -c '"$0" settle --no-book "$@" > /dev/full' "$recon" "${demo[@]}"
    refused "cannot write the report to standard output: No space left on device" sh -c '"$0" --help > /dev/full' "$recon"
    refused "cannot write the report to standard output: No space left on device" sh -c '"$0" settle --help > /dev/full' "$recon"
  fi
  refused "cannot write the report to standard output: Bad file descriptor" sh -c '"$0" foot "$@" >&-' "$recon" "${demo[@]}"
  # A reader that stops early ends recon quietly (SIGPIPE, or EPIPE where SIGPIPE is ignored).
  "$recon" foot "${demo[@]}" 2> err.txt | head -n 1 > /dev/null
  [[ ! -s err.txt ]] || { cat err.txt >&2; fail "recon complained about a reader that went away"; }
  ;;
abandoned-staging)
  command -v flock > /dev/null || { echo "SKIPPED: flock(1) is not installed"; exit 77; }
  printf 'half a journal' > .books.ledger.recon-AbCd12
  touch -d '1 hour ago' .books.ledger.recon-AbCd12 # left by a run killed an hour ago
  printf 'a live run' > .books.ledger.recon-LiVe34
  touch -d '1 hour ago' .books.ledger.recon-LiVe34
  # A run still alive holds its staged file's lock; flock(1) holds it here until told to stop.
  mkfifo release
  flock .books.ledger.recon-LiVe34 sh -c 'read line < release' &
  holder=$!
  for _ in {1..600}; do flock -n .books.ledger.recon-LiVe34 true || break; sleep 0.05; done # until it holds the lock
  "$recon" settle --journal books.ledger "${demo[0]}" > /dev/null || { echo > release; fail "the run failed"; }
  echo > release
  wait "$holder"
  [[ -s books.ledger ]] || fail "the journal was not written"
  [[ ! -e .books.ledger.recon-AbCd12 ]] || fail "the abandoned staged journal was left"
  [[ -e .books.ledger.recon-LiVe34 ]] || fail "a staged journal a live run holds was removed"
  [[ $(find . -name '.books.ledger.recon-*' | wc -l) -eq 1 ]] || { ls -la; fail "the run left its own staged file"; }
  ;;
empty-account)
  for option in --clearing-account --bank-account --suspense-account; do
    refused "$option: an account name cannot be empty" "$recon" settle --journal books.hledger "$option" "" "${demo[0]}"
  done
  [[ ! -e books.hledger && ! -e recon.db ]] || fail "a run refused for an empty account wrote something"
  ;;
*)
  fail "unknown scenario $scenario"
  ;;
esac
