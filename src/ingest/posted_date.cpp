#include "recon/ingest/posted_date.hpp"

#include <string>

namespace recon {

PostedDateResolver::PostedDateResolver(Day period_start, Day period_end) noexcept
    : earliest_(period_start - date::days{1}), latest_(period_end + date::days{1}) {}

bool PostedDateResolver::inside_period(Day day) const noexcept { return day >= earliest_ && day <= latest_; }

ParseResult<PostedAt> PostedDateResolver::resolve(std::string_view posted_date, std::string_view posted_date_time) {
  using Result = ParseResult<PostedAt>;
  if (!posted_date_time.empty()) {
    const auto instant = parse_instant(posted_date_time);
    if (!instant) return Result::failure("posted-date-time: " + instant.error());
    return Result::success(PostedAt{std::chrono::floor<date::days>(instant.value()), instant.value()});
  }
  // V1 writes an instant into posted-date itself.
  if (const auto instant = parse_instant(posted_date)) {
    return Result::success(PostedAt{std::chrono::floor<date::days>(instant.value()), instant.value()});
  }
  const auto reading = parse_date(posted_date);
  if (!reading) return Result::failure("posted-date: " + reading.error());
  const auto day = choose(reading.value(), posted_date);
  if (!day) return Result::failure(day.error());
  return Result::success(PostedAt{day.value(), std::nullopt});
}

ParseResult<Day> PostedDateResolver::choose(const DateReading& reading, std::string_view text) {
  if (!reading.ambiguous()) {
    if (reading.month_first && reading.day_first) return ParseResult<Day>::success(*reading.month_first);
    const Order only = reading.month_first ? Order::month_first : Order::day_first;
    if (order_ && *order_ != only) {
      return ParseResult<Day>::failure("posted-date " + std::string(text) +
                                       " contradicts the date order of the file's earlier rows");
    }
    order_ = only;
    return ParseResult<Day>::success(only == Order::month_first ? *reading.month_first : *reading.day_first);
  }

  if (order_) {
    return ParseResult<Day>::success(*order_ == Order::month_first ? *reading.month_first : *reading.day_first);
  }
  const bool month_first_fits = inside_period(*reading.month_first);
  const bool day_first_fits = inside_period(*reading.day_first);
  if (month_first_fits != day_first_fits) {
    order_ = month_first_fits ? Order::month_first : Order::day_first;
    return ParseResult<Day>::success(month_first_fits ? *reading.month_first : *reading.day_first);
  }
  return ParseResult<Day>::failure("posted-date " + std::string(text) + " reads as " + to_iso_date(*reading.month_first) +
                                   " or " + to_iso_date(*reading.day_first) +
                                   ", the settlement period does not tell which, and the row has no posted-date-time");
}

} // namespace recon
