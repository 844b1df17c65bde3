#!/usr/bin/env bash
# The multi-currency golden cases (testdata/golden/settle-fx-*), exported as beancount, hledger and
# ledger journals and judged by the real tools in their strictest modes: a converted deposit's entry
# (clearing in the marketplace's currency at a total price, the bank in the account's, the cost of
# the conversion) must balance in each, and each clearing account's balance assertions must hold.
#
#   converted_deposits_in_real_tools.sh RECON GOLDEN_DIR
#
# Exits 77 (skipped) when one of the tools is not installed; make test installs them.
set -euo pipefail

recon=$1
golden=$2

for tool in bean-check hledger ledger; do
  command -v "$tool" >/dev/null || { echo "skipped: $tool is not installed"; exit 77; }
done

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }

checked=0
for case_dir in "$golden"/settle-fx-*/; do
  name=$(basename "$case_dir")
  # The case's arguments without its own --journal and --journal-format, if any.
  args=()
  skip_next=false
  while IFS= read -r arg; do
    if $skip_next; then skip_next=false; continue; fi
    if [[ $arg == --journal || $arg == --journal-format ]]; then skip_next=true; continue; fi
    args+=("$arg")
  done <"$case_dir/args"
  for format in beancount journal ledger; do
    journal="$out/$name.$format"
    (cd "$case_dir" && "$recon" "${args[@]}" --journal "$journal" >/dev/null) || [[ $? == 1 ]] ||
      fail "$name: recon refused to write the $format journal"
  done
  bean-check "$out/$name.beancount" || fail "$name: bean-check refused the beancount journal"
  hledger -f "$out/$name.journal" check --strict || fail "$name: hledger check --strict refused the hledger journal"
  ledger -f "$out/$name.ledger" --pedantic balance >/dev/null 2>"$out/ledger.err" || {
    cat "$out/ledger.err" >&2
    fail "$name: ledger --pedantic refused the ledger journal"
  }
  [[ ! -s $out/ledger.err ]] || { cat "$out/ledger.err" >&2; fail "$name: ledger warned about the ledger journal"; }
  echo "$name: bean-check, hledger check --strict and ledger --pedantic accept its journals"
  checked=$((checked + 1))
done
((checked >= 5)) || fail "only $checked settle-fx-* cases found in $golden"
