#pragma once
// What one run of recon found: the settlements it read and the findings about them. Commands fill
// it; the JSON and terminal renderers only read it.

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "recon/model/finding.hpp"
#include "recon/model/deposit.hpp"
#include "recon/model/settlement.hpp"

namespace recon {

// What posting made of one settlement.
struct PostedSettlement {
  std::string clearing_account;
  Money clearing_balance; // after this settlement and its deposit, in settlement order
  DepositMatch deposit;
};

struct ReportedSettlement {
  Settlement settlement;
  std::optional<PostedSettlement> posted;  // set by commands that post (settle), not by foot
  std::vector<std::string> also_given_in = {}; // files of this run that held the same settlement again
};

struct Report {
  std::vector<ReportedSettlement> settlements;
  std::vector<Finding> findings;
};

struct ReportSummary {
  std::size_t settlements = 0;
  std::size_t footed = 0;
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t infos = 0;    // errors, warnings and infos count open findings only
  std::size_t resolved = 0; // findings a person resolved in the book
};

[[nodiscard]] ReportSummary summarize(const Report& report);

// --fail-on: the least severe finding that makes the run exit 1; `never` keeps it at 0.
enum class FailOn { error, warning, never };

[[nodiscard]] std::optional<FailOn> parse_fail_on(std::string_view text);
// 1 when some open finding is at or above the threshold, else 0 (the contract's exit statuses).
[[nodiscard]] int exit_status(const Report& report, FailOn fail_on);

} // namespace recon
