#!/usr/bin/env bash
# Scenarios of the book across runs, each a ctest test (book.NAME):
#
#   book_scenario.sh RECON TESTDATA NAME
#
#   two-runs-equal-one  settling a period in two runs gives the report and journal of one run
#   rerun-adds-nothing  the same reports again change nothing, and say so (duplicate-settlement)
#   changed-refused     a settlement that comes back different is an error; the book keeps the first
#   kill-mid-import     kill -9 in the middle of a run leaves the book as it was, and usable
#   concurrent-runs     two runs on one book at once both land, one after the other
#   concurrent-first-runs  twenty times, two first runs on a new book at once, one of them with bad
#                       input: the good one's book is there every time, and holds its settlements
#   killed-first-run    kill -9 inside a new book's first run leaves nothing under the book's name,
#                       and the next run making the book removes the hidden one left behind
#   dangling-link       a --book that is a symlink to nothing is refused (exit 2) and left as it was
#   open-refusals       a book that cannot be opened is exit 2 with the cause: not an SQLite file, a
#                       folder, a file the user may not read, an SQLite file that is not a recon book
#   bank-remembered     deposits matched in one run stay matched, and their lines claimed, in the next
#   bank-profile        --bank-columns given once reads the same bank's export in later runs
#   input-error         a run refused for bad input (exit 2) leaves the book and the journal as they were
#   disk-full           a book that cannot be written (the file size limit stands in for a full disk)
#                       is exit 2 naming the book, and leaves it byte for byte as it was, or absent
#   read-only-book      a book, or its folder, that may not be written is exit 2 naming the book and
#                       saying "read-only", and the book is unchanged; history, reserve and
#                       exceptions still read it
set -euo pipefail
# shellcheck source=SCRIPTDIR/../lib.sh
. "$(dirname "$0")/../lib.sh"

recon=$1
testdata=$2
scenario=$3
demo=("$testdata"/demo/settlement-0{1..6}.txt)

enter_work_dir
use_work_book

same_files() { cmp -s "$1" "$2" || { diff -u "$1" "$2" | head -40 >&2; fail "$3"; }; }

case $scenario in
two-runs-equal-one)
  "$recon" settle --no-book --json --journal one.beancount "${demo[@]}" > one.json
  "$recon" settle --json "${demo[@]:0:3}" > /dev/null
  "$recon" settle --json --journal two.beancount "${demo[@]:3:3}" > two.json
  same_files one.json two.json "the second run's report differs from one run over all six"
  same_files one.beancount two.beancount "the second run's journal differs from one run over all six"
  "$recon" reserve > reserve.txt
  grep -q "The reserve ties from each report to the next." reserve.txt || { cat reserve.txt; fail "recon reserve does not tie"; }
  ;;
rerun-adds-nothing)
  "$recon" settle --journal first.ledger "${demo[@]}" > /dev/null
  "$recon" history > before.txt
  status=0
  "$recon" settle --journal second.ledger "${demo[@]}" > second.txt || status=$?
  [[ $status -eq 0 ]] || fail "a repeated run exits $status (duplicates are warnings)"
  [[ $(grep -c "duplicate-settlement" second.txt) -eq 6 ]] || { cat second.txt; fail "expected six duplicate-settlement warnings"; }
  "$recon" history > after.txt
  same_files before.txt after.txt "the repeated run changed the book's settlements"
  same_files first.ledger second.ledger "the repeated run changed the journal"
  ;;
changed-refused)
  "$recon" settle "${demo[2]}" > /dev/null
  # The same settlement id with a different released reserve and total (it still foots).
  sed -e '2s/\t382\.00\t/\t392.00\t/' -e '3s/\t207\.01\t/\t217.01\t/' "${demo[2]}" > changed.txt
  cmp -s changed.txt "${demo[2]}" && fail "the test could not change the report"
  status=0
  "$recon" settle changed.txt > changed-run.txt || status=$?
  [[ $status -eq 1 ]] || { cat changed-run.txt; fail "a changed settlement exits $status, not 1"; }
  grep -q "error: settlement-changed: settlement 17000001017" changed-run.txt || { cat changed-run.txt; fail "no settlement-changed error"; }
  "$recon" history | grep -q "382.00 USD" || fail "the book no longer holds the original total"
  ;;
