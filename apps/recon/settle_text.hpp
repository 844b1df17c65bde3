#pragma once
// The terminal form of `recon settle`: a compact block per settlement, what was written, the
// clearing balance explained in one sentence, the findings, and the verdict.

#include <iosfwd>
#include <optional>
#include <string>

#include "recon/model/report.hpp"
#include "recon/run/settle_run.hpp"
#include "terminal_style.hpp"

namespace recon::cli {

void print_settle_report(std::ostream& out, const Report& report, const std::optional<JournalWritten>& journal,
                         const std::optional<std::string>& book_path, const Style& style);

} // namespace recon::cli
