#include "recon/finding.hpp"

namespace recon {

std::string_view code_name(FindingCode code) noexcept {
  switch (code) {
  case FindingCode::not_footed: return "not-footed";
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
  case FindingCode::not_footed: return Severity::error;
  case FindingCode::posted_outside_period: return Severity::warning;
  case FindingCode::unmapped_line: return Severity::warning;
  }
  return Severity::error;
}

} // namespace recon
