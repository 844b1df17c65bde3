#pragma once
// Sign-indicator columns: exports that write every amount unsigned and say in a column of its own
// which way the money went. Swedbank writes D/K, ING Af/Bij, Triodos Debet/Credit, and card
// statements flag their credits CR and leave the other rows blank.

#include <optional>
#include <string_view>

namespace recon {

enum class MoneyDirection { in, out };

// The direction an indicator cell states (K, Bij, Credit, CR, H: in; D, Af, Debet, Debit, DR, S: out;
// in any case); nothing for any other text, a blank cell included.
[[nodiscard]] std::optional<MoneyDirection> indicated_direction(std::string_view cell);

// Whether a column name (lower case) is that of a sign-indicator column: "d/k", "af bij", …
[[nodiscard]] bool names_sign_indicator(std::string_view lowered_name) noexcept;

} // namespace recon
