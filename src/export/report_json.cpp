#include "recon/export/report_json.hpp"

#include <nlohmann/json.hpp>

#include "export/json_document.hpp"

namespace recon {
namespace {

using Json = nlohmann::ordered_json;

Json money_json(const Money& money) { return to_plain_string(money); }

Json decimal_mark_json(const std::optional<DecimalMark>& mark) {
  if (!mark) return nullptr;
  return *mark == DecimalMark::comma ? "comma" : "point";
}

Json category_json(const Category& category) {
  return Json{{"transaction_type", category.transaction_type},
              {"amount_type", category.amount_type},
              {"amount_description", category.amount_description},
              {"lines", category.lines},
              {"amount", money_json(category.sum)},
              {"first_line", category.first_line}};
}

// A converted deposit: Amazon's rate to six decimals; the reference rate, the day it was published
// and the cost (in the bank's currency) from --rates, else null.
Json conversion_json(const Conversion& conversion) {
  const auto& reference = conversion.reference;
  return Json{{"rate", conversion.rate.to_decimal(6)},
              {"reference_rate", reference ? Json(reference->rate.to_decimal(6)) : Json(nullptr)},
              {"reference_date", reference ? Json(to_iso_date(reference->published)) : Json(nullptr)},
              {"cost", conversion.cost ? money_json(*conversion.cost) : Json(nullptr)}};
}

Json files_json(const ReportedSettlement& reported) {
  Json files = Json::array({reported.settlement.file});
  for (const auto& file : reported.also_given_in) files.push_back(file);
  return files;
}

Json settlement_json(const ReportedSettlement& reported) {
  const Settlement& settlement = reported.settlement;
  Json categories = Json::array();
  for (const auto& category : settlement.categories) categories.push_back(category_json(category));
  const LineAccount& account = settlement.line_account;
  Json json{
      {"id", settlement.id},
      {"files", files_json(reported)},
      {"format", format_name(settlement.format)},
      {"marketplaces", settlement.marketplaces},
      {"currency", settlement.currency.code()},
      {"start", to_iso_instant(settlement.start)},
      {"end", to_iso_instant(settlement.end)},
      {"deposit_date", to_iso_date(settlement.deposit_date)},
      {"total", money_json(settlement.total)},
      {"lines_total", money_json(settlement.lines_total)},
      {"footed", settlement.footed()},
      {"lines", account.body_rows},
      {"reserve", {{"opening", money_json(settlement.reserve_opening())}, {"closing", money_json(settlement.reserve_closing())}}},
      {"source", {{"file", settlement.file}, {"line", settlement.summary_line}}},
      {"sha256", settlement.sha256},
      {"decimal_mark", decimal_mark_json(settlement.decimal_mark)},
      {"line_account",
       {{"header", account.header},
        {"summary", account.summary},
        {"body_rows", account.body_rows},
        {"quantity_rows", account.quantity_rows},
        {"blank_lines", account.blank_lines},
        {"total", account.total()}}},
      {"categories", categories},
  };
  if (reported.posted) {
    const PostedSettlement& posted = *reported.posted;
    Json bank = nullptr;
    if (const auto& line = posted.deposit.bank) {
      bank = Json{{"file", line->source.file}, {"line", line->source.line}, {"date", to_iso_date(line->date)},
                  {"amount", money_json(line->amount)}, {"currency", line->amount.currency().code()}};
    }
    json["deposit"] = Json{{"status", status_name(posted.deposit.status)},
                           {"expected_date", to_iso_date(settlement.deposit_date)},
                           {"amount", money_json(settlement.total)},
                           {"bank", bank}};
    if (const auto& conversion = posted.deposit.conversion) json["deposit"]["conversion"] = conversion_json(*conversion);
    json["clearing_account"] = posted.clearing_account;
    json["clearing_balance"] = money_json(posted.clearing_balance);
  }
  return json;
}

Json finding_json(const Finding& finding) {
  Json source = nullptr;
  if (finding.source) source = Json{{"file", finding.source->file}, {"line", finding.source->line}};
  Json json{
      {"code", code_name(finding.code)},
      {"severity", severity_name(finding.severity)},
      {"settlement_id", finding.settlement_id ? Json(*finding.settlement_id) : Json(nullptr)},
      {"amount", finding.amount ? money_json(*finding.amount) : Json(nullptr)},
      {"currency", finding.amount ? Json(finding.amount->currency().code()) : Json(nullptr)},
      {"message", finding.message},
      {"source", source},
      {"state", finding.resolved ? "resolved" : "open"},
  };
  if (finding.book_id != 0) json["id"] = finding.book_id;
  if (finding.resolved) json["resolution"] = finding.resolution;
  return json;
}

Json journal_json(const JournalWritten& journal) {
  Json withheld = Json::array();
  for (const auto& entry : journal.withheld) {
    withheld.push_back(Json{
        {"entry_id", entry.entry_id}, {"settlement_id", entry.settlement_id}, {"reason", withheld_reason_code(entry.reason)}});
  }
  // The number of files, not their names: the report of a period is the same wherever its journal
  // went (a Xero journal's parts are NAME-1.csv … NAME-N.csv).
  return Json{{"format", journal_format_name(journal.format)},
              {"files", journal.files.size()},
              {"entries", journal.entries},
              {"withheld", withheld},
              {"exported_before", journal.exported_before},
              {"reexported", journal.reexported}};
}

} // namespace

std::string to_json(const Report& report, const std::optional<JournalWritten>& journal) {
  Json settlements = Json::array();
  for (const auto& settlement : report.settlements) settlements.push_back(settlement_json(settlement));
  Json findings = Json::array();
  for (const auto& finding : report.findings) findings.push_back(finding_json(finding));
  const ReportSummary summary = summarize(report);
  Json document{
      {"schema", "recon.report/1"},
      {"settlements", settlements},
      {"exceptions", findings},
      {"summary",
       {{"settlements", summary.settlements},
        {"footed", summary.footed},
        {"errors", summary.errors},
        {"warnings", summary.warnings},
        {"infos", summary.infos},
        {"resolved", summary.resolved}}},
  };
  if (journal) document["journal"] = journal_json(*journal);
  return json_document(document);
}

std::string exceptions_to_json(const std::vector<Finding>& findings) {
  Json list = Json::array();
  for (const auto& finding : findings) list.push_back(finding_json(finding));
  return json_document(Json{{"schema", "recon.exceptions/1"}, {"exceptions", list}});
}

} // namespace recon
