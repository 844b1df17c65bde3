#!/usr/bin/env bash
# Exports a period of settlements with `recon settle --journal` as beancount, hledger and ledger,
# and has the real tools judge the files: each must accept its journal in its strictest mode
# (balance assertions included), and the Amazon Clearing balance each tool computes must equal the
# reserve Amazon still holds at the end of the period.
#
#   journals_in_real_tools.sh RECON EXPECTED_BALANCE [SETTLE_OPTION...] -- REPORT...
#
# EXPECTED_BALANCE is a plain amount such as 246.44 (USD, account Assets:Amazon:Clearing:US);
# SETTLE_OPTIONs (such as --split month) are passed to every `recon settle`.
# Exits 77 (skipped) when one of the tools is not installed; make test installs them.
set -euo pipefail

recon=$1
expected=$2
shift 2
options=()
while (($#)) && [[ $1 != -- ]]; do
  options+=("$1")
  shift
done
shift # the --
clearing=Assets:Amazon:Clearing:US

for tool in bean-check bean-query hledger ledger; do
  command -v "$tool" >/dev/null || { echo "skipped: $tool is not installed"; exit 77; }
done

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

fail() { echo "FAILED: $*" >&2; exit 1; }
check_balance() { # tool, what it printed
  local printed=${2//[$'\r' ]/}
  [[ $printed == "$expected" ]] || fail "$1 computes $clearing = '$2', expected $expected"
  echo "$1: $clearing = $printed"
}

"$recon" settle --no-book "${options[@]}" --journal "$out/books.beancount" "$@" >/dev/null
bean-check "$out/books.beancount" || fail "bean-check refused the beancount journal"
beancount_balance=$(bean-query -f csv "$out/books.beancount" \
  "SELECT sum(number) AS balance WHERE account = '$clearing'" | tail -n 1)
check_balance bean-query "$beancount_balance"

"$recon" settle --no-book "${options[@]}" --journal "$out/books.journal" "$@" >/dev/null
hledger -f "$out/books.journal" check --strict || fail "hledger check --strict refused the hledger journal"
hledger_balance=$(hledger -f "$out/books.journal" balance "^$clearing\$" -N -O csv | tail -n 1 | cut -d, -f2 | tr -d '"')
check_balance hledger "${hledger_balance% USD}"

"$recon" settle --no-book "${options[@]}" --journal "$out/books.ledger" "$@" >/dev/null
ledger -f "$out/books.ledger" --pedantic balance >/dev/null 2>"$out/ledger.err" || {
  cat "$out/ledger.err" >&2
  fail "ledger --pedantic refused the ledger journal"
}
[[ ! -s $out/ledger.err ]] || { cat "$out/ledger.err" >&2; fail "ledger warned about the ledger journal"; }
ledger_balance=$(ledger -f "$out/books.ledger" balance "^$clearing\$" --no-total --format '%(display_total)\n')
check_balance ledger "${ledger_balance% USD}"
