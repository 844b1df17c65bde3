#include "recon/export/bank_json.hpp"

#include <nlohmann/json.hpp>

#include "export/json_document.hpp"

namespace recon {
namespace {

using Json = nlohmann::ordered_json;

// The line's own currency when the account's is known; null when it is not, because the amounts
// were then read in a currency recon assumed only for their decimals (run/bank.hpp).
Json line_currency_json(const BankStatement& statement, const BankLine& line) {
  if (statement.currency_origin == CurrencyOrigin::unknown) return nullptr;
  return line.amount.currency().code();
}

Json statement_json(const BankStatement& statement) {
  Json layout = Json::object();
  for (const auto& fact : statement.layout) layout[fact.name] = fact.value;
  Json lines = Json::array();
  for (const auto& line : statement.lines) {
    lines.push_back({{"line", line.source.line},
                     {"date", to_iso_date(line.date)},
                     {"amount", to_plain_string(line.amount)},
                     {"currency", line_currency_json(statement, line)},
                     {"description", line.description}});
  }
  Json skipped = Json::array();
  for (const auto& skip : statement.skipped) skipped.push_back({{"line", skip.line}, {"reason", skip.reason}, {"text", skip.text}});
  return Json{{"file", statement.file},
              {"format", format_name(statement.format)},
              {"currency", statement.currency_origin == CurrencyOrigin::unknown ? Json(nullptr) : Json(statement.currency.code())},
              {"first", to_iso_date(statement.first)},
              {"last", to_iso_date(statement.last)},
              {"layout", std::move(layout)},
              {"lines", std::move(lines)},
              {"skipped", std::move(skipped)}};
}

} // namespace

std::string bank_to_json(const std::vector<BankStatement>& statements) {
  Json all = Json::array();
  for (const auto& statement : statements) all.push_back(statement_json(statement));
  return json_document(Json{{"schema", "recon.bank/1"}, {"statements", std::move(all)}});
}

} // namespace recon
