#include "recon/base/money.hpp"

#include <gtest/gtest.h>

#include <limits>

namespace recon {
namespace {

const Currency usd = *Currency::from_code("USD");
const Currency jpy = *Currency::from_code("JPY");
const Currency kwd = *Currency::from_code("KWD");

TEST(Currency, KnowsMinorUnitExponents) {
  EXPECT_EQ(usd.exponent(), 2);
  EXPECT_EQ(jpy.exponent(), 0);
  EXPECT_EQ(kwd.exponent(), 3);
  EXPECT_EQ(Currency::from_code("EUR")->code(), "EUR");
}

TEST(Currency, RefusesUnknownAndLowerCaseCodes) {
  EXPECT_FALSE(Currency::from_code("XYZ"));
  EXPECT_FALSE(Currency::from_code("usd"));
  EXPECT_FALSE(Currency::from_code(""));
}

TEST(Money, FormatsWithTheCurrencysDecimals) {
  EXPECT_EQ(to_plain_string(Money(5344, usd)), "53.44");
  EXPECT_EQ(to_plain_string(Money(-32169, usd)), "-321.69");
  EXPECT_EQ(to_plain_string(Money(5, usd)), "0.05");
  EXPECT_EQ(to_plain_string(Money(-5, usd)), "-0.05");
  EXPECT_EQ(to_plain_string(Money(0, usd)), "0.00");
  EXPECT_EQ(to_plain_string(Money(1500, jpy)), "1500");
  EXPECT_EQ(to_plain_string(Money(5, kwd)), "0.005");
}

TEST(Money, GroupsThousandsForPeople) {
  EXPECT_EQ(to_grouped_string(Money(123456789, usd)), "1,234,567.89");
  EXPECT_EQ(to_grouped_string(Money(-100000, usd)), "-1,000.00");
  EXPECT_EQ(to_grouped_string(Money(99999, usd)), "999.99");
  EXPECT_EQ(to_grouped_string(Money(1234567, jpy)), "1,234,567");
}

TEST(Money, FormatsTheExtremesWithoutOverflow) {
  const auto min = std::numeric_limits<std::int64_t>::min();
  EXPECT_EQ(to_plain_string(Money(min, usd)), "-92233720368547758.08");
  EXPECT_EQ(to_plain_string(Money(std::numeric_limits<std::int64_t>::max(), usd)), "92233720368547758.07");
}

TEST(Money, CheckedArithmeticRefusesOverflow) {
  const Money max(std::numeric_limits<std::int64_t>::max(), usd);
  EXPECT_FALSE(max.checked_plus(Money(1, usd)));
  EXPECT_FALSE(Money(std::numeric_limits<std::int64_t>::min(), usd).checked_negated());
  EXPECT_EQ(*Money(100, usd).checked_minus(Money(250, usd)), Money(-150, usd));
  EXPECT_THROW((void)(max + Money(1, usd)), std::overflow_error);
}

TEST(Money, RefusesToMixCurrencies) {
  EXPECT_THROW((void)(Money(1, usd) + Money(1, jpy)), std::logic_error);
}

} // namespace
} // namespace recon
