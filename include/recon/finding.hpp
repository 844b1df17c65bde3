#pragma once
// A finding about the books: what the report contract calls an "exception" (not-footed,
// deposit-missing, …). Named Finding in code so it is never mistaken for a C++ exception: findings
// are collected and reported as data, never thrown.

#include <optional>
#include <string>
#include <string_view>

#include "recon/money.hpp"
#include "recon/source_ref.hpp"

namespace recon {

enum class Severity { info, warning, error };

// The stable codes of the report contract (docs/report-contract.md); scripts match on them.
enum class FindingCode {
  not_footed,
  posted_outside_period,
  unmapped_line,
};

[[nodiscard]] std::string_view code_name(FindingCode code) noexcept;      // "not-footed"
[[nodiscard]] std::string_view severity_name(Severity severity) noexcept; // "error"
[[nodiscard]] Severity default_severity(FindingCode code) noexcept;

struct Finding {
  FindingCode code;
  Severity severity;
  std::optional<std::string> settlement_id;
  std::optional<Money> amount;
  std::string message; // a sentence a bookkeeper understands, with the numbers in it
  std::optional<SourceRef> source;
};

} // namespace recon
