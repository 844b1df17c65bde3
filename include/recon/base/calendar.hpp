#pragma once
// Dates and instants in every form settlement reports use:
//   2026-03-02 07:04:11 UTC      (Amazon.com, V2)
//   03.05.2018 09:10:07 UTC      (Amazon.de, Amazon.com.au, V2)
//   2025-06-05T22:07:18+00:00    (V1, ISO 8601 with offset; "Z" too)
//   2026-03-05, 03.05.2018       (bare dates)
//   09/06/25, 09/06/2025         (slashed dates: month-first or day-first, see DateReading)
// Parsed by hand, strictly, and validated against the calendar (no 31 April).

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include <date/date.h>

#include "recon/base/parse_result.hpp"

namespace recon {

using Instant = std::chrono::sys_seconds;
using Day = date::sys_days;

// An instant with an explicit zone: "UTC", "GMT", "Z" or a numeric offset. A time without a zone
// is refused: it would be a guess.
[[nodiscard]] ParseResult<Instant> parse_instant(std::string_view text);

// What a date text can mean. Unambiguous forms set both readings to the same day. A slashed date
// sets each reading that is a real date: "09/06/25" reads as 6 September month-first and as 9 June
// day-first; "25/06/25" only day-first. Choosing between two readings is the caller's business,
// because only the caller knows the settlement period and the rest of the file.
struct DateReading {
  std::optional<Day> month_first;
  std::optional<Day> day_first;

  [[nodiscard]] bool ambiguous() const { return month_first && day_first && *month_first != *day_first; }
};

// A date, in any of the forms above; an instant's UTC date counts too.
[[nodiscard]] ParseResult<DateReading> parse_date(std::string_view text);

// A day written YYYY-MM-DD and nothing else: ten characters, no space or text around them, and a
// day the calendar has (no 2026-02-30). For text whose form is fixed by what recon asks for (a
// rates file's dates, a --reexport range), where any other form is an error, not a reading.
[[nodiscard]] std::optional<Day> parse_iso_day(std::string_view text);

// The current time, to the second; SOURCE_DATE_EPOCH (seconds since 1970) overrides it, as for
// reproducible builds, so that tests and audits can fix what recon records.
[[nodiscard]] Instant now();

// Whether a day lies in the years recon accepts anywhere, 2000 to 2100: years outside them are a
// typing slip or a placeholder, never a settlement or a bank line.
[[nodiscard]] bool plausible_year(Day day) noexcept;

[[nodiscard]] std::string to_iso_date(Day day);              // 2026-03-16
[[nodiscard]] std::string to_iso_instant(Instant instant);   // 2026-03-16T07:04:11Z

} // namespace recon
