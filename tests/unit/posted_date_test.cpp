#include "recon/ingest/posted_date.hpp"

#include <gtest/gtest.h>

namespace recon {
namespace {

Day day(int y, unsigned m, unsigned d) { return Day{date::year{y} / date::month{m} / date::day{d}}; }

TEST(PostedDateResolver, PrefersPostedDateTime) {
  PostedDateResolver resolver(day(2025, 6, 1), day(2025, 6, 15));
  EXPECT_EQ(resolver.resolve("09/06/25", "2025-06-09 10:00:00 UTC").value().day, day(2025, 6, 9));
  EXPECT_TRUE(resolver.resolve("09/06/25", "2025-06-09 10:00:00 UTC").value().instant);
}

TEST(PostedDateResolver, ReadsV1InstantsInPostedDate) {
  PostedDateResolver resolver(day(2025, 6, 1), day(2025, 6, 15));
  const auto posted = resolver.resolve("2025-06-06T23:04:51+00:00", "").value();
  EXPECT_EQ(posted.day, day(2025, 6, 6));
  EXPECT_EQ(to_iso_instant(*posted.instant), "2025-06-06T23:04:51Z");
}

TEST(PostedDateResolver, ReadsAnAmbiguousDateTheWayThatFitsThePeriod) {
  PostedDateResolver june(day(2025, 6, 1), day(2025, 6, 15));
  EXPECT_EQ(june.resolve("09/06/25", "").value().day, day(2025, 6, 9));
  PostedDateResolver september(day(2025, 9, 1), day(2025, 9, 15));
  EXPECT_EQ(september.resolve("09/06/25", "").value().day, day(2025, 9, 6));
}

TEST(PostedDateResolver, LearnsTheFilesOrderFromAnUnambiguousRow) {
  // A long first period where both readings of 05/06 fit; 25/05 settles that the file is day-first.
  PostedDateResolver resolver(day(2025, 4, 1), day(2025, 6, 30));
  EXPECT_EQ(resolver.resolve("25/05/25", "").value().day, day(2025, 5, 25));
  EXPECT_EQ(resolver.resolve("05/06/25", "").value().day, day(2025, 6, 5));
}

TEST(PostedDateResolver, RefusesToGuess) {
  PostedDateResolver resolver(day(2025, 4, 1), day(2025, 6, 30));
  const auto result = resolver.resolve("05/06/25", "");
  ASSERT_FALSE(result);
  EXPECT_NE(result.error().find("2025-05-06 or 2025-06-05"), std::string::npos);
}

TEST(PostedDateResolver, RefusesAFileThatContradictsItself) {
  PostedDateResolver resolver(day(2025, 4, 1), day(2025, 6, 30));
  ASSERT_TRUE(resolver.resolve("25/05/25", ""));
  EXPECT_FALSE(resolver.resolve("05/25/25", ""));
}

TEST(PostedDateResolver, ToleratesADayEitherSideOfThePeriod) {
  const PostedDateResolver resolver(day(2025, 6, 1), day(2025, 6, 15));
  EXPECT_TRUE(resolver.inside_period(day(2025, 5, 31)));
  EXPECT_TRUE(resolver.inside_period(day(2025, 6, 16)));
  EXPECT_FALSE(resolver.inside_period(day(2025, 5, 30)));
  EXPECT_FALSE(resolver.inside_period(day(2025, 6, 17)));
}

} // namespace
} // namespace recon
