#pragma once
// The days the bank exports cover, per account currency: the union of each export's first-to-last
// span. A deposit is called missing only when every day it could arrive on is covered; a month's
// statement that starts inside a deposit's arrival window (the deposit may have come the day
// before) says nothing about that deposit either way. Two exports with days between them do not
// cover those days. A settlement in a currency no export is in can only have been paid converted
// (match/converted_deposits.hpp), into one of the accounts given or one not given: for it, the
// days any export covers count, and its deposit-missing says which export to give if it was not.

#include <optional>
#include <utility>
#include <vector>

#include "recon/base/calendar.hpp"
#include "recon/base/currency.hpp"
#include "recon/model/bank_statement.hpp"

namespace recon {

// How the exports in a currency cover a deposit's arrival window.
enum class WindowCover {
  none_before, // the window ends before the first covered day: there is no bank data for it
  whole,       // every day of it
  past_end,    // it runs past the last covered day: the deposit can still arrive
  part,        // some days of it, before the last one, are not covered
};

class BankCoverage {
public:
  explicit BankCoverage(const std::vector<BankStatement>& statements);

  // How the exports in `currency` (in any currency, when none is in it) cover the days `from` to
  // `to`; none_before when no export covers a day up to `to`.
  [[nodiscard]] WindowCover cover(const Currency& currency, Day from, Day to) const;
  // The last covered day in `currency` (as for cover()); Day::min() when there is none.
  [[nodiscard]] Day last(const Currency& currency) const;
  // The spans of `from` to `to` that no export in `currency` covers, in date order.
  [[nodiscard]] std::vector<std::pair<Day, Day>> gaps(const Currency& currency, Day from, Day to) const;

private:
  struct Spans {
    Currency currency;
    std::vector<std::pair<Day, Day>> covered; // merged, in date order, none touching another
  };
  // The merged spans that count for a settlement in `currency`; nullptr when there are none.
  [[nodiscard]] const std::vector<std::pair<Day, Day>>* spans_of(const Currency& currency) const;

  std::vector<Spans> by_currency_;
  std::vector<std::pair<Day, Day>> any_currency_; // every export's span, merged

};

} // namespace recon
