#include "recon/model/marketplace.hpp"

#include <algorithm>

namespace recon {
namespace {

struct Storefront {
  std::string_view domain;
  std::string_view code;
};

constexpr Storefront storefronts[] = {
    {"Amazon.com", "US"},    {"Amazon.ca", "CA"},     {"Amazon.com.mx", "MX"}, {"Amazon.com.br", "BR"},
    {"Amazon.co.uk", "UK"},  {"Amazon.de", "DE"},     {"Amazon.fr", "FR"},     {"Amazon.it", "IT"},
    {"Amazon.es", "ES"},     {"Amazon.nl", "NL"},     {"Amazon.se", "SE"},     {"Amazon.pl", "PL"},
    {"Amazon.com.be", "BE"}, {"Amazon.ie", "IE"},     {"Amazon.com.tr", "TR"}, {"Amazon.ae", "AE"},
    {"Amazon.sa", "SA"},     {"Amazon.eg", "EG"},     {"Amazon.in", "IN"},     {"Amazon.co.jp", "JP"},
    {"Amazon.com.au", "AU"}, {"Amazon.sg", "SG"},     {"Amazon.co.za", "ZA"},
};

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
           return lower(x) == lower(y);
         });
}

} // namespace

std::optional<std::string> marketplace_code(std::string_view marketplace_name) {
  const auto* found = std::find_if(std::begin(storefronts), std::end(storefronts),
                                   [&](const Storefront& storefront) { return equal_ignoring_case(storefront.domain, marketplace_name); });
  if (found == std::end(storefronts)) return std::nullopt;
  return std::string(found->code);
}

std::optional<std::string> primary_marketplace_code(const std::vector<std::string>& marketplace_names) {
  for (const auto& name : marketplace_names) {
    if (auto code = marketplace_code(name)) return code;
  }
  return std::nullopt;
}

std::vector<std::string> settlement_marketplace_codes(const std::vector<Settlement>& settlements) {
  std::vector<std::optional<std::string>> known;
  known.reserve(settlements.size());
  for (const auto& settlement : settlements) known.push_back(primary_marketplace_code(settlement.marketplaces));

  std::vector<std::string> codes;
  for (std::size_t i = 0; i < settlements.size(); ++i) {
    if (known[i]) {
      codes.push_back(*known[i]);
      continue;
    }
    std::optional<std::string> agreed;
    bool ambiguous = false;
    for (std::size_t j = 0; j < settlements.size(); ++j) {
      if (!known[j] || settlements[j].currency != settlements[i].currency) continue;
      if (agreed && *agreed != *known[j]) ambiguous = true;
      agreed = known[j];
    }
    codes.push_back(agreed && !ambiguous ? *agreed : std::string(settlements[i].currency.code()));
  }
  return codes;
}

} // namespace recon
