#pragma once
// The terminal form of `recon settle`: a compact block per settlement, what was written, the
// clearing balance explained in one sentence, the findings, and the verdict.

#include <iosfwd>
#include <optional>
#include <string>

#include "recon/export/journal_export.hpp"
#include "recon/model/report.hpp"
#include "terminal_style.hpp"

namespace recon::cli {

struct JournalSummary {
  std::string path;
  JournalFormat format;
  std::size_t entries;
};

void print_settle_report(std::ostream& out, const Report& report, const std::optional<JournalSummary>& journal,
                         const std::optional<std::string>& book_path, const Style& style);

} // namespace recon::cli