kill-mid-import)
  # The kill must land inside the run's transaction, or this scenario proves nothing; only gdb can
  # stop recon at a known point inside it. Without gdb or sqlite3 the scenario is skipped (77), not passed.
  for tool in gdb sqlite3; do
    command -v "$tool" > /dev/null || { echo "SKIPPED: $tool is not installed; kill-mid-import needs it"; exit 77; }
  done
  "$recon" settle "${demo[@]:0:3}" > /dev/null
  "$recon" history > before.txt
  # Stop recon where it stores the journal entries: the next three settlements are then in the
  # book's open transaction. At that moment a second connection must find the book's write lock
  # held (BEGIN IMMEDIATE fails at once), which proves the transaction is open and not yet committed.
  # Only then is recon killed (SIGKILL, from gdb).
  gdb -q -batch -ex 'set pagination off' -ex 'break recon::Book::store_entries' -ex run \
    -ex 'shell sqlite3 -cmd ".timeout 0" recon.db "BEGIN IMMEDIATE; ROLLBACK;" > lock.txt 2>&1; echo "lock probe exit $?" >> lock.txt' \
    -ex kill --args "$recon" settle "${demo[@]:3:3}" > gdb.txt 2>&1 || true
  grep -Eq "Breakpoint 1, (.* in )?recon::Book::store_entries" gdb.txt || { cat gdb.txt; fail "recon never reached the import"; }
  [[ -f lock.txt ]] || { cat gdb.txt; fail "the lock probe did not run at the breakpoint"; }
  grep -q "database is locked" lock.txt && grep -q "lock probe exit [1-9]" lock.txt ||
    { cat lock.txt; fail "recon held no open write transaction where it was killed: the kill proves nothing"; }
  grep -Eq "\[Inferior 1 \(process [0-9]+\) killed\]" gdb.txt || { cat gdb.txt; fail "gdb did not kill recon"; }
  "$recon" history > after.txt || fail "the book does not open after recon was killed mid-import"
  same_files before.txt after.txt "recon killed mid-import left part of its import in the book"
  "$recon" settle "${demo[@]:3:3}" > /dev/null || fail "the book refuses the same import after the killed run"
  [[ $(grep -c '^20' <("$recon" history)) -eq 6 ]] || { "$recon" history; fail "the import after the kill did not land whole"; }
  "$recon" history > before.txt # six settlements now; the next part kills a run adding a seventh
  # And at whatever moment a signal happens to land, while a large report is still being read.
  { head -n 1 "${demo[5]}"
    sed -n 2p "${demo[5]}" | sed 's/^17000001038/17000009999/'
    awk -v row="$(sed -n 3p "${demo[5]}" | sed 's/^17000001038/17000009999/')" 'BEGIN { for (i = 0; i < 600000; i++) print row }'
  } > large.txt
  for attempt in 1 2 3 4 5; do
    "$recon" settle "${demo[@]:3:3}" large.txt > /dev/null 2>&1 &
    pid=$!
    sleep 0.$((attempt + 1))
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    "$recon" history > after.txt || fail "the book does not open after kill -9 (attempt $attempt)"
    if ! cmp -s before.txt after.txt; then
      # The run may have finished before the kill: then all of it must be there, not a part.
      [[ $(grep -c '^20' after.txt) -eq 7 ]] || { cat after.txt; fail "a killed run left part of its import (attempt $attempt)"; }
      echo "attempt $attempt: the run finished before the kill"
      break
    fi
  done
  ;;
concurrent-runs)
  "$recon" settle "${demo[@]:0:3}" > first.txt &
  first=$!
  "$recon" settle "${demo[@]:3:3}" > second.txt &
  second=$!
  wait "$first" || fail "the first of two concurrent runs failed"
  wait "$second" || fail "the second of two concurrent runs failed"
  [[ $("$recon" history | grep -c '^2026') -eq 6 ]] || fail "the book does not hold all six settlements"
  "$recon" reserve | grep -q "ties from each report" || fail "the reserve does not tie after concurrent runs"
  ;;
