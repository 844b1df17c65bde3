#pragma once
// The terminal form of `recon bank`: per file, how recon read it (format, layout, currency, dates,
// counts), then its transactions as a table and the lines it skipped with their reasons. It is
// what a bookkeeper reads when a match looks wrong, so nothing is summarised away.

#include <iosfwd>
#include <vector>

#include "recon/model/bank_statement.hpp"

namespace recon::cli {

void print_bank_statements(std::ostream& out, const std::vector<BankStatement>& statements);

} // namespace recon::cli
