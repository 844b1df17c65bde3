#pragma once
// A settlement report as read: the summary row's facts, the exact sum of its lines, the breakdown
// by category, the carry lines, and an account of every line of the file. Built once by the reader
// and not changed afterwards; every figure points back to the file and line it came from.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "recon/base/amount_text.hpp"
#include "recon/base/calendar.hpp"
#include "recon/model/carry_line.hpp"
#include "recon/base/money.hpp"
#include "recon/base/source_ref.hpp"

namespace recon {

enum class ReportFormat { amazon_v2, amazon_v1 };

// "amazon-v2", "amazon-v1": the names the JSON report uses.
[[nodiscard]] std::string_view format_name(ReportFormat format) noexcept;

// A category's lines posted in one calendar month (see ReadOptions::month_zone), for books that
// split a settlement at month ends.
struct MonthSum {
  date::year_month month;
  std::uint64_t lines = 0;
  Money sum;
  friend bool operator==(const MonthSum&, const MonthSum&) = default;
};

struct Category {
  std::string transaction_type;
  std::string amount_type;
  std::string amount_description;
  std::uint64_t lines = 0;
  Money sum;
  std::uint64_t first_line = 0; // where the category first appears in the file
  std::vector<MonthSum> months;  // in calendar order; their sums add up to `sum`
  friend bool operator==(const Category&, const Category&) = default;
};

struct CarryEntry {
  CarryKind kind;
  Money amount;
  std::uint64_t line;
  friend bool operator==(const CarryEntry&, const CarryEntry&) = default;
};

// How each line of the file was used. header + summary + body_rows + blank_lines is the number of
// lines in the file: nothing is skipped without being counted.
struct LineAccount {
  std::uint64_t header = 0;
  std::uint64_t summary = 0;
  std::uint64_t body_rows = 0;      // rows of the settlement other than its summary
  std::uint64_t quantity_rows = 0;  // of the body rows: V1 rows carrying a quantity and no amount
  std::uint64_t blank_lines = 0;
  [[nodiscard]] std::uint64_t total() const noexcept { return header + summary + body_rows + blank_lines; }
  friend bool operator==(const LineAccount&, const LineAccount&) = default;
};

struct Settlement {
  std::string id;
  ReportFormat format = ReportFormat::amazon_v2;
  std::string file;
  std::string sha256; // of the file's bytes
  std::uint64_t summary_line = 0;
  std::vector<std::string> marketplaces; // in order of first appearance
  Currency currency;
  Instant start;
  Instant end;
  Day deposit_date;
  Money total;       // total-amount of the summary row
  Money lines_total; // exact sum of every body line's amount
  std::uint64_t amount_lines = 0; // amounts summed into lines_total (a V1 row may hold several)
  std::vector<Category> categories; // in order of first appearance
  std::vector<CarryEntry> carry_lines;
  LineAccount line_account;
  std::optional<DecimalMark> decimal_mark; // nullopt when no amount had a decimal mark
  std::uint64_t posted_outside_period = 0; // rows posted over a day outside the period
  std::uint64_t first_posted_outside_period = 0;

  // Equal when read from the same bytes: every figure and every line number.
  friend bool operator==(const Settlement&, const Settlement&) = default;

  [[nodiscard]] bool footed() const { return lines_total == total; }
  // These sums of the report's amounts throw InputError, at the line that makes them overflow,
  // when they do not fit int64; require_sums_fit() below takes them all as a report is checked.
  // lines − total: what the body lines have that the summary row does not.
  [[nodiscard]] Money footing_difference() const;
  // What Amazon released from the previous hold (Previous Reserve Amount Balance, positive).
  [[nodiscard]] Money reserve_opening() const;
  // What Amazon holds after this settlement (minus Current Reserve Amount, positive).
  [[nodiscard]] Money reserve_closing() const;
  // A previous negative balance this settlement carries in (minus Payable to Amazon, positive).
  [[nodiscard]] Money carried_in() const;
  [[nodiscard]] SourceRef summary_source() const { return {file, summary_line}; }
  // The period's first and last days, in UTC.
  [[nodiscard]] Day start_day() const { return std::chrono::floor<date::days>(start); }
  [[nodiscard]] Day end_day() const { return std::chrono::floor<date::days>(end); }
  // "2026-03-02 to 2026-03-16", or with another word between the dates.
  [[nodiscard]] std::string period_text(std::string_view between = " to ") const;
};

// Throws InputError when one of a settlement's sums above does not fit int64, so that such a
// report is refused as it is checked, before anything is printed or written.
void require_sums_fit(const Settlement& settlement);

} // namespace recon
