#pragma once
// Lists written in one option's value, "AMAZON,AMZN" or "date=Datum,amount=Betrag": the items
// between commas, empty ones dropped.

#include <string>
#include <string_view>
#include <vector>

namespace recon {

[[nodiscard]] std::vector<std::string> comma_separated(std::string_view text);

} // namespace recon
