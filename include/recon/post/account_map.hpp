#pragma once
// Which ledger account each settlement line posts to. A map is a list of rules, each matching a
// (transaction-type, amount-type, amount-description) with `*` wildcards and naming an account;
// the first rule that matches wins. Bookkeepers edit it as a CSV file in a spreadsheet
// (docs/account-map.md); recon ships a default chart (`recon map --print-default`).
//
// An account may contain placeholders filled in per settlement:
//   {clearing}     the settlement's clearing account (carry lines stay there)
//   {marketplace}  the marketplace's short code: US, CA, DE, …

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace recon {

struct MapRule {
  std::string transaction_type; // patterns: `*` matches any run of characters, empty matches empty
  std::string amount_type;
  std::string amount_description;
  std::string account;
  std::uint64_t line = 0; // in the map file
};

class AccountMap {
public:
  // The built-in chart.
  [[nodiscard]] static AccountMap built_in();
  // A map file; throws InputError naming the file and line for an unknown column, an empty or
  // malformed account, an unknown placeholder, or a rule that an earlier one makes unreachable.
  [[nodiscard]] static AccountMap load(const std::string& path);
  // The same from text in memory; `source` names it in errors.
  [[nodiscard]] static AccountMap parse(const std::string& text, const std::string& source);

  // The first rule that covers the line, or nullptr: the line is unmapped.
  [[nodiscard]] const MapRule* match(std::string_view transaction_type, std::string_view amount_type,
                                     std::string_view amount_description) const;

  [[nodiscard]] const std::vector<MapRule>& rules() const noexcept { return rules_; }
  [[nodiscard]] const std::string& source() const noexcept { return source_; }

private:
  std::string source_;
  std::vector<MapRule> rules_;
};

// The built-in map as a CSV file, comments included: what `recon map --print-default` prints.
[[nodiscard]] const std::string& default_account_map_text();

// Whether `pattern` (with `*` wildcards) matches all of `text`.
[[nodiscard]] bool wildcard_match(std::string_view pattern, std::string_view text) noexcept;

} // namespace recon
