#pragma once
// What a bank export says, whatever its format: the transactions of one account, each remembering
// the file and line it came from, and every line that is not a transaction with the reason it was
// skipped (a balance row, a pending payment), so that every line of the file is accounted for.

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "recon/base/calendar.hpp"
#include "recon/base/currency.hpp"
#include "recon/base/money.hpp"
#include "recon/base/source_ref.hpp"

namespace recon {

struct BankLine {
  SourceRef source; // OFX: the line of its <STMTTRN>; CAMT: of its <Ntry>
  Day date;
  Money amount; // positive: money in; in the currency of the line (the account's unless it says)
  std::string description;
};

// A line of the file that is not a transaction, and why.
struct SkippedBankLine {
  std::uint64_t line = 0;
  std::string reason; // "opening balance", "pending: not yet booked", …
  std::string text;   // the line as written, for a person to recognise
};

// One thing the reader found out about how the file is written ("delimiter": "semicolon", "amount":
// "column Betrag, signed"), so that a person can check the reading against the file. Each reader
// records what it decided, in the order it decided it; there is no fixed list, because a CSV and an
// OFX file are described by different facts.
struct LayoutFact {
  std::string name;
  std::string value;
};

enum class BankFormat { csv, ofx, camt053, camt052 };

// "csv", "ofx", "camt053", "camt052": the names recon.bank/1 uses.
[[nodiscard]] std::string_view format_name(BankFormat format) noexcept;

// Where a statement's currency comes from.
enum class CurrencyOrigin {
  file,        // the file states it (OFX CURDEF, CAMT Acct/Ccy, a currency column)
  given,       // --bank-currency
  settlements, // the one currency the run's settlements share: recon's assumption
  unknown,     // nobody did: amounts were read with two decimals, and no currency may be shown for them
};

// An export as recon keeps it. Read for matching, only its credits are kept, because a debit can
// never pay a settlement: the file is read once and never held, so an export costs memory for the
// lines that can match, not for its size. Read to be shown (`recon bank`), every transaction is.
struct BankStatement {
  std::string file;
  Currency currency;          // the account's: every line is in it unless the line says otherwise
  std::deque<BankLine> lines; // in file order; grown in blocks, never moved
  Day first;                  // the dates the export covers, debits included
  Day last;
  BankFormat format = BankFormat::csv;
  CurrencyOrigin currency_origin = CurrencyOrigin::given;
  std::vector<SkippedBankLine> skipped = {};      // in file order
  std::vector<LayoutFact> layout = {};            // how the reader read the file
};

} // namespace recon
