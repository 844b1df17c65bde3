#include "recon/match/bank_matching.hpp"

#include <algorithm>
#include <numeric>
#include <tuple>

#include <fmt/format.h>

#include "match/bank_coverage.hpp"
#include "match/converted_deposits.hpp"
#include "recon/match/bank_line_pool.hpp"

namespace recon {
namespace {

std::string money_text(const Money& money) { return to_plain_string(money) + " " + std::string(money.currency().code()); }

struct Candidate {
  std::size_t line; // index into the pooled bank lines
  bool names_id;
  date::days distance;
  friend bool operator==(const Candidate& a, const Candidate& b) { return a.names_id == b.names_id && a.distance == b.distance; }
};

class Matcher {
public:
  Matcher(const std::vector<Settlement>& settlements, const std::vector<BankStatement>& statements, const MatchOptions& options,
          const std::vector<BankLine>& claimed)
      : settlements_(settlements), options_(options), lines_(pool_bank_lines(statements, claimed)), coverage_(statements) {
    for (const auto& statement : statements) {
      note_currency(statement.currency);
      // A line keeps its own currency (a currency column, an OFX CURRENCY): an account's export
      // can hold lines of another.
      for (const auto& line : statement.lines) note_currency(line.amount.currency());
    }
    by_amount_.resize(lines_.size());
    std::iota(by_amount_.begin(), by_amount_.end(), 0);
    std::sort(by_amount_.begin(), by_amount_.end(), [this](std::size_t a, std::size_t b) { return key(a) < key(b); });
    used_.assign(lines_.size(), false);
    result_.deposits.resize(settlements.size());
  }

  MatchResult run() {
    std::vector<std::size_t> order(settlements_.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return settlements_[a].deposit_date < settlements_[b].deposit_date; });
    for (const std::size_t i : order) {
      if (!settlements_[i].total.is_positive()) result_.deposits[i].status = DepositStatus::not_expected;
    }
    // Deposits whose bank line names the settlement first, so that a closer but anonymous credit
    // of the same amount cannot take another settlement's named one.
    for (const bool named_only : {true, false}) {
      for (const std::size_t i : order) {
        if (settlements_[i].total.is_positive() && !result_.deposits[i].bank) match(i, named_only);
      }
    }
    match_converted(order);
    for (const std::size_t i : order) {
      if (settlements_[i].total.is_positive() && !result_.deposits[i].bank) unmatched(i);
    }
    report_unexplained_credits();
    return std::move(result_);
  }

private:
  void note_currency(const Currency& currency) {
    if (std::find(currencies_.begin(), currencies_.end(), currency) == currencies_.end()) currencies_.push_back(currency);
  }

  // Where a line sorts among the lines a settlement could be paid by: its amount, then its date.
  using Key = std::tuple<std::string_view, std::int64_t, Day, std::size_t>;
  [[nodiscard]] Key key(std::size_t j) const {
    const BankLine& line = *lines_[j];
    return {line.amount.currency().code(), line.amount.minor_units(), line.date, j};
  }

