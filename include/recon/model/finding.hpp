#pragma once
// A finding about the books: what the report contract calls an "exception" (not-footed,
// deposit-missing, …). Named Finding in code so it is never mistaken for a C++ exception: findings
// are collected and reported as data, never thrown.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "recon/base/money.hpp"
#include "recon/base/source_ref.hpp"

namespace recon {

enum class Severity { info, warning, error };

// The stable codes of the report contract (docs/report-contract.md); scripts match on them.
enum class FindingCode {
  not_footed,
  reserve_break,
  period_gap,
  period_overlap,
  negative_not_carried,
  duplicate_settlement,
  settlement_changed,
  suspect_duplicate,
  deposit_missing,
  deposit_in_transit,
  deposit_not_covered,
  deposit_ambiguous,
  bank_unexplained,
  bank_currency_mismatch,
  clearing_unexplained,
  unmapped_line,
  posted_outside_period, // the last: code_named walks the codes up to it
};

[[nodiscard]] std::string_view code_name(FindingCode code) noexcept;      // "not-footed"
[[nodiscard]] std::string_view severity_name(Severity severity) noexcept; // "error"
[[nodiscard]] Severity default_severity(FindingCode code) noexcept;
// The inverse of code_name and severity_name, for reading findings back from the book.
[[nodiscard]] std::optional<FindingCode> code_named(std::string_view name) noexcept;
[[nodiscard]] std::optional<Severity> severity_named(std::string_view name) noexcept;

struct Finding {
  FindingCode code;
  Severity severity;
  std::optional<std::string> settlement_id;
  std::optional<Money> amount;
  std::string message; // a sentence a bookkeeper understands, with the numbers in it
  std::optional<SourceRef> source;
  // Kept by the book: the finding's number there, and whether a person has resolved it (a
  // resolved finding is still reported, but no longer fails the run).
  std::int64_t book_id = 0;
  bool resolved = false;
  std::string resolution; // "by NAME on DATE: NOTE"

  // A finding at its code's severity.
  [[nodiscard]] static Finding raise(FindingCode code, std::optional<std::string> settlement_id, std::optional<Money> amount,
                                     std::string message, std::optional<SourceRef> source);
};

} // namespace recon
