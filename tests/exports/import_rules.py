#!/usr/bin/python3
"""The published import rules of QuickBooks Online and Xero, applied to journal files.

Written from the importers' documentation (docs/journals.md cites it), not from recon's code, so
that a file recon writes wrong is caught here rather than by a bookkeeper's failed import.

    import_rules.py qbo  [--date-format F] FILE...
    import_rules.py xero [--date-format F] [--bank-code CODE]... FILE...

Several files are one import: a journal must lie whole in one file and appear once in all of them.
Prints every broken rule and exits 1; prints a summary and exits 0 when all hold.
"""

import argparse
import csv
import datetime
import re
import sys
from decimal import Decimal, InvalidOperation

QBO_HEADER = ["Journal No", "Journal Date", "Account Name", "Debits", "Credits", "Description", "Name"]
XERO_HEADER = ["*Narration", "*Date", "Description", "*AccountCode", "*TaxRate", "*Amount",
               "TrackingName1", "TrackingOption1", "TrackingName2", "TrackingOption2"]
XERO_LINES_PER_FILE = 300  # help.xero.com: "You can import up to 300 lines in one template file"
QBO_JOURNAL_NO_LIMIT = 21  # Journal No. (DocNumber) holds at most 21 characters
QBO_ACCOUNT_NAME_LIMIT = 100
XERO_CODE_LIMIT = 10
DATE_FORMATS = {"YYYY-MM-DD": "%Y-%m-%d", "MM/DD/YYYY": "%m/%d/%Y", "DD/MM/YYYY": "%d/%m/%Y"}
# A file reference in a description that carries the folders of the machine that wrote it.
LOCAL_PATH = re.compile(r"(^|[\s(\"'])(/|~/|[A-Za-z]:\\)[^\s]*")
AMOUNT = re.compile(r"^-?\d+(\.\d+)?$")

problems = []


def problem(where, text):
    problems.append(f"{where}: {text}")


def parse_date(where, text, date_format):
    try:
        return datetime.datetime.strptime(text, DATE_FORMATS[date_format]).date()
    except ValueError:
        problem(where, f"date '{text}' is not {date_format}")
        return None


def parse_amount(where, text, signed):
    if not AMOUNT.match(text) or (not signed and text.startswith("-")):
        problem(where, f"amount '{text}' is not a plain {'signed ' if signed else ''}number")
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        problem(where, f"amount '{text}' is not a number")
        return None


def check_description(where, text):
    if LOCAL_PATH.search(text):
        problem(where, f"the description carries a local path: {text!r}")


def read_rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


class Journals:
    """Rows grouped into journals by their key, each journal whole in one file and written once."""

    def __init__(self):
        self.lines = {}  # key -> list of (where, amount, currency)
        self.file_of = {}
        self.last_key = None

    def add(self, path, where, key, amount, currency):
        if key in self.file_of and self.file_of[key] != path:
            problem(where, f"journal {key} is split between {self.file_of[key]} and {path}")
        elif key in self.lines and self.last_key != key:
            problem(where, f"journal {key} appears twice (its rows are not together)")
        self.file_of[key] = path
        self.last_key = key
        self.lines.setdefault(key, []).append((where, amount, currency))

    def check_balanced(self):
        for key, lines in self.lines.items():
            if any(amount is None for _, amount, _ in lines):
                continue
            if len({currency for _, _, currency in lines}) > 1:
                problem(lines[0][0], f"journal {key} mixes currencies")
            total = sum(amount for _, amount, _ in lines)
            if total != 0:
                problem(lines[0][0], f"journal {key} does not balance: debits minus credits is {total}")


def qbo_account_problem(name):
    for part in name.split(":"):
        if not part:
            return "has an empty name around a colon (QuickBooks writes Parent:Sub)"
        if part != part.strip():
            return f"'{part}' begins or ends with a blank"
        if len(part) > QBO_ACCOUNT_NAME_LIMIT:
            return f"'{part}' is longer than {QBO_ACCOUNT_NAME_LIMIT} characters"
        if '"' in part:
            return "holds a double quote"
    return None


