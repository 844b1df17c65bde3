#pragma once
// A bank export: the lines of one bank account, read from the CSV layouts banks actually produce.
// The header is found by content (exports put account details above it), columns by their common
// names, the delimiter and decimal mark by what the file uses, and the date order (MM/DD or DD/MM)
// by the whole file. When the file cannot tell, recon refuses and asks rather than guess.

#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "recon/base/calendar.hpp"
#include "recon/base/money.hpp"
#include "recon/base/source_ref.hpp"

namespace recon {

struct BankLine {
  SourceRef source;
  Day date;
  Money amount; // positive: money in
  std::string description;
};

// What recon keeps of an export: its credits, because a debit can never pay a settlement, and the
// days all its lines cover. The file is read once and never held, so an export costs memory for
// the lines that can match, not for its size.
struct BankStatement {
  std::string file;
  Currency currency;           // the account's: every line is in it
  std::deque<BankLine> lines;   // the credits, in file order; grown in blocks, never moved
  Day first;                   // the dates the export covers, debits included
  Day last;
};

enum class BankDateOrder { month_first, day_first, year_first };

struct BankReadOptions {
  Currency currency;                       // the account's currency: exports rarely say
  std::optional<BankDateOrder> date_order; // --bank-date-format, when the file cannot tell
  // --bank-columns: header names for date, amount (or debit and credit), description.
  std::optional<std::string> date_column;
  std::optional<std::string> amount_column;
  std::optional<std::string> debit_column;
  std::optional<std::string> credit_column;
  std::optional<std::string> description_column;
};

// Throws InputError naming the file and line: no header with a date and an amount column, an
// undatable row, a year outside 2000–2100, an amount that is not a number, an unclosed quote, a date order it cannot tell.
[[nodiscard]] BankStatement read_bank_statement(const std::string& path, const BankReadOptions& options);

} // namespace recon
