#pragma once
// Rows of a bank export that are not transactions: balances, turnover totals, pending payments.
// Each is skipped with the reason a person reads in `recon bank`, never taken for money that moved.

#include <optional>
#include <string>
#include <string_view>

namespace recon {

// Swedbank's "Row type": 20 is a transaction; 10 the opening balance, 82 the turnover, 86 the
// closing balance. The reason a row of another type is skipped; nothing for a transaction.
[[nodiscard]] std::optional<std::string> row_type_skip_reason(std::string_view row_type);

// A row whose date cell says "Pending" (card exports), whose Status is "Pending" (Schwab) or
// whose Info is "Umsatz vorgemerkt" (Sparkasse): not booked yet, so not a transaction yet.
[[nodiscard]] bool says_pending(std::string_view cell);

// A row without an amount whose description names a balance ("Beginning balance as of 05/01/2026",
// Bank of America's first row): the reason it is skipped; nothing for any other row.
[[nodiscard]] std::optional<std::string> balance_row_skip_reason(std::string_view description);

} // namespace recon
