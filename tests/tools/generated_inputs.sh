#!/bin/bash
# recon-gen's reports and bank exports are what the benchmark and the large-file tests stand on:
# for every locale they must have exactly the lines asked for, be the same bytes for the same
# arguments, and settle cleanly, every report footed and every deposit matched in the bank export.
# Usage: generated_inputs.sh RECON RECON_GEN
set -euo pipefail
recon=$1
recon_gen=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for locale in us ca uk de au jp fr; do
  "$recon_gen" --locale "$locale" --settlements 3 --lines 3000 --bank-lines 300 --seed 5 -o "$work/$locale" > /dev/null
  "$recon_gen" --locale "$locale" --settlements 3 --lines 3000 --bank-lines 300 --seed 5 -o "$work/$locale-again" > /dev/null
  for file in settlement-001.txt settlement-002.txt settlement-003.txt bank.csv; do
    cmp -s "$work/$locale/$file" "$work/$locale-again/$file" || { echo "$locale: $file differs between two runs"; exit 1; }
  done
  for report in "$work/$locale"/settlement-*.txt; do
    lines=$(wc -l < "$report")
    [ "$lines" -eq 3000 ] || { echo "$locale: $report has $lines lines, not 3000"; exit 1; }
  done
  [ "$(wc -l < "$work/$locale/bank.csv")" -eq 300 ] || { echo "$locale: bank.csv is not 300 lines"; exit 1; }

  "$recon" settle --no-book --json "$work/$locale"/settlement-*.txt "$work/$locale/bank.csv" > "$work/$locale.json" || {
    echo "$locale: recon settle did not settle cleanly (exit $?)"; "$recon" settle --no-book "$work/$locale"/settlement-*.txt "$work/$locale/bank.csv" | tail -20; exit 1; }
  /usr/bin/python3 - "$work/$locale.json" "$locale" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
locale = sys.argv[2]
settlements = report["settlements"]
assert len(settlements) == 3, f"{locale}: {len(settlements)} settlements"
assert all(s["footed"] for s in settlements), f"{locale}: a report does not foot"
assert not report["exceptions"], f"{locale}: exceptions {report['exceptions']}"
for s in settlements:
    status = s["deposit"]["status"]
    assert status in ("matched", "not-expected"), f"{locale}: settlement {s['id']} deposit {status}"
PY
done

# Short reports end negative now and then: the next report carries the balance (Payable to Amazon),
# and the chain must still settle without an exception.
"$recon_gen" --settlements 2 --lines 300 --bank-lines 50 -o "$work/negative" > /dev/null
grep -q 'Payable to Amazon' "$work/negative/settlement-002.txt" || { echo "no negative balance carried"; exit 1; }
"$recon" settle --no-book "$work/negative"/settlement-*.txt "$work/negative/bank.csv" > "$work/negative.txt" ||
  { echo "the negative chain did not settle cleanly"; cat "$work/negative.txt"; exit 1; }

# Deposits Amazon converted: an Amazon.ca chain paid into a USD account at 0.7281, each deposit the
# total at that rate, half to even to the cent; recon matches each as a converted deposit.
"$recon_gen" --locale ca --bank-locale us --rate 0.7281 --settlements 3 --lines 3000 --bank-lines 300 --seed 5 \
  -o "$work/converted" > /dev/null
"$recon" settle --no-book --json --bank-currency USD "$work/converted"/settlement-*.txt "$work/converted/bank.csv" \
  > "$work/converted.json" || { echo "the converted chain did not settle cleanly (exit $?)"; exit 1; }
/usr/bin/python3 - "$work/converted.json" <<'PY'
import json, sys
from decimal import Decimal, ROUND_HALF_EVEN
report = json.load(open(sys.argv[1]))
assert not report["exceptions"], f"converted: exceptions {report['exceptions']}"
for s in report["settlements"]:
    if s["deposit"]["status"] == "not-expected":
        continue
    deposit = s["deposit"]
    assert deposit["status"] == "matched" and deposit["bank"]["currency"] == "USD", f"converted: {s['id']} {deposit}"
    expected = (Decimal(s["total"]) * Decimal("0.7281")).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
    assert Decimal(deposit["bank"]["amount"]) == expected, f"converted: {s['id']} paid {deposit['bank']['amount']}, not {expected}"
    assert deposit["conversion"]["reference_rate"] is None, f"converted: {deposit['conversion']}"
PY
"$recon_gen" --locale ca --rate 0.7281 --bank-lines 20 -o "$work/refused" > /dev/null 2>&1 && { echo "--rate without --bank-locale was taken"; exit 1; }

"$recon_gen" --settlements 1 --lines 500 --seed 6 -o "$work/other-seed" > /dev/null
if cmp -s "$work/us/settlement-001.txt" "$work/other-seed/settlement-001.txt"; then echo "another seed gave the same report"; exit 1; fi
echo "recon-gen: seven locales, converted deposits, exact line counts, the same bytes for the same seed, every report footed and deposit matched"
