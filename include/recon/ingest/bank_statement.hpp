#pragma once
// Reading a bank's CSV export into a BankStatement (model/bank_statement.hpp), from the layouts
// banks actually produce.
// The header is found by content (exports put account details above it), columns by their common
// names, the delimiter and decimal mark by what the file uses, and the date order (MM/DD or DD/MM)
// by the whole file. When the file cannot tell, recon refuses and asks rather than guess.

#include <optional>
#include <string>
#include <vector>

#include "recon/base/currency.hpp"
#include "recon/model/bank_statement.hpp"

namespace recon {

enum class BankDateOrder { month_first, day_first, year_first };

struct BankReadOptions {
  Currency currency;                       // the account's currency: exports rarely say
  CurrencyOrigin currency_origin = CurrencyOrigin::given; // who says `currency` is the account's
  std::optional<BankDateOrder> date_order = std::nullopt; // --bank-date-format, when the file cannot tell
  // --bank-columns: header names for date, amount (or debit and credit), description, the
  // sign-indicator column that says which way an unsigned amount went, and the currency column.
  std::optional<std::string> date_column = std::nullopt;
  std::optional<std::string> amount_column = std::nullopt;
  std::optional<std::string> debit_column = std::nullopt;
  std::optional<std::string> credit_column = std::nullopt;
  std::optional<std::string> description_column = std::nullopt;
  std::optional<std::string> sign_column = std::nullopt;
  std::optional<std::string> currency_column = std::nullopt; // each line's currency, where the file says
  bool all_lines = false; // keep debits too (see BankStatement); matching needs only the credits
};

// Throws InputError naming the file and line: no header with a date and an amount column, an
// undatable row, a year outside 2000–2100, an amount that is not a number, an unclosed quote, a date
// order it cannot tell. Keeps the export's credits only, unless asked for all its lines.
[[nodiscard]] BankStatement read_bank_statement(const std::string& path, const BankReadOptions& options);

} // namespace recon
