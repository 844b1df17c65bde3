#include "recon/match/bank_matching.hpp"

#include <algorithm>
#include <numeric>

#include <fmt/format.h>

namespace recon {
namespace {

std::string upper(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
  return out;
}

std::string money_text(const Money& money) { return to_plain_string(money) + " " + std::string(money.currency().code()); }

struct Candidate {
  std::size_t line; // index into the pooled bank lines
  bool names_id;
  date::days distance;
  friend bool operator==(const Candidate& a, const Candidate& b) { return a.names_id == b.names_id && a.distance == b.distance; }
};

class Matcher {
public:
  Matcher(const std::vector<Settlement>& settlements, const std::vector<BankStatement>& statements, const MatchOptions& options)
      : settlements_(settlements), options_(options) {
    for (const auto& statement : statements) {
      for (const auto& line : statement.lines) {
        if (std::find(currencies_.begin(), currencies_.end(), line.amount.currency()) == currencies_.end()) {
          currencies_.push_back(line.amount.currency());
        }
      }
      for (const auto& line : statement.lines) lines_.push_back(&line);
      first_ = std::min(first_, statement.first);
      last_ = std::max(last_, statement.last);
    }
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
    for (const std::size_t i : order) {
      if (settlements_[i].total.is_positive() && !result_.deposits[i].bank) unmatched(i);
    }
    report_unexplained_credits();
    return std::move(result_);
  }

private:
  std::vector<Candidate> candidates(const Settlement& settlement) const {
    std::vector<Candidate> found;
    const Day earliest = settlement.deposit_date;
    const Day latest = settlement.deposit_date + date::days{options_.window_days};
    for (std::size_t j = 0; j < lines_.size(); ++j) {
      const BankLine& line = *lines_[j];
      if (used_[j] || line.amount.currency() != settlement.currency || line.amount != settlement.total) continue;
      if (line.date < earliest || line.date > latest) continue;
      found.push_back({j, line.description.find(settlement.id) != std::string::npos, line.date - earliest});
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

  void unmatched(std::size_t i) {
    const Settlement& settlement = settlements_[i];
    DepositMatch& deposit = result_.deposits[i];
    const Day window_end = settlement.deposit_date + date::days{options_.window_days};
    if (lines_.empty() || window_end < first_) return; // no export covers it: no-bank-data
    if (std::find(currencies_.begin(), currencies_.end(), settlement.currency) == currencies_.end()) {
      // A deposit in another currency cannot be matched without a rate: said, not guessed.
      result_.findings.push_back(Finding::raise(
          FindingCode::bank_currency_mismatch, settlement.id, settlement.total,
          fmt::format("settlement {} pays out in {}, but the bank export is in {}; recon matches no deposit across "
                      "currencies (give that account's export, or --bank-currency if the export is mislabelled)",
                      settlement.id, settlement.currency.code(), currencies_.front().code()),
          settlement.summary_source()));
      return;
    }
    if (std::find(ambiguous_.begin(), ambiguous_.end(), i) != ambiguous_.end()) {
      deposit.status = DepositStatus::missing;
      return;
    }
    const std::string window = fmt::format("{} and {}", to_iso_date(settlement.deposit_date), to_iso_date(window_end));
    if (window_end > last_) {
      deposit.status = DepositStatus::in_transit;
      result_.findings.push_back(Finding::raise(
          FindingCode::deposit_in_transit, settlement.id, settlement.total,
          fmt::format("the deposit of {} is expected between {}, after the bank export ends on {}", money_text(settlement.total),
                      window, to_iso_date(last_)),
          settlement.summary_source()));
      return;
    }
    deposit.status = DepositStatus::missing;
    result_.findings.push_back(Finding::raise(FindingCode::deposit_missing, settlement.id, settlement.total,
                                              fmt::format("no bank credit of {} between {}", money_text(settlement.total), window),
                                              settlement.summary_source()));
  }

  void report_unexplained_credits() {
    std::vector<std::string> markers; // compared in capitals, as the descriptions are
    for (const auto& marker : options_.amazon_markers) markers.push_back(upper(marker));
    for (std::size_t j = 0; j < lines_.size(); ++j) {
      const BankLine& line = *lines_[j];
      if (used_[j] || !line.amount.is_positive()) continue;
      const std::string description = upper(line.description);
      const bool looks_like_amazon = std::any_of(markers.begin(), markers.end(),
                                                 [&](const std::string& marker) { return description.find(marker) != std::string::npos; });
      if (!looks_like_amazon) continue;
      result_.findings.push_back(Finding::raise(
          FindingCode::bank_unexplained, std::nullopt, line.amount,
          fmt::format("the bank credit of {} on {} (\"{}\") looks like Amazon's but matches no settlement: is a settlement "
                      "report missing?",
                      money_text(line.amount), to_iso_date(line.date), line.description),
          line.source));
    }
  }

  const std::vector<Settlement>& settlements_;
  const MatchOptions& options_;
  std::vector<const BankLine*> lines_; // every statement's, pooled; the statements outlive the matcher
  std::vector<bool> used_;
  std::vector<std::size_t> ambiguous_;
  std::vector<Currency> currencies_; // of the bank exports' lines
  Day first_ = Day::max();
  Day last_ = Day::min();
  MatchResult result_;
};

} // namespace

MatchResult match_deposits(const std::vector<Settlement>& settlements, const std::vector<BankStatement>& statements,
                           const MatchOptions& options) {
  return Matcher(settlements, statements, options).run();
}

} // namespace recon
