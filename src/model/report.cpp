#include "recon/model/report.hpp"

#include <algorithm>

namespace recon {

ReportSummary summarize(const Report& report) {
  ReportSummary summary;
  summary.settlements = report.settlements.size();
  summary.footed = static_cast<std::size_t>(
      std::count_if(report.settlements.begin(), report.settlements.end(),
                    [](const ReportedSettlement& reported) { return reported.settlement.footed(); }));
  for (const auto& finding : report.findings) {
    if (finding.resolved) {
      ++summary.resolved;
      continue;
    }
    switch (finding.severity) {
    case Severity::error: ++summary.errors; break;
    case Severity::warning: ++summary.warnings; break;
    case Severity::info: ++summary.infos; break;
    }
  }
  return summary;
}

std::optional<FailOn> parse_fail_on(std::string_view text) {
  if (text == "error") return FailOn::error;
  if (text == "warning") return FailOn::warning;
  if (text == "never") return FailOn::never;
  return std::nullopt;
}

int exit_status(const Report& report, FailOn fail_on) {
  if (fail_on == FailOn::never) return 0;
  const Severity threshold = fail_on == FailOn::warning ? Severity::warning : Severity::error;
  const bool failed = std::any_of(report.findings.begin(), report.findings.end(),
                                  [threshold](const Finding& finding) { return !finding.resolved && finding.severity >= threshold; });
  return failed ? 1 : 0;
}

} // namespace recon
