#pragma once
// The exceptions workbook (libxlsxwriter): an "Exceptions" sheet and a "Settlements" sheet, each
// with a frozen header row, an autofilter and columns sized to their contents. Ids and order
// numbers are text cells, so Excel never turns them into numbers; amounts are number cells in the
// currency's decimals, so they add up.

#include <string>

#include "recon/model/report.hpp"

namespace recon {

// Writes the workbook to `path` directly; stage_exceptions makes that atomic.
void write_exceptions_workbook(const std::string& path, const Report& report);

} // namespace recon
