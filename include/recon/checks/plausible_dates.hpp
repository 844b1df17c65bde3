#pragma once
// Dates a real settlement report could have. A date recon cannot believe is refused before it is
// booked: a period ending 9999-12-31 would stay in the book for good, and no journal tool accepts the
// balance assertion on the day after it. Real reports cover about two weeks (the first period of a
// new account can be longer) and are paid out two days after they end.

#include "recon/base/calendar.hpp"
#include "recon/model/settlement.hpp"

namespace recon {

// Settlement periods longer than this are refused.
inline constexpr date::days longest_period{60};
// Deposit dates more than this after the period's end are refused.
inline constexpr date::days latest_deposit_after_end{30};

// Throws InputError at the summary row, showing the dates, for a year outside 2000–2100, a period
// of more than 60 days, or a deposit date before the period's end
// (by its UTC day) or more than 30 days after it.
void check_plausible_dates(const Settlement& settlement);

} // namespace recon
