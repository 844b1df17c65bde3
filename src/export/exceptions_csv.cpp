#include "recon/export/exceptions_csv.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "export/csv_cells.hpp"

namespace recon {
namespace {

// Excel turns a long digit string into a number and loses digits; ="…" keeps it as text. The
// wrapper is itself a formula, so only digits go inside it: anything else (which the reader
// refuses, but this writer does not rely on that) is an ordinary neutralised text cell.
std::string id_cell(std::string_view id) {
  if (id.empty()) return "";
  const bool digits = std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; });
  return digits ? quoted_csv_field(fmt::format("=\"{}\"", id)) : spreadsheet_safe_text(id);
}

} // namespace

std::string spreadsheet_safe_text(std::string_view text) { return quoted_csv_field(neutralised(text)); }

std::string exceptions_to_csv(const std::vector<Finding>& findings) {
  std::string out = "\xEF\xBB\xBF";
  out += "id,state,severity,code,settlement_id,amount,currency,message,file,line,resolution\r\n";
  for (const auto& finding : findings) {
    const std::string amount = finding.amount ? to_plain_string(*finding.amount) : "";
    const std::string currency = finding.amount ? std::string(finding.amount->currency().code()) : "";
    const std::string file = finding.source ? finding.source->file : "";
    const std::string line = finding.source && finding.source->line > 0 ? std::to_string(finding.source->line) : "";
    out += fmt::format("{},{},{},{},{},{},{},{},{},{},{}\r\n", finding.book_id == 0 ? "" : std::to_string(finding.book_id),
                       finding.resolved ? "resolved" : "open", severity_name(finding.severity), code_name(finding.code),
                       id_cell(finding.settlement_id.value_or("")), amount, currency, spreadsheet_safe_text(finding.message),
                       spreadsheet_safe_text(file), line, spreadsheet_safe_text(finding.resolution));
  }
  return out;
}

} // namespace recon
