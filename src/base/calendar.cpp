#include "recon/base/calendar.hpp"

#include <cstdlib>

#include <fmt/format.h>

namespace recon {
namespace {

// A cursor over date text: each step consumes an exact shape or reports that it could not.
class DateScanner {
public:
  explicit DateScanner(std::string_view text) : text_(text) {}

  bool digits(std::size_t count, int& value) {
    if (text_.size() < count) return false;
    int result = 0;
    for (std::size_t i = 0; i < count; ++i) {
      const char c = text_[i];
      if (c < '0' || c > '9') return false;
      result = result * 10 + (c - '0');
    }
    value = result;
    text_.remove_prefix(count);
    return true;
  }

  // One or two digits, as slashed dates write days and months ("9/6/25").
  bool short_number(int& value) {
    if (!digits(1, value)) return false;
    int second = 0;
    if (digits(1, second)) value = value * 10 + second;
    return true;
  }

  bool literal(char c) {
    if (text_.empty() || text_.front() != c) return false;
    text_.remove_prefix(1);
    return true;
  }

  bool literal(std::string_view word) {
    if (!text_.starts_with(word)) return false;
    text_.remove_prefix(word.size());
    return true;
  }

  [[nodiscard]] bool at_end() const { return text_.empty(); }
  [[nodiscard]] char peek() const { return text_.empty() ? '\0' : text_.front(); }

private:
  std::string_view text_;
};

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
  return text;
}

std::optional<Day> make_day(int year, int month, int day) {
  const date::year_month_day ymd{date::year{year}, date::month{static_cast<unsigned>(month)},
                                 date::day{static_cast<unsigned>(day)}};
  if (month < 1 || month > 12 || day < 1 || !ymd.ok()) return std::nullopt;
  return Day{ymd};
}

// "YYYY-MM-DD" or "DD.MM.YYYY", the two unambiguous calendar forms, as written: whether the
// numbers make a real day is checked separately, so the error can say which is wrong.
struct WrittenDate {
  int year = 0;
  int month = 0;
  int day = 0;
};

std::optional<WrittenDate> scan_iso_date(DateScanner& scan) {
  WrittenDate date;
  if (scan.digits(4, date.year) && scan.literal('-') && scan.digits(2, date.month) && scan.literal('-') &&
      scan.digits(2, date.day)) {
    return date;
  }
  return std::nullopt;
}

std::optional<WrittenDate> scan_calendar_date(DateScanner& scan) {
  // The two forms differ in their third character (a digit, a dot), so at most one can match; the
  // year-first one is tried on a copy, so that the other starts where the text does.
  DateScanner year_first = scan;
  if (const auto date = scan_iso_date(year_first)) {
    scan = year_first;
    return date;
  }
  WrittenDate date;
  if (scan.digits(2, date.day) && scan.literal('.') && scan.digits(2, date.month) && scan.literal('.') &&
      scan.digits(4, date.year)) {
    return date;
  }
  return std::nullopt;
}

std::string no_such_day(const WrittenDate& date) {
  return fmt::format("there is no such day as {:04}-{:02}-{:02}", date.year, date.month, date.day);
}

// "HH:MM:SS" with optional fractional seconds (dropped: nothing recon does is finer than a second).
std::optional<std::chrono::seconds> scan_time_of_day(DateScanner& scan) {
  int hours = 0;
  int minutes = 0;
  int seconds = 0;
  if (!(scan.digits(2, hours) && scan.literal(':') && scan.digits(2, minutes) && scan.literal(':') &&
        scan.digits(2, seconds))) {
    return std::nullopt;
  }
  if (scan.literal('.')) {
    int ignored = 0;
    if (!scan.digits(1, ignored)) return std::nullopt;
    while (scan.digits(1, ignored)) {
    }
  }
  if (hours > 23 || minutes > 59 || seconds > 59) return std::nullopt;
  return std::chrono::hours{hours} + std::chrono::minutes{minutes} + std::chrono::seconds{seconds};
}

// The zone suffix, as an offset east of UTC: " UTC", " GMT", "Z", "+02:00", "-0500".
std::optional<std::chrono::minutes> scan_zone(DateScanner& scan) {
  if (scan.literal(" UTC") || scan.literal(" GMT") || scan.literal('Z')) return std::chrono::minutes{0};
  (void)scan.literal(' ');
  const char sign = scan.peek();
  if (sign != '+' && sign != '-') return std::nullopt;
  (void)scan.literal(sign);
  int hours = 0;
  int minutes = 0;
  if (!scan.digits(2, hours)) return std::nullopt;
  (void)scan.literal(':');
  if (!scan.digits(2, minutes) || hours > 23 || minutes > 59) return std::nullopt;
  const std::chrono::minutes offset{hours * 60 + minutes};
  return sign == '-' ? -offset : offset;
}

constexpr std::string_view instant_forms =
    "expected a date and time with a zone, such as 2026-03-02 07:04:11 UTC, 02.03.2026 07:04:11 UTC "
    "or 2026-03-02T07:04:11+00:00";

} // namespace

