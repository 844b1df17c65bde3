#include "match/converted_deposits.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace recon {
namespace {

std::string money_text(const Money& money) { return to_plain_string(money) + " " + std::string(money.currency().code()); }

std::string upper(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
  return out;
}

// A credit in another currency that could be a settlement's converted deposit, and its rate.
struct Candidate {
  std::size_t line;
  Rate rate;
};

struct Candidates {
  std::vector<Candidate> plausible;
  std::vector<Candidate> implausible;
  std::optional<RateQuote> reference; // for the first currency pair met, to say what was compared
};

class ConvertedMatcher {
public:
  ConvertedMatcher(const ConvertedMatching& matching, MatchResult& result) : m_(matching), result_(result) {
    // The credits that could be a converted deposit, by date: each settlement then looks only at
    // its window, so that many unpaid settlements and a long export cost a search each.
    for (std::size_t j = 0; j < m_.lines.size(); ++j) {
      const BankLine& line = *m_.lines[j];
      if (!m_.used[j] && line.amount.is_positive() && looks_like_amazon(line.description, m_.options.amazon_markers)) {
        by_date_.push_back(j);
      }
    }
    std::stable_sort(by_date_.begin(), by_date_.end(),
                     [this](std::size_t a, std::size_t b) { return m_.lines[a]->date < m_.lines[b]->date; });
  }

  std::vector<ConversionOutcome> run(const std::vector<std::size_t>& waiting) {
    std::vector<Candidates> found;
    found.reserve(waiting.size());
    for (const std::size_t i : waiting) found.push_back(candidates(m_.settlements[i]));
    std::vector<ConversionOutcome> outcomes(waiting.size(), ConversionOutcome::none);
    // Decided on the candidates as they stand before any is taken, so that the order in which
    // settlements are looked at changes nothing.
    std::vector<std::size_t> claims(m_.lines.size(), 0);
    for (const auto& candidates : found) {
      for (const auto& candidate : candidates.plausible) ++claims[candidate.line];
    }
    for (std::size_t k = 0; k < waiting.size(); ++k) {
      const auto& plausible = found[k].plausible;
      if (plausible.size() == 1 && claims[plausible.front().line] == 1) {
        take(waiting[k], plausible.front());
        outcomes[k] = ConversionOutcome::matched;
      }
    }
    for (std::size_t k = 0; k < waiting.size(); ++k) {
      if (outcomes[k] == ConversionOutcome::matched) continue;
      if (!found[k].plausible.empty()) {
        ambiguous(m_.settlements[waiting[k]], found[k].plausible);
        outcomes[k] = ConversionOutcome::ambiguous;
      } else if (!found[k].implausible.empty()) {
        implausible(m_.settlements[waiting[k]], found[k]);
        outcomes[k] = ConversionOutcome::implausible;
      }
    }
    return outcomes;
  }

private:
  [[nodiscard]] Candidates candidates(const Settlement& settlement) const {
    Candidates found;
    const Day earliest = settlement.deposit_date;
    const Day latest = settlement.deposit_date + date::days{m_.options.window_days};
    auto at = std::lower_bound(by_date_.begin(), by_date_.end(), earliest,
                               [this](std::size_t j, Day day) { return m_.lines[j]->date < day; });
    for (; at != by_date_.end() && m_.lines[*at]->date <= latest; ++at) {
      const std::size_t j = *at;
      const BankLine& line = *m_.lines[j];
      if (m_.used[j] || line.amount.currency() == settlement.currency) continue;
      const auto rate = Rate::implied(line.amount, settlement.total);
      if (!rate) continue;
      std::optional<RateQuote> reference;
      if (m_.options.rates) reference = m_.options.rates->on(settlement.deposit_date, settlement.currency, line.amount.currency());
      if (reference && !found.reference) found.reference = reference;
      const bool plausible = reference ? rate->within_percent_of(reference->rate, m_.options.rate_band_percent)
                                       : *rate != *Rate::of(1, 1);
      (plausible ? found.plausible : found.implausible).push_back({j, *rate});
    }
    return found;
  }

  void take(std::size_t i, const Candidate& candidate) {
    const Settlement& settlement = m_.settlements[i];
    const BankLine& line = *m_.lines[candidate.line];
    m_.used[candidate.line] = true;
    result_.deposits[i] = {DepositStatus::matched, line,
                           conversion_of(settlement.total, line.amount, m_.options.rates.get(), settlement.deposit_date)};
  }

  [[nodiscard]] std::string listed(const std::vector<Candidate>& candidates) const {
    std::string text;
    for (const auto& candidate : candidates) {
      const BankLine& line = *m_.lines[candidate.line];
      if (!text.empty()) text += ", ";
      text += fmt::format("{} on {} at {} ({}:{})", money_text(line.amount), to_iso_date(line.date),
                          candidate.rate.to_decimal(6), line.source.file, line.source.line);
    }
    return text;
  }

  void ambiguous(const Settlement& settlement, const std::vector<Candidate>& plausible) {
    // Claimed, just not by one settlement: they are not also "unexplained".
    for (const auto& candidate : plausible) m_.used[candidate.line] = true;
    const std::string band = m_.options.rates ? fmt::format("within {} % of the reference rate", m_.options.rate_band_percent)
                                              : std::string("without reference rates (--rates)");
    result_.findings.push_back(Finding::raise(
        FindingCode::deposit_ambiguous, settlement.id, settlement.total,
        fmt::format("the deposit of {} could have arrived converted as {}, {}, and other settlements may claim the "
                    "same credits; recon picks none",
                    money_text(settlement.total), listed(plausible), band),
        settlement.summary_source()));
  }

  void implausible(const Settlement& settlement, const Candidates& found) {
    const std::string compared =
        found.reference ? fmt::format("rates more than {} % from the reference rate {} of {}", m_.options.rate_band_percent,
                                      found.reference->rate.to_decimal(6), to_iso_date(found.reference->published))
                        : std::string("par, which no conversion gives: the export's currency may be mislabelled");
    result_.findings.push_back(Finding::raise(
        FindingCode::bank_currency_mismatch, settlement.id, settlement.total,
        fmt::format("settlement {} pays out {}; the only Amazon credits in its window are in another currency, {}, at {}; "
                    "recon matches none (give the {} account's export, or --bank-currency if the export is mislabelled)",
                    settlement.id, money_text(settlement.total), listed(found.implausible), compared, settlement.currency.code()),
        settlement.summary_source()));
  }

  const ConvertedMatching& m_;
  MatchResult& result_;
  std::vector<std::size_t> by_date_; // positive Amazon-looking lines not taken by exact matching
};

} // namespace

bool looks_like_amazon(std::string_view description, const std::vector<std::string>& markers) {
  const std::string text = upper(description);
  return std::any_of(markers.begin(), markers.end(),
                     [&](const std::string& marker) { return text.find(upper(marker)) != std::string::npos; });
}

std::vector<ConversionOutcome> match_converted_deposits(const ConvertedMatching& matching, const std::vector<std::size_t>& waiting,
                                                        MatchResult& result) {
  return ConvertedMatcher(matching, result).run(waiting);
}

} // namespace recon
