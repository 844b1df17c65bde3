#pragma once
// The JSON report of the contract (schema recon.report/1): money as strings with the currency's
// exact decimals, dates in ISO 8601, ids as strings. Fields are added over time, never renamed.

#include <optional>
#include <string>

#include "recon/export/journal_import.hpp"
#include "recon/model/report.hpp"

namespace recon {

// The whole report, pretty-printed, ending in a newline; with `journal`, what the run wrote to the
// journal and what it left out.
[[nodiscard]] std::string to_json(const Report& report, const std::optional<JournalWritten>& journal = std::nullopt);

// The book's exceptions on their own (schema recon.exceptions/1), as `recon exceptions -o x.json`
// writes them.
[[nodiscard]] std::string exceptions_to_json(const std::vector<Finding>& findings);

} // namespace recon
