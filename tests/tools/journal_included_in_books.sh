#!/usr/bin/env bash
# recon's journal included in books that already hold Amazon's reserve in the clearing account:
# the books open the accounts and carry the 148.20 USD reserve Amazon kept back before the first
# settlement given to recon (demo settlement 2 releases it). The real tools must
#   - refuse recon's journal included as it is (its balance assertions count from zero), and
#   - accept it written with --clearing-opening 148.20 (and --no-open for beancount, whose books
#     open the accounts themselves), ending with the 246.44 USD Amazon still holds.
#
#   journal_included_in_books.sh RECON TESTDATA
#
# Exits 77 (skipped) when one of the tools is not installed; make test installs them.
set -euo pipefail

recon=$1
testdata=$2
reports=("$testdata"/demo/settlement-0{2..6}.txt)
clearing=Assets:Amazon:Clearing:US

for tool in bean-check bean-query hledger ledger; do
  command -v "$tool" >/dev/null || { echo "skipped: $tool is not installed"; exit 77; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
fail() { echo "FAILED: $*" >&2; exit 1; }

# beancount: the books open every account recon uses, and Equity for the reserve brought in.
"$recon" settle --no-book --journal opened.beancount "${reports[@]}" > /dev/null
{
  grep ' open ' opened.beancount | sed -E 's/^[0-9-]+/2026-01-01/'
  echo '2026-01-01 open Equity:Opening-Balances'
  printf '\n2026-03-01 * "Reserve Amazon held before recon"\n  %s  148.20 USD\n  Equity:Opening-Balances\n\n' "$clearing"
  echo 'include "recon.beancount"'
} > books.beancount
"$recon" settle --no-book --journal recon.beancount --no-open "${reports[@]}" > /dev/null
! bean-check books.beancount 2> /dev/null || fail "bean-check accepted assertions that ignore the opening reserve"
"$recon" settle --no-book --journal recon.beancount --no-open --clearing-opening 148.20 "${reports[@]}" > /dev/null
bean-check books.beancount || fail "bean-check refused the journal written with --clearing-opening"
balance=$(bean-query -f csv books.beancount "SELECT sum(number) AS balance WHERE account = '$clearing'" | tail -n 1)
[[ ${balance//[$'\r' ]/} == 246.44 ]] || fail "beancount computes $clearing = $balance, expected 246.44"

# hledger and ledger: the opening transaction comes first, then the journal.
for tool in hledger ledger; do
  {
    echo "account Equity:Opening-Balances"
    echo "account $clearing"
    echo "commodity USD"
    printf '\n2026-03-01 * Reserve Amazon held before recon\n    %s  148.20 USD\n    Equity:Opening-Balances\n\n' "$clearing"
    echo "include recon.$tool"
  } > "books.$tool"
  check() {
    if [[ $tool == hledger ]]; then hledger -f books.hledger check --strict 2> /dev/null; else
      ledger -f books.ledger --pedantic balance > /dev/null 2> ledger.err && [[ ! -s ledger.err ]]; fi
  }
  "$recon" settle --no-book --journal-format "$tool" --journal "recon.$tool" "${reports[@]}" > /dev/null
  ! check || fail "$tool accepted assertions that ignore the opening reserve"
  "$recon" settle --no-book --journal-format "$tool" --journal "recon.$tool" --clearing-opening "$clearing=148.20" "${reports[@]}" > /dev/null
  check || { cat ledger.err 2> /dev/null >&2; fail "$tool refused the journal written with --clearing-opening"; }
done
echo "beancount, hledger and ledger accept the journal included in books that hold the reserve already"
