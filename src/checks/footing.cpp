#include "recon/checks/footing.hpp"

#include <fmt/format.h>

#include "recon/base/calendar.hpp"

namespace recon {

std::vector<Finding> check_footing(const Settlement& settlement) {
  // Every command checks each report here first, so a report whose sums overflow is refused
  // before anything is printed or written.
  require_sums_fit(settlement);
  std::vector<Finding> findings;
  const std::string_view currency = settlement.currency.code();
  if (!settlement.footed()) {
    const Money difference = settlement.footing_difference();
    findings.push_back(Finding::raise(FindingCode::not_footed, settlement.id, difference,
                        fmt::format("body lines sum to {} {} but total-amount is {} {}: a difference of {} {}",
                                    to_plain_string(settlement.lines_total), currency, to_plain_string(settlement.total),
                                    currency, to_plain_string(difference), currency),
                        settlement.summary_source()));
  }
  if (settlement.posted_outside_period > 0) {
    const auto first = settlement.first_posted_outside_period;
    findings.push_back(Finding::raise(
        FindingCode::posted_outside_period, settlement.id, std::nullopt,
         fmt::format("{} posted more than a day outside the period {}, the first on line {}",
                     settlement.posted_outside_period == 1 ? std::string("1 row was")
                                                           : fmt::format("{} rows were", settlement.posted_outside_period), settlement.period_text(), first),
         SourceRef{settlement.file, first}));
  }
  return findings;
}

} // namespace recon
