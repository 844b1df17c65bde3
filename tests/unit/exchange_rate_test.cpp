#include "recon/base/exchange_rate.hpp"

#include <gtest/gtest.h>

#include "recon/model/exchange_rates.hpp"

namespace recon {
namespace {

const Currency usd = *Currency::from_code("USD");
const Currency cad = *Currency::from_code("CAD");
const Currency eur = *Currency::from_code("EUR");
const Currency jpy = *Currency::from_code("JPY");
const Currency gbp = *Currency::from_code("GBP");

Day day(int y, unsigned m, unsigned d) { return Day{date::year{y} / date::month{m} / date::day{d}}; }

TEST(Rate, ReadsDecimalsExactly) {
  const auto rate = Rate::parse("1.0876");
  ASSERT_TRUE(rate);
  EXPECT_EQ(rate->numerator(), 2719);
  EXPECT_EQ(rate->denominator(), 2500);
  EXPECT_EQ(rate->to_decimal(6), "1.087600");
  EXPECT_EQ(Rate::parse("161.23")->to_decimal(2), "161.23");
  EXPECT_EQ(Rate::parse("7"), Rate::of(7, 1));
}

TEST(Rate, RefusesWhatIsNotAPositiveDecimal) {
  for (const char* text : {"", ".", "0", "0.000", "-1.2", "+1.2", "1,2", "1e3", "1.2.3", "N/A", "1234567890123456789"}) {
    EXPECT_FALSE(Rate::parse(text)) << text;
  }
}

TEST(Rate, ImpliedByTwoAmountsOfDifferentDecimals) {
  // 1,000.00 CAD arriving as 745.12 USD; 10,000 JPY arriving as 66.84 USD.
  EXPECT_EQ(Rate::implied(Money(74512, usd), Money(100000, cad))->to_decimal(6), "0.745120");
  EXPECT_EQ(Rate::implied(Money(6684, usd), Money(10000, jpy))->to_decimal(6), "0.006684");
  EXPECT_FALSE(Rate::implied(Money(0, usd), Money(100, cad)));
}

TEST(Rate, ConvertsRoundingHalfToEven) {
  const Rate half = *Rate::parse("0.5");
  EXPECT_EQ(half.convert(Money(25, cad), usd), Money(12, usd)); // 12.5 cents -> 12
  EXPECT_EQ(half.convert(Money(27, cad), usd), Money(14, usd)); // 13.5 cents -> 14
  EXPECT_EQ(Rate::parse("0.7563")->convert(Money(100000, cad), usd), Money(75630, usd));
  EXPECT_EQ(Rate::parse("161.23")->convert(Money(1000, eur), jpy), Money(1612, jpy)); // 1612.3 yen
  EXPECT_EQ(Rate::parse("0.0067")->convert(Money(150, jpy), usd), Money(100, usd));   // 1.005 USD -> 1.00
}

TEST(Rate, ComparesWithinABand) {
  const Rate reference = *Rate::parse("0.7563");
  EXPECT_TRUE(Rate::parse("0.74512")->within_percent_of(reference, 5));
  EXPECT_TRUE(Rate::parse("0.718485")->within_percent_of(reference, 5)); // exactly 5 % below
  EXPECT_FALSE(Rate::parse("0.718484")->within_percent_of(reference, 5));
  EXPECT_FALSE(Rate::parse("1")->within_percent_of(reference, 5));
  EXPECT_LT(*Rate::parse("0.5"), *Rate::parse("0.75"));
}

// Rates and amounts far beyond real ones: their products pass 128 bits, and the answer is "cannot
// tell" (no amount, not plausible), never a wrapped number.
TEST(Rate, ExtremeValuesAreRefusedNotWrapped) {
  const Money most(INT64_MAX, jpy);
  const auto huge = Rate::of(INT64_MAX, 1);
  const auto tiny = Rate::of(1, INT64_MAX);
  ASSERT_TRUE(huge && tiny);
  EXPECT_FALSE(huge->convert(most, *Currency::from_code("KWD"))); // 3 decimals more than JPY
  EXPECT_FALSE(huge->convert(most, usd));
  EXPECT_FALSE(tiny->within_percent_of(*huge, 5));
  EXPECT_FALSE(huge->within_percent_of(*tiny, 5));
  EXPECT_TRUE(huge->within_percent_of(*huge, 5));
}

TEST(ExchangeRates, CrossesThroughTheEuroOnOneDay) {
  ExchangeRates rates;
  rates.add(day(2026, 3, 20), eur, usd, *Rate::parse("1.0876"));
  rates.add(day(2026, 3, 20), eur, cad, *Rate::parse("1.4800"));
  const auto quote = rates.on(day(2026, 3, 20), cad, usd);
  ASSERT_TRUE(quote);
  EXPECT_EQ(quote->rate, *Rate::of(10876, 14800)); // USD per EUR / CAD per EUR, exactly
  EXPECT_EQ(quote->rate.to_decimal(6), "0.734865");
  EXPECT_EQ(rates.on(day(2026, 3, 20), usd, eur)->rate, Rate::parse("1.0876")->inverse());
}

TEST(ExchangeRates, TakesTheLastEarlierPublishedDayAndSaysWhich) {
  ExchangeRates rates;
  rates.add(day(2026, 3, 20), eur, gbp, *Rate::parse("0.8512")); // a Friday
  const auto sunday = rates.on(day(2026, 3, 22), eur, gbp);
  ASSERT_TRUE(sunday);
  EXPECT_EQ(sunday->published, day(2026, 3, 20));
  EXPECT_FALSE(rates.on(day(2026, 3, 19), eur, gbp)); // nothing before
  EXPECT_FALSE(rates.on(day(2026, 3, 28), eur, gbp)); // more than a week old: no reference
}

TEST(ExchangeRates, CrossesOnlyRatesOfTheSameDay) {
  ExchangeRates rates;
  rates.add(day(2026, 3, 19), eur, usd, *Rate::parse("1.08"));
  rates.add(day(2026, 3, 19), eur, cad, *Rate::parse("1.47"));
  rates.add(day(2026, 3, 20), eur, usd, *Rate::parse("1.09")); // CAD N/A that day
  const auto quote = rates.on(day(2026, 3, 20), cad, usd);
  ASSERT_TRUE(quote);
  EXPECT_EQ(quote->published, day(2026, 3, 19));
  EXPECT_EQ(quote->rate, *Rate::of(108, 147));
}

TEST(ExchangeRates, PrefersAPairGivenDirectly) {
  ExchangeRates rates;
  rates.add(day(2026, 3, 20), cad, usd, *Rate::parse("0.75"));
  rates.add(day(2026, 3, 20), eur, usd, *Rate::parse("1.0876"));
  rates.add(day(2026, 3, 20), eur, cad, *Rate::parse("1.48"));
  EXPECT_EQ(rates.on(day(2026, 3, 20), cad, usd)->rate, *Rate::parse("0.75"));
  EXPECT_EQ(rates.on(day(2026, 3, 20), usd, cad)->rate, Rate::parse("0.75")->inverse());
}

} // namespace
} // namespace recon
