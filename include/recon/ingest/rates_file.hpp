#pragma once
// Reading a reference rates file (--rates) into ExchangeRates (model/exchange_rates.hpp). Two
// layouts, told apart by their header:
//   - the ECB's euro reference rates history (eurofxref-hist.csv): `Date,USD,JPY,...` then one row
//     a day, `2026-03-02,1.0876,161.23,...`, each the units of that currency one euro buys; `N/A`
//     (or an empty cell) where a currency was not quoted that day. Cross rates come through the euro.
//   - a plain CSV `date,from,to,rate`: one `from` buys `rate` of `to` on that date.
// Rates are read as exact decimals (base/exchange_rate.hpp). A column of a currency recon does not
// know (the ECB's history keeps currencies that no longer exist) is left out of the table.

#include <string>

#include "recon/model/exchange_rates.hpp"

namespace recon {

// Throws InputError naming the file and line: a header of neither layout, an undatable row, a rate
// that is not a positive decimal, a row of the wrong width.
[[nodiscard]] ExchangeRates read_rates_file(const std::string& path);

} // namespace recon