concurrent-first-runs)
  printf 'settlement-id\tnonsense\n' > broken.txt
  for pair in {1..20}; do
    book="$work/new-$pair.db"
    if (( pair % 2 )); then # the bad run starts first in half of the pairs, second in the other half
      RECON_BOOK=$book "$recon" settle broken.txt > /dev/null 2>&1 & bad=$!
      RECON_BOOK=$book "$recon" settle "${demo[@]:0:3}" > good.txt 2>&1 & good=$!
    else
      RECON_BOOK=$book "$recon" settle "${demo[@]:0:3}" > good.txt 2>&1 & good=$!
      RECON_BOOK=$book "$recon" settle broken.txt > /dev/null 2>&1 & bad=$!
    fi
    status=0; wait "$good" || status=$?
    wait "$bad" && fail "the run with bad input succeeded (pair $pair)"
    [[ $status -eq 0 ]] || { cat good.txt; fail "the good first run exits $status (pair $pair)"; }
    [[ -f $book ]] || fail "the good run's committed book is gone (pair $pair)"
    [[ $(RECON_BOOK=$book "$recon" history | grep -c '^2026') -eq 3 ]] || fail "the book does not hold the good run's three settlements (pair $pair)"
  done
  ;;
killed-first-run)
  command -v gdb > /dev/null || { echo "SKIPPED: gdb is not installed; killed-first-run needs it"; exit 77; }
  gdb -q -batch -ex 'set pagination off' -ex 'break recon::Book::store_entries' -ex run -ex kill \
    --args "$recon" settle "${demo[@]:0:3}" > gdb.txt 2>&1 || true
  grep -Eq "Breakpoint 1, (.* in )?recon::Book::store_entries" gdb.txt || { cat gdb.txt; fail "recon never reached the import"; }
  grep -Eq "\[Inferior 1 \(process [0-9]+\) killed\]" gdb.txt || { cat gdb.txt; fail "gdb did not kill recon"; }
  for leftover in recon.db recon.db-wal recon.db-shm recon.db-journal; do
    [[ ! -e $leftover ]] || fail "the killed first run left $leftover under the book's name"
  done
  status=0
  "$recon" history > history.txt 2>&1 || status=$?
  [[ $status -eq 2 ]] && grep -q "there is no book here" history.txt || { cat history.txt; fail "history after a killed first run exits $status"; }
  "$recon" settle "${demo[@]:0:3}" > /dev/null || fail "the first run after the killed one failed"
  [[ $("$recon" history | grep -c '^2026') -eq 3 ]] || fail "the book does not hold the three settlements"
  [[ -z $(find . -name '.recon.db.recon-*') ]] || { ls -la; fail "the killed run's hidden book was not removed by the next"; }
  ;;
dangling-link)
  ln -s "$work/unmounted/recon.db" recon.db
  status=0
  "$recon" settle "${demo[@]:0:3}" > /dev/null 2> refused.txt || status=$?
  [[ $status -eq 2 ]] || { cat refused.txt; fail "a book that is a link to nothing exits $status, not 2"; }
  grep -q "recon: error: $work/recon.db: the book is a link to $work/unmounted/recon.db, which does not exist" refused.txt ||
    { cat refused.txt; fail "the error does not say the book is a link to nothing"; }
  [[ -L recon.db && $(readlink recon.db) == "$work/unmounted/recon.db" ]] || fail "the link was removed or changed"
  status=0
  "$recon" history > /dev/null 2> history.txt || status=$?
  [[ $status -eq 2 ]] && grep -q "is a link to" history.txt || { cat history.txt; fail "history on a link to nothing exits $status"; }
  ln -sf "$work/elsewhere.db" recon.db # a folder that exists: nothing may be made through the link either
  printf 'settlement-id\tnonsense\n' > broken.txt
  "$recon" settle "${demo[@]:0:3}" broken.txt > /dev/null 2> refused.txt && fail "a run on a link to nothing succeeded"
  grep -q "is a link to $work/elsewhere.db, which does not exist" refused.txt || { cat refused.txt; fail "the link to nothing was not refused"; }
  [[ -L recon.db && ! -e elsewhere.db ]] || fail "the link was removed, or a book made where it points"
  ;;
open-refusals)
  refused() { # BOOK MESSAGE: settle and history both refuse BOOK with exit 2, saying MESSAGE
    local command status
    for command in settle history; do
      status=0
      if [[ $command == settle ]]; then "$recon" settle --book "$1" "${demo[0]}" > /dev/null 2> refused.txt || status=$?
      else "$recon" history --book "$1" > /dev/null 2> refused.txt || status=$?; fi
      [[ $status -eq 2 ]] || { cat refused.txt; fail "$command on $1 exits $status, not 2"; }
      grep -q "recon: error: $1: .*$2" refused.txt || { cat refused.txt; fail "$command on $1 does not say: $2"; }
    done
  }
  echo "not a database at all" > notes.db
  refused notes.db "the file is not an SQLite database, so it is not a recon book"
  mkdir folder.db
  refused folder.db "the book is a folder, not a file"
  command -v sqlite3 > /dev/null && { sqlite3 other.db "CREATE TABLE t (x)"; refused other.db "this SQLite file is not a recon book"; }
  if [[ $(id -u) -ne 0 ]]; then # root reads any file
    "$recon" settle --book private.db "${demo[0]}" > /dev/null
    chmod 000 private.db
    refused private.db "you may not read the book: permission denied"
  fi
  ;;
