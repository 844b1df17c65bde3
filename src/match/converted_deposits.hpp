#pragma once
// Deposits Amazon converted: a settlement paid into an account in another currency (Amazon.ca's
// CAD into a USD account) arrives as an amount that never equals its total, so the exact matching
// of bank_matching.cpp cannot find it. Once exact matching is done, each settlement still unpaid
// looks for a credit in another currency that
//   - lies inside its arrival window and looks like Amazon's (the markers of MatchOptions), and
//   - implies a plausible rate (bank amount / settlement total): with --rates, within
//     MatchOptions::rate_band_percent of the reference rate for Amazon's deposit date; without a
//     reference, any rate but par (1.000000), since no two of Amazon's payout currencies trade at
//     par and an equal figure in another currency is a mislabelled line, not a conversion.
// A settlement is matched only when exactly one credit is plausible for it and that credit is
// plausible for no other settlement still unpaid: otherwise recon cannot tell which deposit is
// whose, matches none of them and says deposit-ambiguous. A settlement whose only candidates imply
// implausible rates gets bank-currency-mismatch, naming them.

#include <string_view>
#include <vector>

#include "recon/match/bank_matching.hpp"

namespace recon {

enum class ConversionOutcome {
  none,        // no credit in another currency could be its deposit
  matched,     // result.deposits holds the line and the conversion
  ambiguous,   // deposit-ambiguous raised
  implausible, // bank-currency-mismatch raised
};

// What converted matching works on: the matcher's pooled lines and which of them are taken.
struct ConvertedMatching {
  const std::vector<Settlement>& settlements;
  const std::vector<const BankLine*>& lines;
  std::vector<bool>& used; // lines taken; matched and ambiguous candidates are marked
  const MatchOptions& options;
};

// For the settlements at `waiting` (positive, not matched exactly): one outcome each, in order.
// Matches and findings go into `result`.
[[nodiscard]] std::vector<ConversionOutcome> match_converted_deposits(const ConvertedMatching& matching,
                                                                      const std::vector<std::size_t>& waiting,
                                                                      MatchResult& result);

// Whether a bank line's description carries one of the markers (ignoring case).
[[nodiscard]] bool looks_like_amazon(std::string_view description, const std::vector<std::string>& markers);

} // namespace recon
