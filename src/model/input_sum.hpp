#pragma once
// Arithmetic on amounts read from input. The reader sees to it that every amount fits int64 on its
// own, but a sum of several need not: two reserve lines near the limit, or a clearing balance run
// across many reports. Such a sum is the input's fault, not recon's, so it is refused as an
// InputError at the line whose amount the sum could not take, never as std::overflow_error.

#include <string_view>

#include "recon/base/money.hpp"
#include "recon/base/source_ref.hpp"

namespace recon {

// `what` names the sum for the message: "the reserve held (Current Reserve Amount)".
[[nodiscard]] Money input_plus(const Money& sum, const Money& amount, const SourceRef& amount_source, std::string_view what);
[[nodiscard]] Money input_minus(const Money& sum, const Money& amount, const SourceRef& amount_source, std::string_view what);
[[nodiscard]] Money input_negated(const Money& amount, const SourceRef& amount_source, std::string_view what);

} // namespace recon
