#pragma once
// Marketplaces by their short codes, as account names use them: Amazon.com is US, Amazon.co.uk UK.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "recon/model/settlement.hpp"

namespace recon {

// The code of an Amazon marketplace name ("Amazon.com.au" → "AU"), or nullopt for names that are
// not an Amazon storefront ("Non-Amazon CA", "SI CA Prod Marketplace").
[[nodiscard]] std::optional<std::string> marketplace_code(std::string_view marketplace_name);

// The code of the first storefront among a settlement's marketplaces, if any.
[[nodiscard]] std::optional<std::string> primary_marketplace_code(const std::vector<std::string>& marketplace_names);

// The marketplace code each settlement belongs to, for naming its clearing account and chaining its
// reserve. A settlement whose lines name no storefront (only fees, say) takes the code of the other
// settlements in the same currency when they agree on one; failing that, its currency code.
[[nodiscard]] std::vector<std::string> settlement_marketplace_codes(const std::vector<Settlement>& settlements);

} // namespace recon
