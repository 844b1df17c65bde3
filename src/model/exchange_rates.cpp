#include "recon/model/exchange_rates.hpp"

namespace recon {
namespace {

const std::string euro = "EUR";

bool fresh_enough(Day published, Day day) { return day - published <= date::days{ExchangeRates::most_days_old}; }

// The later of two quotes; the first on a tie, so that a rate given directly wins.
std::optional<RateQuote> later(std::optional<RateQuote> a, std::optional<RateQuote> b) {
  if (!a) return b;
  if (!b) return a;
  return b->published > a->published ? b : a;
}

} // namespace

void ExchangeRates::add(Day day, const Currency& from, const Currency& to, const Rate& rate) {
  by_pair_[{std::string(from.code()), std::string(to.code())}].insert_or_assign(day, rate);
}

std::optional<RateQuote> ExchangeRates::on(Day day, const Currency& from, const Currency& to) const {
  const std::string a(from.code());
  const std::string b(to.code());
  if (a == b) return RateQuote{*Rate::of(1, 1), day};
  std::optional<RateQuote> found = given(day, a, b);
  if (auto inverse = given(day, b, a)) {
    inverse->rate = inverse->rate.inverse();
    found = later(found, inverse);
  }
  return later(found, across_euro(day, a, b));
}

std::optional<RateQuote> ExchangeRates::given(Day day, const std::string& from, const std::string& to) const {
  const auto pair = by_pair_.find({from, to});
  if (pair == by_pair_.end()) return std::nullopt;
  auto at = pair->second.upper_bound(day); // the first after `day`
  if (at == pair->second.begin()) return std::nullopt;
  --at;
  if (!fresh_enough(at->first, day)) return std::nullopt;
  return RateQuote{at->second, at->first};
}

std::optional<RateQuote> ExchangeRates::across_euro(Day day, const std::string& from, const std::string& to) const {
  if (from == euro || to == euro) return std::nullopt; // given directly or not at all
  const auto per_euro_from = by_pair_.find({euro, from});
  const auto per_euro_to = by_pair_.find({euro, to});
  if (per_euro_from == by_pair_.end() || per_euro_to == by_pair_.end()) return std::nullopt;
  // The last day, not after `day`, on which both were published: one day's rates, never two.
  for (auto at = per_euro_from->second.upper_bound(day); at != per_euro_from->second.begin();) {
    --at;
    if (!fresh_enough(at->first, day)) return std::nullopt;
    const auto other = per_euro_to->second.find(at->first);
    if (other == per_euro_to->second.end()) continue;
    const auto cross = other->second.divided_by(at->second);
    if (!cross) return std::nullopt;
    return RateQuote{*cross, at->first};
  }
  return std::nullopt;
}

} // namespace recon
