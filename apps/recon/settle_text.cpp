#include "settle_text.hpp"

#include <algorithm>
#include <ostream>

#include <fmt/format.h>

#include "foot_text.hpp"
#include "recon/post/clearing_explanation.hpp"
#include "visible_text.hpp"

namespace recon::cli {
namespace {

std::string money_text(const Money& money) { return to_grouped_string(money) + " " + std::string(money.currency().code()); }

std::string deposit_text(const Settlement& settlement, const DepositMatch& deposit) {
  std::string expected = fmt::format("{} expected {}", money_text(settlement.total), to_iso_date(settlement.deposit_date));
  switch (deposit.status) {
  case DepositStatus::not_expected:
    return settlement.total.is_zero() ? "none: the settlement is zero"
                                      : "none: the settlement is negative, so Amazon carries it into the next one";
  case DepositStatus::no_bank_data: return expected + "; no bank export covers it";
  case DepositStatus::matched:
    return fmt::format("{} received {} ({}:{})", money_text(deposit.bank->amount), to_iso_date(deposit.bank->date),
                       visible_text(deposit.bank->source.file), deposit.bank->source.line);
  case DepositStatus::in_transit: return expected + "; in transit: the bank export ends before it is due";
  case DepositStatus::not_covered: return expected + "; not covered: the bank exports leave out days it could have arrived on";
  case DepositStatus::missing:
    return expected + "; MISSING from the bank";
  }
  return expected;
}

// `part` as a percent of `whole` (positive), with one decimal, rounded half to even; exact.
std::string percent_text(std::int64_t part, std::int64_t whole) {
  const std::int64_t magnitude = part < 0 ? -part : part;
  std::int64_t hundredfold = 0;
  if (part == 0 || __builtin_mul_overflow(magnitude, 100, &hundredfold)) return part == 0 ? "0.0" : "?";
  const auto percent = Rate::of(hundredfold, whole);
  return (part < 0 ? "-" : "") + (percent ? percent->to_decimal(1) : std::string("?"));
}

// "1,000.00 CAD arrived as 745.12 USD at 0.745120; reference 0.756300 (2026-03-20): the conversion
// cost 11.18 USD, 1.5 %". The percent is of the reference value.
std::string conversion_text(const Conversion& conversion) {
  std::string text = fmt::format("{} arrived as {} at {}", money_text(conversion.settled), money_text(conversion.received),
                                 conversion.rate.to_decimal(6));
  if (!conversion.reference || !conversion.cost || !conversion.reference_value) {
    return text + "; no reference rate (--rates) for that day, so its cost is not known";
  }
  return text + fmt::format("; reference {} ({}): the conversion cost {}, {} %", conversion.reference->rate.to_decimal(6),
                            to_iso_date(conversion.reference->published), money_text(*conversion.cost),
                            percent_text(conversion.cost->minor_units(), conversion.reference_value->minor_units()));
}

// The period's conversion costs, one line per currency pair ("CAD to USD"), in the pairs' order.
void print_conversion_costs(std::ostream& out, const Report& report) {
  struct PairTotal {
    std::string pair;
    std::size_t deposits = 0;
    std::optional<Money> cost;  // of those measured
    std::size_t unmeasured = 0; // without a reference rate
  };
  std::vector<PairTotal> totals;
  for (const auto& reported : report.settlements) {
    if (!reported.posted || !reported.posted->deposit.conversion) continue;
    const Conversion& conversion = *reported.posted->deposit.conversion;
    const std::string pair = fmt::format("{} to {}", conversion.settled.currency().code(), conversion.received.currency().code());
    auto found = std::find_if(totals.begin(), totals.end(), [&](const PairTotal& total) { return total.pair == pair; });
    if (found == totals.end()) found = totals.insert(totals.end(), PairTotal{pair, 0, std::nullopt, 0});
    ++found->deposits;
    if (!conversion.cost) {
      ++found->unmeasured;
      continue;
    }
    found->cost = found->cost ? found->cost->checked_plus(*conversion.cost) : conversion.cost;
  }
  for (const auto& total : totals) {
    const std::string converted =
        fmt::format("Conversion {}: {} deposit{} converted this period", total.pair, total.deposits, total.deposits == 1 ? "" : "s");
    if (!total.cost) {
      out << converted << "; their cost is not known without reference rates (--rates).\n";
      continue;
    }
    const std::string unmeasured =
        total.unmeasured == 0 ? "" : fmt::format(" ({} without a reference rate not counted)", total.unmeasured);
    out << fmt::format("{}, costing {} against the reference rates{}.\n", converted, money_text(*total.cost), unmeasured);
  }
}

void print_settlement(std::ostream& out, const ReportedSettlement& reported) {
  const Settlement& settlement = reported.settlement;
  const PostedSettlement& posted = *reported.posted;
  const std::string marketplaces = settlement.marketplaces.empty() ? "" : fmt::format("  {}", visible_list(settlement.marketplaces));
  out << fmt::format("Settlement {}{}  {}  {}:{}\n", visible_text(settlement.id), marketplaces, settlement.period_text(),
                     visible_text(settlement.file), settlement.summary_line);
  const std::string footing =
      settlement.footed() ? fmt::format("footed: {} body rows sum exactly to it", settlement.line_account.body_rows)
                          : fmt::format("NOT FOOTED: the lines sum to {}", money_text(settlement.lines_total));
  out << fmt::format("  total     {}, {}\n", money_text(settlement.total), footing);
  out << fmt::format("  reserve   released {}, held {}\n", money_text(settlement.reserve_opening()),
                     money_text(settlement.reserve_closing()));
  out << fmt::format("  deposit   {}\n", deposit_text(settlement, posted.deposit));
  if (posted.deposit.conversion) out << fmt::format("  converted {}\n", conversion_text(*posted.deposit.conversion));
  out << fmt::format("  clearing  {} after this settlement\n\n", money_text(posted.clearing_balance));
}

std::string verdict(const ReportSummary& summary) {
  const auto unfooted = summary.settlements - summary.footed;
  std::string text = fmt::format("{} settlement{}, {}", summary.settlements, summary.settlements == 1 ? "" : "s",
                                 unfooted == 0 ? "all footed" : fmt::format("{} NOT footed", unfooted));
  const auto count = [](std::size_t n, std::string_view what) { return fmt::format("{} {}{}", n, what, n == 1 ? "" : "s"); };
  std::string resolved = summary.resolved == 0 ? "" : fmt::format(" ({} resolved)", summary.resolved);
  return fmt::format("{}; {}, {}, {}{}.", text, count(summary.errors, "error"), count(summary.warnings, "warning"),
                     count(summary.infos, "info"), resolved);
}

std::string entries_text(std::size_t n) { return fmt::format("{} {}", n, n == 1 ? "entry" : "entries"); }

// What the journal holds, what was left out of it and why (one line for each reason), and the
// files of an earlier run it replaced.
void print_journal_written(std::ostream& out, const JournalWritten& journal) {
  const std::string_view format = journal_format_name(journal.format);
  out << fmt::format("Journal: {} written to {} ({}).\n", entries_text(journal.entries), visible_list(journal.files), format);
  if (journal.reexported > 0) {
    out << fmt::format("Journal: {} of them exported to {} before, written again as asked (--reexport).\n",
                       journal.reexported, format);
  }
  if (journal.exported_before > 0) {
    out << fmt::format("Journal: {} exported to {} before {} not written again (--reexport writes {} again).\n",
                       entries_text(journal.exported_before), format, journal.exported_before == 1 ? "is" : "are",
                       journal.exported_before == 1 ? "it" : "them");
  }
  if (journal.entries == 0 && journal.exported_before > 0) {
    out << fmt::format("Journal: nothing new to export to {}: {} holds only its header row.\n", format,
                       visible_text(journal.files.front()));
  }
  for (const auto reason : {WithheldReason::not_footed, WithheldReason::deposit_pending, WithheldReason::deposit_by_bank_feed,
                            WithheldReason::changed_since_export}) {
    std::vector<std::string_view> ids;
    for (const auto& withheld : journal.withheld) {
      if (withheld.reason == reason) ids.push_back(withheld.entry_id);
    }
    if (ids.empty()) continue;
    out << fmt::format("Journal: {} {}: {}.\n", entries_text(ids.size()), withheld_reason_text(reason), visible_list(ids));
  }
  if (!journal.removed.empty()) {
    out << fmt::format("Journal: removed {}, written by an earlier run and replaced by this one's.\n", visible_list(journal.removed));
  }
  if (!journal.not_removed.empty()) {
    out << fmt::format("Journal: could not remove {}, written by an earlier run: remove {} before importing.\n",
                       visible_list(journal.not_removed), journal.not_removed.size() == 1 ? "it" : "them");
  }
}

} // namespace

void print_settle_report(std::ostream& out, const Report& report, const std::optional<JournalWritten>& journal,
                         const std::optional<std::string>& book_path, const Style& style) {
  for (const auto& reported : report.settlements) print_settlement(out, reported);
  if (book_path) out << fmt::format("Book: {} holds these {} settlements.\n", visible_text(*book_path), report.settlements.size());
  if (journal) print_journal_written(out, *journal);
  for (const auto& explanation : explain_clearing(report)) out << visible_text(explanation.sentence) << '\n';
  print_conversion_costs(out, report);
  if (!report.findings.empty()) {
    out << '\n';
    print_findings(out, report.findings, style);
  }
  const ReportSummary summary = summarize(report);
  const bool clean = summary.errors == 0 && summary.footed == summary.settlements;
  out << '\n' << style.paint(verdict(summary), clean ? Tone::good : Tone::error) << '\n';
}

} // namespace recon::cli
