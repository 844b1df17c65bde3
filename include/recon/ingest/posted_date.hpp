#pragma once
// Settles what day a row was posted on, never by guessing. Amazon.com writes posted-date as
// "09/06/25"; posted-date-time, where a report has it, is never ambiguous and wins. Otherwise the
// file's date order is learned from its own rows (a "25/06/25" can only be day-first), and a lone
// ambiguous date is read the one way that falls inside the settlement period.

#include <optional>
#include <string_view>

#include "recon/base/calendar.hpp"
#include "recon/base/parse_result.hpp"

namespace recon {

// When a row was posted: always a day, and the instant too when the report gives one.
struct PostedAt {
  Day day; // in UTC when from an instant
  std::optional<Instant> instant;
};

class PostedDateResolver {
public:
  // The settlement period, in days; dates up to a day outside it still count as inside, because
  // Amazon's period boundaries fall at a time of day and posting dates do not carry one.
  PostedDateResolver(Day period_start, Day period_end) noexcept;

  // When one row was posted. posted_date_time may be empty (older layouts lack it).
  [[nodiscard]] ParseResult<PostedAt> resolve(std::string_view posted_date, std::string_view posted_date_time);

  [[nodiscard]] bool inside_period(Day day) const noexcept;

  // Equal when both would resolve every date the same way (the same period, the same date order
  // learned so far).
  [[nodiscard]] bool operator==(const PostedDateResolver&) const noexcept = default;

private:
  enum class Order { month_first, day_first };

  ParseResult<Day> choose(const DateReading& reading, std::string_view text);

  Day earliest_;
  Day latest_;
  std::optional<Order> order_;
};

} // namespace recon
