#!/usr/bin/python3
"""Foot Amazon settlement reports with pandas: the benchmark's reference for `recon foot`.

This is what a bookkeeper's analyst would write instead of recon, and bench/compare.py times it
against `recon foot` on the same files. It does the same job the usual way: read each Flat File V2
report with pandas (every column as text, so ids keep their digits), take the row with a
total-amount as the summary, parse the body amounts through pandas' float64 path, and check that
they add up to the total. The check itself is done in integer minor units (each amount rounded
from float to cents, or to yen for JPY), so it is exact; the categories are the body rows grouped
by (transaction-type, amount-type, amount-description) with their count and sum.

Usage: /usr/bin/python3 bench/pandas_foot.py [--categories] REPORT...
Prints one line per file; exits 0 if every file foots, 1 otherwise.
"""

import argparse
import sys
from decimal import Decimal

import pandas as pd

CATEGORY = ["transaction-type", "amount-type", "amount-description"]


def money(minor, exponent):
    """An integer number of minor units as text, e.g. -32040 -> '-320.40' (exact, no float)."""
    return f"{Decimal(int(minor)).scaleb(-exponent):f}"


def foot(path, show_categories):
    """Print the file's line (and its categories if asked); True if it foots."""
    report = pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False)
    is_summary = report["total-amount"] != ""
    if is_summary.sum() != 1:
        print(f"{path}  ?  NOT FOOTED  {is_summary.sum()} summary rows, expected 1")
        return False
    summary = report[is_summary].iloc[0]
    body = report[~is_summary]

    amounts = body["amount"].str.replace(" ", "", regex=False)
    total_text = summary["total-amount"].replace(" ", "")
    every = pd.concat([amounts, pd.Series([total_text])])
    if every.str.contains(",", regex=False).any() and not every.str.contains(".", regex=False).any():
        amounts, total_text = amounts.str.replace(",", ".", regex=False), total_text.replace(",", ".")

    exponent = 0 if summary["currency"] == "JPY" else 2
    scale = 10**exponent
    values = pd.to_numeric(amounts)  # float64, as everyone does
    minor = (values * scale).round().astype("int64")
    total = round(float(total_text) * scale)
    footed = minor.sum() == total

    categories = (body.assign(minor=minor)
                  .groupby(CATEGORY, sort=False)["minor"]
                  .agg(["count", "sum"]))
    state = "footed" if footed else "NOT FOOTED"
    print(f"{path}  {summary['settlement-id']}  {state}  {money(total, exponent)}  "
          f"categories={len(categories)}")
    if show_categories:
        for (kind, amount_type, description), row in categories.iterrows():
            print(f"    {kind}  {amount_type}  {description}  {row['count']}  "
                  f"{money(row['sum'], exponent)}")
    return footed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reports", nargs="+", help="Amazon settlement reports (Flat File V2)")
    parser.add_argument("--categories", action="store_true", help="print each category's count and sum")
    args = parser.parse_args()
    results = [foot(path, args.categories) for path in args.reports]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