def check_qbo(paths, date_format):
    journals = Journals()
    for path in paths:
        rows = read_rows(path)
        if not rows or rows[0][:7] != QBO_HEADER or rows[0][7:] not in ([], ["Currency Code"]):
            problem(path, f"the header is not QuickBooks' journal entry layout: {rows[:1]}")
            continue
        has_currency = rows[0][7:] == ["Currency Code"]
        dates = {}
        for number, row in enumerate(rows[1:], start=2):
            where = f"{path}:{number}"
            if len(row) != len(rows[0]):
                problem(where, f"{len(row)} fields, not {len(rows[0])}")
                continue
            journal_no, date_text, account, debit, credit, description, name = row[:7]
            currency = row[7] if has_currency else ""
            if not journal_no or len(journal_no) > QBO_JOURNAL_NO_LIMIT:
                problem(where, f"Journal No '{journal_no}' is empty or longer than {QBO_JOURNAL_NO_LIMIT} characters")
            day = parse_date(where, date_text, date_format)
            if dates.setdefault(journal_no, day) != day:
                problem(where, f"journal {journal_no} has rows on two dates")
            if not account:
                problem(where, "no Account Name")
            elif (reason := qbo_account_problem(account)):
                problem(where, f"account '{account}' {reason}")
            if ("Receivable" in account or "Payable" in account or "(A/R)" in account or "(A/P)" in account) and not name:
                problem(where, f"account '{account}' is A/R or A/P and the line has no Name")
            if has_currency and not re.fullmatch(r"[A-Z]{3}", currency):
                problem(where, f"Currency Code '{currency}' is not an ISO 4217 code")
            if bool(debit) == bool(credit):
                problem(where, "a line has a debit or a credit, exactly one")
                amount = None
            else:
                value = parse_amount(where, debit or credit, signed=False)
                amount = None if value is None else (value if debit else -value)
            check_description(where, description)
            journals.add(path, where, journal_no, amount, currency)
    journals.check_balanced()
    return len(journals.lines)


def check_xero(paths, date_format, bank_codes):
    journals = Journals()
    for path in paths:
        rows = read_rows(path)
        if not rows or rows[0] != XERO_HEADER:
            problem(path, f"the header is not Xero's manual journal template: {rows[:1]}")
            continue
        if len(rows) > XERO_LINES_PER_FILE:
            problem(path, f"{len(rows)} lines, more than the {XERO_LINES_PER_FILE} Xero imports from one file")
        for number, row in enumerate(rows[1:], start=2):
            where = f"{path}:{number}"
            if len(row) != len(XERO_HEADER):
                problem(where, f"{len(row)} fields, not {len(XERO_HEADER)}")
                continue
            narration, date_text, description, code, tax_rate, amount_text = row[:6]
            for column, value in (("*Narration", narration), ("*Date", date_text), ("*AccountCode", code),
                                  ("*TaxRate", tax_rate), ("*Amount", amount_text)):
                if not value.strip():
                    problem(where, f"{column} is empty, and Xero requires it")
            day = parse_date(where, date_text, date_format)
            if len(code) > XERO_CODE_LIMIT or not re.fullmatch(r"[A-Za-z0-9._-]*", code):
                problem(where, f"'{code}' is not a Xero account code (at most {XERO_CODE_LIMIT} letters or digits)")
            if code in bank_codes:
                problem(where, f"'{code}' is a bank account, and a manual journal cannot post to one")
            check_description(where, narration)
            check_description(where, description)
            journals.add(path, where, (narration, day), parse_amount(where, amount_text, signed=True), "")
    journals.check_balanced()
    return len(journals.lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", choices=["qbo", "xero"])
    parser.add_argument("--date-format", choices=sorted(DATE_FORMATS))
    parser.add_argument("--bank-code", action="append", default=[])
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    if args.target == "qbo":
        journals = check_qbo(args.files, args.date_format or "MM/DD/YYYY")
    else:
        journals = check_xero(args.files, args.date_format or "DD/MM/YYYY", set(args.bank_code))
    for text in problems:
        print(text)
    if problems:
        print(f"{len(problems)} broken rule(s) in {' '.join(args.files)}")
        return 1
    print(f"{args.target}: {journals} journals in {len(args.files)} file(s) meet the import rules")
    return 0


if __name__ == "__main__":
    sys.exit(main())
