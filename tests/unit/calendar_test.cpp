#include "recon/base/calendar.hpp"

#include <gtest/gtest.h>

namespace recon {
namespace {

std::string instant(std::string_view text) {
  const auto result = parse_instant(text);
  EXPECT_TRUE(result.ok()) << text << ": " << (result.ok() ? "" : result.error());
  return result.ok() ? to_iso_instant(result.value()) : "";
}

Day day(int y, unsigned m, unsigned d) { return Day{date::year{y} / date::month{m} / date::day{d}}; }

TEST(ParseInstant, ReadsEveryFormReportsUse) {
  EXPECT_EQ(instant("2026-03-02 07:04:11 UTC"), "2026-03-02T07:04:11Z");
  EXPECT_EQ(instant("03.05.2018 09:10:07 UTC"), "2018-05-03T09:10:07Z");
  EXPECT_EQ(instant("2025-06-05T22:07:18+00:00"), "2025-06-05T22:07:18Z");
  EXPECT_EQ(instant("2026-03-02T07:04:11Z"), "2026-03-02T07:04:11Z");
  EXPECT_EQ(instant("2026-03-02 07:04:11 GMT"), "2026-03-02T07:04:11Z");
  EXPECT_EQ(instant("2026-03-02T07:04:11.250Z"), "2026-03-02T07:04:11Z");
}

TEST(ParseInstant, AppliesOffsets) {
  EXPECT_EQ(instant("2025-06-05T22:07:18+02:00"), "2025-06-05T20:07:18Z");
  EXPECT_EQ(instant("2025-06-05T22:07:18-0700"), "2025-06-06T05:07:18Z");
  EXPECT_EQ(instant("2025-12-31T23:30:00-01:00"), "2026-01-01T00:30:00Z");
}

TEST(ParseInstant, RefusesImpossibleAndZonelessTimes) {
  EXPECT_FALSE(parse_instant("2026-02-30 07:04:11 UTC"));
  EXPECT_FALSE(parse_instant("2026-13-01 07:04:11 UTC"));
  EXPECT_FALSE(parse_instant("2026-03-02 24:00:00 UTC"));
  EXPECT_FALSE(parse_instant("2026-03-02 07:61:00 UTC"));
  EXPECT_FALSE(parse_instant("2026-03-02 07:04:11 PST"));
  EXPECT_FALSE(parse_instant("2026-03-02"));
  EXPECT_FALSE(parse_instant(""));
  const auto zoneless = parse_instant("2026-03-02 07:04:11");
  ASSERT_FALSE(zoneless);
  EXPECT_NE(zoneless.error().find("no zone"), std::string::npos);
}

TEST(ParseDate, ReadsUnambiguousForms) {
  for (const auto* text : {"2026-03-05", "05.03.2026", "2026-03-05 10:11:12 UTC", "2026-03-05T23:59:59+00:00"}) {
    const auto reading = parse_date(text);
    ASSERT_TRUE(reading) << text;
    EXPECT_FALSE(reading.value().ambiguous()) << text;
    EXPECT_EQ(reading.value().month_first, day(2026, 3, 5)) << text;
  }
}

TEST(ParseDate, KeepsBothReadingsOfASlashedDate) {
  const auto reading = parse_date("09/06/25").value();
  EXPECT_TRUE(reading.ambiguous());
  EXPECT_EQ(reading.month_first, day(2025, 9, 6));
  EXPECT_EQ(reading.day_first, day(2025, 6, 9));

  const auto only_day_first = parse_date("25/06/2025").value();
  EXPECT_FALSE(only_day_first.ambiguous());
  EXPECT_FALSE(only_day_first.month_first);
  EXPECT_EQ(only_day_first.day_first, day(2025, 6, 25));

  const auto same = parse_date("6/6/26").value();
  EXPECT_FALSE(same.ambiguous());
  EXPECT_EQ(same.month_first, day(2026, 6, 6));
}

TEST(ParseDate, RefusesWhatIsNoDate) {
  EXPECT_FALSE(parse_date("31.04.2026"));
  EXPECT_FALSE(parse_date("13/13/25"));
  EXPECT_FALSE(parse_date("2026/03/05"));
  EXPECT_FALSE(parse_date("yesterday"));
  EXPECT_FALSE(parse_date(""));
}

TEST(ParseIsoDay, ReadsRealDaysWrittenYearFirst) {
  EXPECT_EQ(parse_iso_day("2026-03-05"), day(2026, 3, 5));
  EXPECT_EQ(parse_iso_day("2026-01-01"), day(2026, 1, 1));
  EXPECT_EQ(parse_iso_day("2026-12-31"), day(2026, 12, 31));
  EXPECT_EQ(parse_iso_day("2024-02-29"), day(2024, 2, 29)); // a leap year's
  EXPECT_EQ(parse_iso_day("2000-02-29"), day(2000, 2, 29)); // divisible by 400: a leap year too
}

TEST(ParseIsoDay, RefusesDaysTheCalendarDoesNotHave) {
  for (const auto* text : {"2026-02-29", "1900-02-29", "2026-02-30", "2026-04-31", "2026-00-05", "2026-13-01",
                           "2026-01-00", "2026-01-32"}) {
    EXPECT_EQ(parse_iso_day(text), std::nullopt) << text;
  }
}

TEST(ParseIsoDay, RefusesEveryOtherShape) {
  for (const auto* text : {"", "2026-1-05", "2026-01-5", "26-01-05", "2026/01/05", "2026.01.05", "05.01.2026",
                           "01/05/2026", "20260105", "2026-01-05 ", " 2026-01-05", "2026-01-05x", "2026-01-5x",
                           "2026-1-05x", "+026-01-05", "2026-+1-05", "2026-01-05T00:00:00Z", "2026-01-05 10:11:12 UTC",
                           "2026-01-05\r", "２０２６-01-05"}) {
    EXPECT_EQ(parse_iso_day(text), std::nullopt) << text;
  }
}

TEST(IsoFormatting, WritesContractForms) {
  EXPECT_EQ(to_iso_date(day(2026, 3, 16)), "2026-03-16");
  EXPECT_EQ(to_iso_instant(Instant{day(2026, 3, 16)} + std::chrono::seconds{25451}), "2026-03-16T07:04:11Z");
}

} // namespace
} // namespace recon