ParseResult<Instant> parse_instant(std::string_view text) {
  using Result = ParseResult<Instant>;
  DateScanner scan(trim(text));
  const auto written = scan_calendar_date(scan);
  if (!written || !(scan.literal('T') || scan.literal(' '))) return Result::failure(std::string(instant_forms));
  const auto day = make_day(written->year, written->month, written->day);
  if (!day) return Result::failure(no_such_day(*written));
  const auto time = scan_time_of_day(scan);
  if (!time) return Result::failure(std::string(instant_forms));
  if (scan.at_end()) {
    return Result::failure("the time has no zone (UTC or an offset such as +00:00); recon will not guess one");
  }
  const auto offset = scan_zone(scan);
  if (!offset || !scan.at_end()) return Result::failure(std::string(instant_forms));
  return Result::success(Instant{*day} + *time - *offset);
}

ParseResult<DateReading> parse_date(std::string_view text) {
  using Result = ParseResult<DateReading>;
  const std::string_view trimmed = trim(text);
  {
    DateScanner scan(trimmed);
    if (const auto written = scan_calendar_date(scan); written && scan.at_end()) {
      const auto day = make_day(written->year, written->month, written->day);
      if (!day) return Result::failure(no_such_day(*written));
      return Result::success(DateReading{day, day});
    }
  }
  if (const auto instant = parse_instant(trimmed)) {
    const auto day = std::chrono::floor<date::days>(instant.value());
    return Result::success(DateReading{day, day});
  }

  DateScanner scan(trimmed);
  int first = 0;
  int second = 0;
  int year = 0;
  if (scan.short_number(first) && scan.literal('/') && scan.short_number(second) && scan.literal('/')) {
    bool year_ok = scan.digits(4, year);
    if (!year_ok && scan.digits(2, year)) {
      year += 2000; // two-digit years in settlement and bank files are this century's
      year_ok = true;
    }
    if (year_ok && scan.at_end()) {
      DateReading reading{make_day(year, first, second), make_day(year, second, first)};
      if (reading.month_first || reading.day_first) return Result::success(reading);
      return Result::failure("the date is not a real calendar date either month-first or day-first");
    }
  }
  return Result::failure("expected a date such as 2026-03-05, 05.03.2026 or 03/05/26");
}

std::optional<Day> parse_iso_day(std::string_view text) {
  DateScanner scan(text);
  const auto written = scan_iso_date(scan);
  if (!written || !scan.at_end()) return std::nullopt;
  return make_day(written->year, written->month, written->day);
}

std::string to_iso_date(Day day) {
  const date::year_month_day ymd{day};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                     static_cast<unsigned>(ymd.day()));
}

std::string to_iso_instant(Instant instant) {
  const auto day = std::chrono::floor<date::days>(instant);
  const date::hh_mm_ss time{instant - day};
  return fmt::format("{}T{:02}:{:02}:{:02}Z", to_iso_date(day), time.hours().count(), time.minutes().count(),
                     time.seconds().count());
}

Instant now() {
  if (const char* fixed = std::getenv("SOURCE_DATE_EPOCH"); fixed != nullptr && *fixed != '\0') {
    char* end = nullptr;
    const long long seconds = std::strtoll(fixed, &end, 10);
    if (end != nullptr && *end == '\0') return Instant{std::chrono::seconds{seconds}};
  }
  return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

bool plausible_year(Day day) noexcept {
  const date::year year = date::year_month_day(day).year();
  return year >= date::year{2000} && year <= date::year{2100};
}

} // namespace recon
