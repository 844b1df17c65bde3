#pragma once
// Writes a Journal in the formats bookkeepers import: plain-text accounting (beancount, hledger,
// ledger) with balance assertions on the clearing account, and journal-import CSVs (generic,
// QuickBooks Online, Xero).

#include <optional>
#include <string>
#include <string_view>

#include "recon/model/journal.hpp"

namespace recon {

enum class JournalFormat { beancount, hledger, ledger, csv, quickbooks, xero };

// By name, as --journal-format takes it: beancount, hledger, ledger, csv, qbo, xero.
[[nodiscard]] std::optional<JournalFormat> journal_format_named(std::string_view name);
// By the file's extension: .beancount, .journal or .hledger, .ledger, .csv.
[[nodiscard]] std::optional<JournalFormat> journal_format_for_path(std::string_view path);
[[nodiscard]] std::string_view journal_format_name(JournalFormat format);

// Why the format cannot hold this account name, or nullopt when it can.
[[nodiscard]] std::optional<std::string> account_name_problem(std::string_view account, JournalFormat format);

struct JournalExportOptions {
  std::string xero_tax_rate = "Tax Exempt"; // Xero requires a tax rate name on every line
};

// The whole file's text.
[[nodiscard]] std::string export_journal(const Journal& journal, JournalFormat format, const JournalExportOptions& options = {});

} // namespace recon
