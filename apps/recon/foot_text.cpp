#include "foot_text.hpp"

#include <algorithm>
#include <ostream>

#include <fmt/format.h>

#include "text_table.hpp"
#include "visible_text.hpp"

namespace recon::cli {
namespace {

std::string period_of(const Settlement& settlement) {
  const auto minutes = [](Instant instant) {
    const std::string iso = to_iso_instant(instant); // 2026-03-02T07:04:11Z
    return iso.substr(0, 10) + " " + iso.substr(11, 5);
  };
  return minutes(settlement.start) + " to " + minutes(settlement.end) + " UTC";
}

std::string line_account_of(const Settlement& settlement) {
  const LineAccount& account = settlement.line_account;
  std::string text = fmt::format("{} lines: {} header, {} summary, {} body row{}", account.total(), account.header,
                                 account.summary, account.body_rows, account.body_rows == 1 ? "" : "s");
  if (account.quantity_rows > 0) text += fmt::format(" ({} with only a quantity)", account.quantity_rows);
  if (account.blank_lines > 0) text += fmt::format(", {} blank", account.blank_lines);
  return text;
}

void print_breakdown(std::ostream& out, const Settlement& settlement) {
  TextTable table({Align::left, Align::left, Align::left, Align::right, Align::right, Align::right});
  table.add_row({"Transaction type", "Amount type", "Description", "Lines", "Amount", "First line"});
  for (const auto& category : settlement.categories) {
    table.add_row({category.transaction_type, category.amount_type,
                   category.amount_description.empty() ? "-" : category.amount_description,
                   std::to_string(category.lines), to_grouped_string(category.sum), std::to_string(category.first_line)});
  }
  table.add_row_from(2, {"Sum of lines", std::to_string(settlement.amount_lines), to_grouped_string(settlement.lines_total)});
  table.add_row_from(2, {"total-amount", "", to_grouped_string(settlement.total), std::to_string(settlement.summary_line)});
  table.print(out, "  ");
}

void print_settlement(std::ostream& out, const Settlement& settlement) {
  const std::string marketplaces = settlement.marketplaces.empty() ? "" : fmt::format("{}  ", visible_list(settlement.marketplaces));
  out << fmt::format("Settlement {}  {}{}  {}  deposit {}\n", visible_text(settlement.id), marketplaces, settlement.currency.code(),
                     period_of(settlement), to_iso_date(settlement.deposit_date));
  out << fmt::format("  {} ({}), {}\n\n", visible_text(settlement.file), format_name(settlement.format), line_account_of(settlement));
  print_breakdown(out, settlement);
  out << '\n';
  const std::string_view currency = settlement.currency.code();
  if (settlement.footed()) {
    out << fmt::format("  Footed: the lines sum exactly to total-amount, {} {}.\n", to_grouped_string(settlement.total), currency);
  } else {
    out << fmt::format("  NOT FOOTED: the lines sum to {} {} but total-amount is {} {}, a difference of {} {}.\n",
                       to_grouped_string(settlement.lines_total), currency, to_grouped_string(settlement.total), currency,
                       to_grouped_string(settlement.footing_difference()), currency);
  }
  out << fmt::format("  Reserve: released {} {}, held {} {}.\n\n", to_grouped_string(settlement.reserve_opening()), currency,
                     to_grouped_string(settlement.reserve_closing()), currency);
}

std::string verdict(const ReportSummary& summary) {
  const auto settlements = fmt::format("{} settlement{}", summary.settlements, summary.settlements == 1 ? "" : "s");
  if (summary.footed == summary.settlements) {
    return summary.settlements == 1 ? settlements + ": it foots." : fmt::format("{}: all {} foot.", settlements, summary.footed);
  }
  if (summary.settlements == 1) return settlements + ": it does NOT foot.";
  const auto unfooted = summary.settlements - summary.footed;
  return fmt::format("{}: {} foot{}, {} do{} NOT foot.", settlements, summary.footed, summary.footed == 1 ? "s" : "",
                     unfooted, unfooted == 1 ? "es" : "");
}

Tone tone_of(Severity severity) {
  switch (severity) {
  case Severity::error: return Tone::error;
  case Severity::warning: return Tone::warning;
  case Severity::info: return Tone::info;
  }
  return Tone::info;
}

} // namespace

void print_findings(std::ostream& out, const std::vector<Finding>& findings, const Style& style) {
  std::vector<const Finding*> ordered;
  ordered.reserve(findings.size());
  for (const auto& finding : findings) ordered.push_back(&finding);
  std::stable_sort(ordered.begin(), ordered.end(), [](const Finding* a, const Finding* b) { return a->severity > b->severity; });
  for (const Finding* entry : ordered) {
    const Finding& finding = *entry;
    if (finding.source) {
      out << visible_text(finding.source->file);
      if (finding.source->line > 0) out << ':' << finding.source->line;
      out << ": ";
    }
    out << style.paint(severity_name(finding.severity), finding.resolved ? Tone::good : tone_of(finding.severity)) << ": "
        << code_name(finding.code) << ": ";
    if (finding.settlement_id) out << "settlement " << visible_text(*finding.settlement_id) << ": ";
    out << visible_text(finding.message);
    if (finding.book_id != 0) out << " [#" << finding.book_id;
    if (finding.resolved) out << (finding.book_id != 0 ? ", " : " [") << "resolved " << visible_text(finding.resolution);
    if (finding.book_id != 0 || finding.resolved) out << ']';
    out << '\n';
  }
}

void print_foot_report(std::ostream& out, const Report& report, const Style& style) {
  for (const auto& reported : report.settlements) print_settlement(out, reported.settlement);
  const ReportSummary summary = summarize(report);
  out << style.paint(verdict(summary), summary.footed == summary.settlements ? Tone::good : Tone::error) << '\n';
  if (!report.findings.empty()) {
    out << '\n';
    print_findings(out, report.findings, style);
  }
}

} // namespace recon::cli
