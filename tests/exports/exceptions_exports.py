#!/usr/bin/python3
"""Reads recon's exception exports back as a spreadsheet user would meet them.

    exceptions_exports.py RECON TESTDATA

Settles part of the demo period against its bank export (so there are errors, warnings and an
unexplained Amazon credit) from a report whose file name starts like a formula, then checks:
  - the .xlsx opens with openpyxl; ids are text cells, amounts number cells with the currency's
    decimals; a frozen header, an autofilter and sized columns on both sheets;
  - the .csv has a byte-order mark, amounts as plain numbers, and no cell that a spreadsheet
    would run as a formula;
  - the .json is recon.exceptions/1 with money as strings;
  - a bank export whose file name holds characters XML cannot (U+0001, ESC, U+FFFF) still gives a
    workbook that opens, with U+FFFD in their place;
  - a report whose file name holds text shaped like Excel's character escapes (_x0041_) is shown
    as named once the workbook's strings are decoded as Excel decodes them (openpyxl 3.0 does not
    decode them, so the check reads xl/sharedStrings.xml itself).
Exits 77 (skipped) when openpyxl is not installed; make test installs it.
"""
import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
import zipfile

try:
    import openpyxl
except ImportError:
    print("skipped: python3-openpyxl is not installed")
    sys.exit(77)

recon, testdata = sys.argv[1], sys.argv[2]
work = tempfile.mkdtemp()
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)


def as_excel_shows(stored):
    """A cell's stored text as Excel shows it (ECMA-376 Part 1, 22.9.2.19 ST_Xstring): each _xHHHH_
    is the character U+HHHH, read left to right without overlap."""
    return re.sub(r"_x([0-9A-Fa-f]{4})_", lambda match: chr(int(match.group(1), 16)), stored)


def shared_strings(workbook):
    """The stored text of each shared string of a workbook."""
    namespace = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    with zipfile.ZipFile(workbook) as archive:
        table = ElementTree.fromstring(archive.read("xl/sharedStrings.xml"))
    return ["".join(t.text or "" for t in si.iter(namespace + "t")) for si in table.iter(namespace + "si")]


try:
    # A report whose file name is a formula: it must reach every export as inert text.
    hostile = '=HYPERLINK("x")+1.txt'
    shutil.copy(os.path.join(testdata, "demo", "settlement-05.txt"), os.path.join(work, hostile))
    # A report whose file name Excel would read as holding escapes: _x0041_ is "A" to Excel.
    escapes = "settlement_x0041_x0042_.txt"
    shutil.copy(os.path.join(testdata, "demo", "settlement-06.txt"), os.path.join(work, escapes))
    reports = [os.path.join(testdata, "demo", f"settlement-0{n}.txt") for n in (1, 2, 3)] + [escapes, hostile]
    bank = "bank\x01\x1b\uffff.csv"  # its name reaches the Settlements sheet's "Bank file" column
    shutil.copy(os.path.join(testdata, "demo", "bank.csv"), os.path.join(work, bank))
    for extension in ("xlsx", "csv", "json"):
        run = subprocess.run([recon, "settle", "--no-book", "--exceptions", os.path.join(work, "x." + extension), *reports, bank],
                             capture_output=True, text=True, cwd=work)
        check(run.returncode == 1, f"settle --exceptions x.{extension} exited {run.returncode}: {run.stderr}")

    book = openpyxl.load_workbook(os.path.join(work, "x.xlsx"))
    check(book.sheetnames == ["Exceptions", "Settlements"], f"sheets are {book.sheetnames}")
    exceptions, settlements = book["Exceptions"], book["Settlements"]
    for sheet in (exceptions, settlements):
        check(sheet.freeze_panes == "A2", f"{sheet.title}: header row not frozen ({sheet.freeze_panes})")
        check(sheet.auto_filter.ref is not None and sheet.auto_filter.ref.startswith("A1:"), f"{sheet.title}: no autofilter")
        check(all(sheet.column_dimensions[c].width for c in "ABC"), f"{sheet.title}: columns not sized")
    header = [cell.value for cell in exceptions[1]]
    rows = [dict(zip(header, (cell for cell in row))) for row in exceptions.iter_rows(min_row=2)]
    check(len(rows) >= 3, f"only {len(rows)} exceptions in the workbook")
    for row in rows:
        if row["Settlement"].value is not None:
            check(row["Settlement"].data_type == "s", f"settlement id {row['Settlement'].value!r} is not a text cell")
        if row["Amount"].value is not None:
            check(row["Amount"].data_type == "n", f"amount {row['Amount'].value!r} is not a number cell")
            check(row["Amount"].number_format == "#,##0.00", f"amount format {row['Amount'].number_format}")
        check(row["File"].data_type == "s", "a file name is not a text cell")
    first = [cell for cell in settlements[2]]
    check(first[0].data_type == "s" and first[0].value == "17000001003", f"settlement id cell {first[0].value!r}")
    check(first[6].data_type == "n" and abs(first[6].value - 640.27) < 1e-9, f"total cell {first[6].value!r}")
    bank_files = {row[12].value for row in settlements.iter_rows(min_row=2) if row[12].value}
    check(bank_files == {"bank\ufffd\ufffd\ufffd.csv"}, f"bank file cells {bank_files!r}")
    shown = {as_excel_shows(text) for text in shared_strings(os.path.join(work, "x.xlsx"))}
    report_files = {row[16].value for row in settlements.iter_rows(min_row=2)}
    check(escapes in report_files, f"openpyxl reads no {escapes!r} but {sorted(report_files)!r}")  # it strips _x005F_ only
    check(escapes in shown, f"Excel shows no {escapes!r} but {sorted(text for text in shown if 'settlement' in text and '.txt' in text)!r}")

    raw = open(os.path.join(work, "x.csv"), "rb").read()
    check(raw.startswith(b"\xef\xbb\xbf"), "the CSV has no byte-order mark")
    table = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    check(table[0][:6] == ["id", "state", "severity", "code", "settlement_id", "amount"], f"CSV header {table[0]}")
    for line in table[1:]:
        for position, cell in enumerate(line):
            if position == 4 and cell.startswith('="') and cell[2:-1].isdigit():
                continue  # ="17000001003": digits kept as text, nothing to run
            if position == 5 and cell:
                check(cell.lstrip("-").replace(".", "").isdigit(), f"amount cell {cell!r} is not a plain number")
                continue
            check(not cell or cell[0] not in "=+-@\t\r", f"CSV cell {cell!r} would run as a formula")
    check(any(cell.startswith("'=HYPERLINK") for line in table for cell in line), "the hostile file name was not neutralised")

    document = json.load(open(os.path.join(work, "x.json")))
    check(document["schema"] == "recon.exceptions/1", "JSON schema")
    check(all(isinstance(e["amount"], (str, type(None))) for e in document["exceptions"]), "JSON money is not a string")
finally:
    shutil.rmtree(work)

for failure in failures:
    print("FAILED:", failure)
sys.exit(1 if failures else 0)
