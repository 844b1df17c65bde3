#include "recon/run/foot.hpp"

#include "recon/checks/footing.hpp"
#include "recon/checks/plausible_dates.hpp"
#include "recon/run/input_files.hpp"

namespace recon {

Report read_and_foot(const std::vector<std::string>& files, const ReadOptions& options) {
  require_regular_files(files);
  Report report;
  for (Settlement& settlement : read_settlements(files, options)) {
    check_plausible_dates(settlement);
    auto findings = check_footing(settlement);
    report.findings.insert(report.findings.end(), findings.begin(), findings.end());
    report.settlements.push_back({std::move(settlement), std::nullopt});
  }
  return report;
}

} // namespace recon
