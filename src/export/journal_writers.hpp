#pragma once
// The writers behind export_journal, one file per family of formats.

#include <map>
#include <string>
#include <vector>

#include "recon/export/journal_export.hpp"
#include "recon/model/journal.hpp"

namespace recon {

enum class LedgerDialect { hledger, ledger };

[[nodiscard]] std::string write_beancount(const Journal& journal, bool open_directives);
[[nodiscard]] std::string write_ledger_family(const Journal& journal, LedgerDialect dialect);
[[nodiscard]] std::string write_generic_csv(const Journal& journal, CsvDateFormat dates);
[[nodiscard]] std::string write_quickbooks_csv(const Journal& journal, CsvDateFormat dates, const std::string& name,
                                               const std::optional<Currency>& home);
[[nodiscard]] std::string write_xero_csv(const Journal& journal, CsvDateFormat dates, const std::string& tax_rate);

// The journal with its balance assertions raised by what each clearing account held before it
// (clearing_openings.cpp). Throws InputError for an opening it cannot place or read.
[[nodiscard]] Journal with_clearing_openings(const Journal& journal, const std::vector<ClearingOpening>& openings);

// Shared by the text formats: each account with the date it is first used (for open directives),
// and the width of the longest account name (to align amounts).
[[nodiscard]] std::map<std::string, Day> first_use_of_accounts(const Journal& journal);
[[nodiscard]] std::size_t longest_account(const Journal& journal);
[[nodiscard]] std::vector<Currency> currencies_of(const Journal& journal); // sorted by code

constexpr std::string_view generated_notice =
    "Written by recon from Amazon settlement reports. Regenerate it with recon rather than editing it.";

} // namespace recon