  // The unused lines of exactly the settlement's amount inside its window: a range of by_amount_,
  // found by binary search, so that many settlements cost no more than many lookups.
  std::vector<Candidate> candidates(const Settlement& settlement) const {
    std::vector<Candidate> found;
    const Day earliest = settlement.deposit_date;
    const Day latest = settlement.deposit_date + date::days{options_.window_days};
    const Key from{settlement.currency.code(), settlement.total.minor_units(), earliest, 0};
    auto at = std::lower_bound(by_amount_.begin(), by_amount_.end(), from, [this](std::size_t j, const Key& k) { return key(j) < k; });
    for (; at != by_amount_.end(); ++at) {
      const BankLine& line = *lines_[*at];
      if (line.amount != settlement.total || line.date > latest) break;
      if (!used_[*at]) found.push_back({*at, line.description.find(settlement.id) != std::string::npos, line.date - earliest});
    }
    std::sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) {
      return a.names_id != b.names_id ? a.names_id : a.distance < b.distance;
    });
    return found;
  }

  void match(std::size_t i, bool named_only) {
    const Settlement& settlement = settlements_[i];
    const auto found = candidates(settlement);
    if (found.empty() || (named_only && !found.front().names_id)) return;
    if (found.size() > 1 && found[0] == found[1]) {
      if (named_only) return; // decided, as ambiguous, in the second pass
      ambiguous_.push_back(i);
      // The candidates are claimed, just not by one settlement: they are not also "unexplained".
      for (const Candidate& candidate : found) {
        if (candidate == found.front()) used_[candidate.line] = true;
      }
      result_.findings.push_back(Finding::raise(
          FindingCode::deposit_ambiguous, settlement.id, settlement.total,
          fmt::format("{} bank credits of {} could be the deposit of settlement {} ({}:{} and {}:{}); recon picks none",
                      std::count(found.begin(), found.end(), found.front()), money_text(settlement.total), settlement.id,
                      lines_[found[0].line]->source.file, lines_[found[0].line]->source.line, lines_[found[1].line]->source.file,
                      lines_[found[1].line]->source.line),
          settlement.summary_source()));
      return;
    }
    used_[found.front().line] = true;
    result_.deposits[i] = {DepositStatus::matched, *lines_[found.front().line]};
  }

  // The settlements exact matching left unpaid, tried against credits in other currencies: their
  // deposits may have arrived converted (converted_deposits.hpp). Those it cannot decide are said
  // there, as ambiguous or at an implausible rate, and are missing here.
  void match_converted(const std::vector<std::size_t>& order) {
    std::vector<std::size_t> waiting;
    for (const std::size_t i : order) {
      const bool ambiguous = std::find(ambiguous_.begin(), ambiguous_.end(), i) != ambiguous_.end();
      if (settlements_[i].total.is_positive() && !result_.deposits[i].bank && !ambiguous) waiting.push_back(i);
    }
    if (waiting.empty()) return;
    const auto outcomes = match_converted_deposits({settlements_, lines_, used_, options_}, waiting, result_);
    for (std::size_t k = 0; k < waiting.size(); ++k) {
      if (outcomes[k] == ConversionOutcome::ambiguous) ambiguous_.push_back(waiting[k]);
      if (outcomes[k] == ConversionOutcome::implausible) mismatched_.push_back(waiting[k]);
    }
  }

  void unmatched(std::size_t i) {
    const Settlement& settlement = settlements_[i];
    DepositMatch& deposit = result_.deposits[i];
    const Day window_end = settlement.deposit_date + date::days{options_.window_days};
    // Its only candidates are in another currency at a rate no conversion gives: said (as
    // bank-currency-mismatch), and left as no bank data, since the export may be mislabelled.
    if (std::find(mismatched_.begin(), mismatched_.end(), i) != mismatched_.end()) return;
    if (std::find(ambiguous_.begin(), ambiguous_.end(), i) != ambiguous_.end()) {
      deposit.status = DepositStatus::missing;
      return;
    }
    const std::string window = fmt::format("{} and {}", to_iso_date(settlement.deposit_date), to_iso_date(window_end));
    switch (coverage_.cover(settlement.currency, settlement.deposit_date, window_end)) {
    case WindowCover::none_before: return; // no export in its currency reaches back to it: no-bank-data
    case WindowCover::past_end: {
      const Day last = coverage_.last(settlement.currency);
      deposit.status = DepositStatus::in_transit;
      result_.findings.push_back(Finding::raise(
          FindingCode::deposit_in_transit, settlement.id, settlement.total,
          fmt::format("the deposit of {} is expected between {}, after the bank export ends on {}", money_text(settlement.total),
                      window, to_iso_date(last)),
          settlement.summary_source()));
      return;
    }
    case WindowCover::part:
      deposit.status = DepositStatus::not_covered;
      result_.findings.push_back(Finding::raise(
          FindingCode::deposit_not_covered, settlement.id, settlement.total,
          fmt::format("the deposit of {} is expected between {}, but the bank exports do not cover {}: give the export of "
                      "those days to tell whether it arrived",
                      money_text(settlement.total), window, uncovered_text(settlement, window_end)),
          settlement.summary_source()));
      return;
    case WindowCover::whole: break;
    }
    deposit.status = DepositStatus::missing;
    // No export in the settlement's currency: its deposit was to arrive converted, or in an
    // account whose export was not given.
    const bool own_currency = std::find(currencies_.begin(), currencies_.end(), settlement.currency) != currencies_.end();
    result_.findings.push_back(Finding::raise(
        FindingCode::deposit_missing, settlement.id, settlement.total,
        own_currency ? fmt::format("no bank credit of {} between {}", money_text(settlement.total), window)
                     : fmt::format("no bank credit of {}, nor an Amazon credit in another currency converted from it, between "
                                   "{} (if it is paid into a {} account, give that account's export)",
                                   money_text(settlement.total), window, settlement.currency.code()),
        settlement.summary_source()));
  }

  // "2026-04-29 to 2026-04-30", "2026-04-10": the days of a window no export covers.
  [[nodiscard]] std::string uncovered_text(const Settlement& settlement, Day window_end) const {
    std::string text;
    for (const auto& [from, to] : coverage_.gaps(settlement.currency, settlement.deposit_date, window_end)) {
      if (!text.empty()) text += ", ";
      text += from == to ? to_iso_date(from) : to_iso_date(from) + " to " + to_iso_date(to);
    }
    return text;
  }

  // Each Amazon-looking credit no settlement claims, up to options_.most_unexplained of them; the
  // rest as one finding with their count and total, so that a huge export cannot put a finding per
  // line into the report and, for good, into the book.
  void report_unexplained_credits() {
    std::vector<const BankLine*> beyond_limit;
    std::size_t reported = 0;
    for (std::size_t j = 0; j < lines_.size(); ++j) {
      const BankLine& line = *lines_[j];
      if (used_[j] || !looks_like_amazon(line.description, options_.amazon_markers)) continue;
      if (reported == options_.most_unexplained) {
        beyond_limit.push_back(&line);
        continue;
      }
      ++reported;
      result_.findings.push_back(Finding::raise(
          FindingCode::bank_unexplained, std::nullopt, line.amount,
          fmt::format("the bank credit of {} on {} (\"{}\") looks like Amazon's but matches no settlement: is a settlement "
                      "report missing?",
                      money_text(line.amount), to_iso_date(line.date), line.description),
          line.source));
    }
    if (!beyond_limit.empty()) report_unexplained_beyond_limit(beyond_limit);
  }

  void report_unexplained_beyond_limit(const std::vector<const BankLine*>& lines) {
    std::optional<Money> total = Money::zero(lines.front()->amount.currency());
    Day first = Day::max();
    Day last = Day::min();
    for (const BankLine* line : lines) {
      if (total) total = total->checked_plus(line->amount); // nullopt once past int64: said, never wrapped
      first = std::min(first, line->date);
      last = std::max(last, line->date);
    }
    result_.findings.push_back(Finding::raise(
        FindingCode::bank_unexplained, std::nullopt, total,
        fmt::format("{} more bank credits that look like Amazon's match no settlement, {}, dated {} to {} (the first is "
                    "{}:{}); recon lists the first {} one by one",
                    lines.size(), total ? money_text(*total) + " in all" : "too much to add up", to_iso_date(first),
                    to_iso_date(last), lines.front()->source.file, lines.front()->source.line, options_.most_unexplained),
        lines.front()->source));
  }

  const std::vector<Settlement>& settlements_;
  const MatchOptions& options_;
  std::vector<const BankLine*> lines_; // every statement's, pooled; the statements outlive the matcher
  std::vector<std::size_t> by_amount_; // lines_ by currency, amount, date
  std::vector<bool> used_;
  std::vector<std::size_t> ambiguous_;
  std::vector<std::size_t> mismatched_; // candidates only at implausible rates (converted_deposits.hpp)
  std::vector<Currency> currencies_; // of the bank exports' lines
  BankCoverage coverage_; // the days the exports cover, per currency
  MatchResult result_;
};

} // namespace

MatchResult match_deposits(const std::vector<Settlement>& settlements, const std::vector<BankStatement>& statements,
                           const MatchOptions& options, const std::vector<BankLine>& claimed) {
  return Matcher(settlements, statements, options, claimed).run();
}

} // namespace recon
