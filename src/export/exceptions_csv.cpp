#include "recon/export/exceptions_csv.hpp"

#include <fmt/format.h>

namespace recon {
namespace {

std::string quoted(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// Excel turns a long digit string into a number and loses digits; ="…" keeps it as text.
std::string id_cell(std::string_view id) { return id.empty() ? "" : quoted(fmt::format("=\"{}\"", id)); }

} // namespace

std::string spreadsheet_safe_text(std::string_view text) {
  const bool formula_like = !text.empty() && (text.front() == '=' || text.front() == '+' || text.front() == '-' ||
                                              text.front() == '@' || static_cast<unsigned char>(text.front()) < 0x20);
  return quoted(formula_like ? "'" + std::string(text) : std::string(text));
}

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