bank-remembered)
  bank="$testdata/demo/bank.csv"
  "$recon" settle --json "${demo[@]:0:3}" "$bank" > first.json || true
  "$recon" settle --json "${demo[@]:3:3}" > second.json || fail "a run without a bank export failed"
  [[ $(grep -c '"status": "matched"' second.json) -eq 3 ]] || fail "the first run's three matches were not remembered"
  [[ $(grep -c '"status": "no-bank-data"' second.json) -eq 3 ]] || fail "the new settlements should have no bank data"
  "$recon" settle --json "$bank" > third.json || fail "the run with the whole bank export failed"
  [[ $(grep -c '"status": "matched"' third.json) -eq 6 ]] || fail "not all six deposits are matched in the third run"
  grep -q '"code": "bank-unexplained"' third.json && fail "lines matched in an earlier run came back as unexplained"
  "$recon" settle --no-book --json "${demo[@]}" "$bank" > one-run.json
  same_files one-run.json third.json "three runs with the book differ from one run over everything"
  ;;
bank-profile)
  printf 'Tag;Zweck;Summe\n06.05.2026;AMAZON PAYMENTS EUROPE;158,29\n' > konto.csv
  status=0
  "$recon" settle --no-book "$testdata/fixtures/v2-de-comma.txt" konto.csv > /dev/null 2> unaided.txt || status=$?
  [[ $status -eq 2 ]] || fail "an export with unknown column names should be refused without --bank-columns (exit $status)"
  "$recon" settle "$testdata/fixtures/v2-de-comma.txt" konto.csv \
    --bank-columns 'date=Tag,amount=Summe,description=Zweck' > first.txt || fail "the named columns were not read"
  grep -q "received 2026-05-06 (konto.csv:2)" first.txt || { cat first.txt; fail "the deposit was not matched"; }
  printf 'Tag;Zweck;Summe\n06.05.2026;AMAZON PAYMENTS EUROPE;158,29\n07.05.2026;Miete;-900,00\n' > konto-mai.csv
  "$recon" settle konto-mai.csv > second.txt || { cat second.txt; fail "the book's profile did not read the next export"; }
  grep -q "received 2026-05-06" second.txt || fail "the deposit is no longer matched"
  ;;
disk-full)
  # `ulimit -f` makes every write past the limit fail (EFBIG) as a full disk would, unprivileged and
  # also as root, where a real full disk cannot be made without mount. SIGXFSZ is ignored so that the
  # write fails instead of killing recon; stdout goes to /dev/null, which the limit does not touch.
  # BOOK: settle the last three reports into BOOK, with files limited to 32 KiB: room for the book's
  # 32 KiB shared-memory file, not for what the run writes.
  refused() {
    local status=0
    ( trap '' XFSZ; ulimit -f 32; RECON_BOOK=$1 "$recon" settle "${demo[@]:3:3}" > /dev/null 2> refused.txt ) || status=$?
    [[ $status -eq 2 ]] || { cat refused.txt; fail "a book that cannot be written exits $status, not 2"; }
    grep -q "recon: error: $1: " refused.txt || { cat refused.txt; fail "the error does not name the book"; }
    grep -q "Nothing was written" refused.txt || { cat refused.txt; fail "the hint does not say nothing was written"; }
  }
  "$recon" settle "${demo[@]:0:3}" > /dev/null
  cp recon.db before.db
  [[ $(stat -c %s recon.db) -gt 32768 ]] || fail "the book is too small for the limit to matter"
  refused "$work/recon.db"
  same_files before.db recon.db "a run that could not write the book changed it"
  "$recon" history > /dev/null || fail "the book does not open after a refused write"
  refused "$work/new.db"
  for leftover in new.db new.db-wal new.db-shm new.db-journal; do
    [[ ! -e $leftover ]] || fail "a book the refused run would have created was left behind ($leftover)"
  done
  ;;
