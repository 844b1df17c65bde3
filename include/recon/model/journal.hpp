#pragma once
// Double-entry journal entries, as recon posts settlements: the common model every export format
// (beancount, hledger, ledger, CSV, QuickBooks Online, Xero) is written from.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "recon/base/calendar.hpp"
#include "recon/base/money.hpp"
#include "recon/base/source_ref.hpp"

namespace recon {

struct Posting {
  std::string account;
  Money amount; // positive is a debit
  // The clearing account's balance after this posting, in journal order: written as a balance
  // assertion so that the accounting tool re-checks recon's arithmetic.
  std::optional<Money> balance_after;
  // What `amount` is worth in another currency, as a total price (`@@` in beancount, hledger and
  // ledger): set on the clearing posting of a converted deposit, so that an entry moving one
  // currency out of clearing and another into the bank balances.
  std::optional<Money> price = std::nullopt;
};

enum class EntryKind { settlement, deposit };

struct Entry {
  EntryKind kind = EntryKind::settlement;
  Day date;
  bool pending = false; // a deposit no bank line confirms yet
  std::string id;       // unique in the journal: "17000001003", "17000001003-deposit", "17000001003-2026-03"
  std::string narration;
  std::vector<Posting> postings; // they sum to zero, currency by currency
  // Provenance, written as metadata.
  std::string settlement_id;
  Instant period_start;
  Instant period_end;
  SourceRef source; // the settlement's summary row
  std::string source_sha256;
};

struct Journal {
  std::vector<Entry> entries; // in date order
  // Where each account name came from (a map file's rule, or an option such as --bank-account),
  // to blame the right place when an export format refuses a name.
  std::map<std::string, SourceRef> account_origins;

  // Clearing-account balance assertions: the balance of `account` at the end of `date`.
  struct BalanceCheck {
    Day date;
    std::string account;
    Money balance;
  };
  std::vector<BalanceCheck> balance_checks;
};

} // namespace recon
