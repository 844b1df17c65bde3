#include "recon/model/finding.hpp"

namespace recon {

std::string_view code_name(FindingCode code) noexcept {
  switch (code) {
  case FindingCode::not_footed: return "not-footed";
  case FindingCode::reserve_break: return "reserve-break";
  case FindingCode::period_gap: return "period-gap";
  case FindingCode::period_overlap: return "period-overlap";
  case FindingCode::negative_not_carried: return "negative-not-carried";
  case FindingCode::duplicate_settlement: return "duplicate-settlement";
  case FindingCode::settlement_changed: return "settlement-changed";
  case FindingCode::suspect_duplicate: return "suspect-duplicate";
  case FindingCode::deposit_missing: return "deposit-missing";
  case FindingCode::deposit_in_transit: return "deposit-in-transit";
  case FindingCode::deposit_not_covered: return "deposit-not-covered";
  case FindingCode::deposit_ambiguous: return "deposit-ambiguous";
  case FindingCode::bank_unexplained: return "bank-unexplained";
  case FindingCode::bank_currency_mismatch: return "bank-currency-mismatch";
  case FindingCode::clearing_unexplained: return "clearing-unexplained";
  case FindingCode::posted_outside_period: return "posted-outside-period";
  case FindingCode::unmapped_line: return "unmapped-line";
  }
  return "unknown";
}

std::string_view severity_name(Severity severity) noexcept {
  switch (severity) {
  case Severity::info: return "info";
  case Severity::warning: return "warning";
  case Severity::error: return "error";
  }
  return "unknown";
}

Severity default_severity(FindingCode code) noexcept {
  switch (code) {
  case FindingCode::not_footed:
  case FindingCode::reserve_break:
  case FindingCode::period_gap:
  case FindingCode::period_overlap:
  case FindingCode::negative_not_carried:
  case FindingCode::settlement_changed:
  case FindingCode::deposit_missing:
  case FindingCode::clearing_unexplained: return Severity::error;
  case FindingCode::deposit_in_transit:
  case FindingCode::deposit_not_covered: return Severity::info;
  case FindingCode::deposit_ambiguous:
  case FindingCode::bank_unexplained:
  case FindingCode::bank_currency_mismatch:
  case FindingCode::duplicate_settlement:
  case FindingCode::suspect_duplicate:
  case FindingCode::posted_outside_period:
  case FindingCode::unmapped_line: return Severity::warning;
  }
  return Severity::error;
}

Finding Finding::raise(FindingCode code, std::optional<std::string> settlement_id, std::optional<Money> amount,
                       std::string message, std::optional<SourceRef> source) {
  return Finding{code, default_severity(code), std::move(settlement_id), amount, std::move(message), std::move(source), 0, false, {}};
}

std::optional<FindingCode> code_named(std::string_view name) noexcept {
  for (int code = 0; code <= static_cast<int>(FindingCode::posted_outside_period); ++code) {
    if (code_name(static_cast<FindingCode>(code)) == name) return static_cast<FindingCode>(code);
  }
  return std::nullopt;
}

std::optional<Severity> severity_named(std::string_view name) noexcept {
  for (const Severity severity : {Severity::info, Severity::warning, Severity::error}) {
    if (severity_name(severity) == name) return severity;
  }
  return std::nullopt;
}

} // namespace recon