read-only-book)
  "$recon" settle "${demo[@]:0:3}" > /dev/null
  mkdir shelf
  cp recon.db shelf/recon.db
  cp recon.db before.db
  # As root, file modes do not stop writes; the immutable attribute does, where the filesystem has
  # it. Where neither can, the OS cannot make the book read-only: skip.
  read_only() {
    if [[ $(id -u) -ne 0 ]]; then chmod a-w "$1"; else chattr +i "$1" 2>/dev/null || { echo "no chattr +i here"; exit 77; }; fi
  }
  trap 'chattr -i "$work/recon.db" "$work/shelf" "$work/wal-shelf" 2>/dev/null; chmod -R u+w "$work"; rm -rf "$work"' EXIT
  refused() { # BOOK
    local status=0
    RECON_BOOK=$1 "$recon" settle "${demo[@]:3:3}" > /dev/null 2> refused.txt || status=$?
    [[ $status -eq 2 ]] || { cat refused.txt; fail "a read-only book exits $status, not 2"; }
    grep -q "recon: error: $1: .*read-only" refused.txt || { cat refused.txt; fail "the error does not name the read-only book"; }
  }
  readable() { # BOOK: the commands that only read the book still read it
    RECON_BOOK=$1 "$recon" history > history.txt 2>&1 || { cat history.txt; fail "history cannot read $1"; }
    [[ $(grep -c '^2026' history.txt) -eq 3 ]] || { cat history.txt; fail "history does not list the three settlements of $1"; }
    RECON_BOOK=$1 "$recon" reserve > reserve.txt 2>&1 || { cat reserve.txt; fail "reserve cannot read $1"; }
    RECON_BOOK=$1 "$recon" exceptions > exceptions.txt 2>&1 || { cat exceptions.txt; fail "exceptions cannot read $1"; }
  }
  read_only recon.db
  refused "$work/recon.db"
  same_files before.db recon.db "a run on a read-only book changed it"
  readable "$work/recon.db"
  read_only shelf # the book may be written, its folder not
  refused "$work/shelf/recon.db"
  same_files before.db shelf/recon.db "a run on a book in a read-only folder changed it"
  readable "$work/shelf/recon.db"
  same_files before.db shelf/recon.db "reading a book in a read-only folder changed it"
  # A book whose last commit is still only in its -wal (its writer was killed before closing) and
  # whose folder may not be written: reading it without the -wal would be wrong, so it is refused.
  if command -v python3 > /dev/null; then
    mkdir wal-shelf
    cp before.db wal-shelf/recon.db
    python3 -c 'import os, sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA wal_autocheckpoint = 0")
db.execute("INSERT INTO runs (started_at, command, recon_version) VALUES (?, ?, ?)", ("2026-01-01", "test", "test"))
os._exit(0)  # gone before closing: the commit stays in the -wal' wal-shelf/recon.db
    [[ -s wal-shelf/recon.db-wal ]] || fail "the test could not leave a commit in the -wal"
    rm -f wal-shelf/recon.db-shm
    read_only wal-shelf
    status=0
    RECON_BOOK=$work/wal-shelf/recon.db "$recon" history > history.txt 2>&1 || status=$?
    [[ $status -eq 2 ]] && grep -q "its last runs are still in" history.txt || { cat history.txt; fail "a book read without its -wal exits $status"; }
    chattr -i wal-shelf 2>/dev/null || true
  fi
  status=0 # and a folder that is not there is not called read-only
  RECON_BOOK=$work/no-such-folder/recon.db "$recon" settle "${demo[@]:3:3}" > /dev/null 2> missing.txt || status=$?
  [[ $status -eq 2 ]] && grep -q "the folder it is in does not exist" missing.txt || { cat missing.txt; fail "a missing folder exits $status"; }
  ;;
input-error)
  "$recon" settle --journal books.ledger "${demo[@]:0:3}" > /dev/null
  cp books.ledger books-before.ledger
  "$recon" history > before.txt
  printf 'settlement-id\tnonsense\n' > broken.txt
  status=0
  "$recon" settle --journal books.ledger "${demo[@]:3:3}" broken.txt > /dev/null 2>&1 || status=$?
  [[ $status -eq 2 ]] || fail "a run with an unreadable report exited $status, not 2"
  "$recon" history > after.txt
  same_files before.txt after.txt "a refused run changed the book"
  same_files books-before.ledger books.ledger "a refused run changed the journal"
  ;;
*)
  fail "unknown scenario $scenario"
  ;;
esac
