#pragma once
// The hint for an amount a CSV bank export holds with more decimals than the currency it was read
// in, when that currency was recon's assumption (nobody named the account's, and the file has no
// currency column): the assumption, not the file, is then the likelier mistake.

#include <optional>
#include <string>
#include <string_view>

#include "recon/base/amount_text.hpp"
#include "recon/base/currency.hpp"
#include "recon/model/bank_statement.hpp"

namespace recon {

// The hint, or an empty string when `origin` is not an assumption or `number` (an amount the reader
// refused in `currency`) would not read with more decimals either. Whether it would is asked of the
// amount parser, with the file's decimal mark where it has shown one, never of an error's wording.
[[nodiscard]] std::string assumed_currency_hint(std::string_view number, Currency currency, CurrencyOrigin origin,
                                                std::optional<DecimalMark> mark);

} // namespace recon
