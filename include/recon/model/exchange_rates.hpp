#pragma once
// Reference exchange rates by day, as a rates file gives them (ingest/rates_file.hpp): to measure
// what Amazon's currency conversion cost, and to tell whether a converted deposit is plausible.

#include <map>
#include <optional>
#include <string>
#include <utility>

#include "recon/base/calendar.hpp"
#include "recon/base/currency.hpp"
#include "recon/base/exchange_rate.hpp"

namespace recon {

// A rate as found for a day: the day it was published may be earlier (a weekend, a holiday).
struct RateQuote {
  Rate rate;
  Day published;
};

class ExchangeRates {
public:
  // A rate older than this many days is not taken for a day: a file that ended long before is no
  // reference for it.
  static constexpr int most_days_old = 7;

  explicit ExchangeRates(std::string source = {}) : source_(std::move(source)) {}

  // One `from` buys `rate` of `to` on `day`. A later rate for the same day and pair replaces it.
  void add(Day day, const Currency& from, const Currency& to, const Rate& rate);

  // The rate on `day`, else on the last earlier day with one (at most most_days_old before):
  // given directly, as the inverse of the opposite pair, or across the euro (ECB rates are per
  // euro: CAD -> USD is USD-per-EUR / CAD-per-EUR on one day). nullopt when none is known.
  [[nodiscard]] std::optional<RateQuote> on(Day day, const Currency& from, const Currency& to) const;

  [[nodiscard]] bool empty() const noexcept { return by_pair_.empty(); }
  [[nodiscard]] const std::string& source() const noexcept { return source_; } // the file, for messages

private:
  using Pair = std::pair<std::string, std::string>;
  [[nodiscard]] std::optional<RateQuote> given(Day day, const std::string& from, const std::string& to) const;
  [[nodiscard]] std::optional<RateQuote> across_euro(Day day, const std::string& from, const std::string& to) const;

  std::string source_;
  std::map<Pair, std::map<Day, Rate>> by_pair_;
};

} // namespace recon
