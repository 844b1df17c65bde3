#!/usr/bin/env bash
# The text recon prints is safe on a terminal when the names it prints are hostile: a report, a bank
# export, a book and a journal whose names hold an escape sequence (ESC ] 0 ; … BEL sets the
# window's title), a carriage return and a byte that is not UTF-8, and a resolution note holding
# ESC [ 2 J (clears the screen), are named with those spelled out by settle, foot, bank, history,
# reserve, exceptions and the --verbose log, as is an unknown command. stdout and stderr hold no
# control character but the line feeds ending their lines. (Text inside the files is the golden
# cases *-terminal-controls.)
#
#   text_output.sh RECON TESTDATA
set -euo pipefail

recon=$1
testdata=$2
. "$(dirname "$0")/../lib.sh"
enter_work_dir

hostile=$'\e]0;pwned\a\r\xff'
spelled='U+001B]0;pwnedU+0007\r\xFF'

# Runs recon, expecting the exit status $1; its stdout and stderr must hold no control character.
run() {
  local expected=$1 status=0
  shift
  "$recon" "$@" > out.txt 2> err.txt || status=$?
  [[ $status -eq $expected ]] || { cat -v err.txt >&2; fail "recon $1 exits $status, not $expected"; }
  for stream in out.txt err.txt; do
    ! LC_ALL=C grep -q $'[\x01-\x09\x0b-\x1f\x7f]' "$stream" || { cat -v "$stream" >&2; fail "recon $1: $stream holds a control character"; }
  done
}
expect() { grep -qF -- "$2" "$1" || { cat -v "$1" >&2; fail "$3"; }; }

report="report$hostile.txt"
bank="bank$hostile.csv"
book="book$hostile.db"
journal="journal$hostile.beancount"
cp "$testdata/demo/settlement-01.txt" "$report"
cp "$testdata/demo/bank.csv" "$bank"

run 0 -v foot "$report"
expect out.txt "  report$spelled.txt (amazon-v2)" "foot does not name the report with its controls spelled out"
expect err.txt "recon: debug: report$spelled.txt: amazon-v2" "the --verbose log does not spell out the report's name"

run 0 bank "$bank"
expect out.txt "bank$spelled.csv  (csv)" "bank does not name the export with its controls spelled out"

run 0 settle --book "$book" --journal "$journal" "$report" "$bank"
expect out.txt "Settlement 17000001003  Amazon.com  2026-03-02 to 2026-03-16  report$spelled.txt:2" "settle does not spell out the report's name"
expect out.txt "(bank$spelled.csv:4)" "settle does not spell out the bank export's name"
expect out.txt "Book: book$spelled.db holds" "settle does not spell out the book's name"
expect out.txt "written to journal$spelled.beancount" "settle does not spell out the journal's name"

run 0 history --book "$book"
expect out.txt "Book book$spelled.db: 1 settlement" "history does not spell out the book's name"
expect out.txt "report$spelled.txt:2" "history does not spell out the report's name"

run 0 reserve --book "$book"

run 0 exceptions --book "$book" resolve 1 --note $'checked\e[2J' --by $'me\r'
run 0 exceptions --book "$book"
expect out.txt 'resolved by me\r on ' "exceptions does not spell out who resolved one"
expect out.txt ': checkedU+001B[2J]' "exceptions does not spell out the note"

run 2 $'fo\e[2Jo'
expect err.txt "recon: error: unknown command 'foU+001B[2Jo'" "an unknown command is not spelled out"

echo "recon names hostile files, books, journals and notes with their control characters spelled out"
