#include "recon/checks/plausible_dates.hpp"

#include <fmt/format.h>

#include "recon/base/input_error.hpp"

namespace recon {
namespace {


// "start 2026-03-02T07:04:11Z, end 2026-03-16T07:04:11Z, deposit 2026-03-18": what the summary row says.
std::string dates_text(const Settlement& settlement) {
  return fmt::format("start {}, end {}, deposit {}", to_iso_instant(settlement.start), to_iso_instant(settlement.end),
                     to_iso_date(settlement.deposit_date));
}

[[noreturn]] void refuse(const Settlement& settlement, const std::string& problem) {
  throw InputError(settlement.file, settlement.summary_line,
                   fmt::format("settlement {} {} ({})", settlement.id, problem, dates_text(settlement)))
      .with_hint("Check the summary row's dates against the report in Seller Central (Reports > Payments > All "
                 "Statements) and download it again; recon books no settlement whose dates it cannot believe.");
}

} // namespace

void check_plausible_dates(const Settlement& settlement) {
  for (const Day day : {settlement.start_day(), settlement.end_day(), settlement.deposit_date}) {
    if (!plausible_year(day)) refuse(settlement, fmt::format("has the date {}, outside the years 2000 to 2100", to_iso_date(day)));
  }
  const auto length = settlement.end_day() - settlement.start_day();
  if (length > longest_period) {
    refuse(settlement, fmt::format("covers {} days; Amazon's periods last about 14 and never more than {}", length.count(),
                                   longest_period.count()));
  }
  if (settlement.deposit_date < settlement.end_day()) refuse(settlement, "is paid out before its period ends");
  const auto deposit_after_end = settlement.deposit_date - settlement.end_day();
  if (deposit_after_end > latest_deposit_after_end) {
    refuse(settlement, fmt::format("is paid out {} days after its period ends; Amazon pays out two days after, and recon "
                                   "accepts up to {}",
                                   deposit_after_end.count(), latest_deposit_after_end.count()));
  }
}

} // namespace recon
