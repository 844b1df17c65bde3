#pragma once
// The terminal form of a footing report: per settlement, its facts and a breakdown a bookkeeper
// reads at a glance, then the verdict and the findings.

#include <iosfwd>

#include "recon/model/report.hpp"
#include "terminal_style.hpp"

namespace recon::cli {

void print_foot_report(std::ostream& out, const Report& report, const Style& style);

// One line per finding, "FILE:LINE: severity: code: settlement ID: message", as compilers print
// diagnostics, so editors and grep can jump to the line: errors first, then warnings, then
// infos. Prints nothing when there are none.
void print_findings(std::ostream& out, const std::vector<Finding>& findings, const Style& style);

} // namespace recon::cli
