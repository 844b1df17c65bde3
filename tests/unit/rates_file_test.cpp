#include "recon/ingest/rates_file.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "recon/base/input_error.hpp"
#include "temp_file.hpp"

namespace recon {
namespace {

using ::testing::HasSubstr;

const Currency usd = *Currency::from_code("USD");
const Currency cad = *Currency::from_code("CAD");
const Currency gbp = *Currency::from_code("GBP");
const Currency eur = *Currency::from_code("EUR");

Day day(int y, unsigned m, unsigned d) { return Day{date::year{y} / date::month{m} / date::day{d}}; }

// "LINE: message" of the error reading `text` as a rates file, or "read" when it is read.
std::string refusal(const std::string& text) {
  const test::TempFile file(text, "rates.csv");
  try {
    (void)read_rates_file(file.path());
  } catch (const InputError& error) {
    return std::to_string(error.line()) + ": " + error.message();
  }
  return "read";
}

TEST(RatesFile, ReadsTheEcbHistoryWithItsTrailingCommasAndGaps) {
  // The ECB writes the newest day first, ends rows with a comma and writes N/A where a currency was
  // not quoted; CYP is a currency of the history recon does not know.
  const test::TempFile file("Date,USD,JPY,CYP,CAD,GBP,\r\n"
                            "2026-03-20,1.0876,161.23,N/A,1.4800,0.8512,\r\n"
                            "2026-03-19,1.0850,160.90,N/A,N/A,0.8500,\r\n",
                            "eurofxref-hist.csv");
  const ExchangeRates rates = read_rates_file(file.path());
  EXPECT_EQ(rates.on(day(2026, 3, 20), eur, usd)->rate, *Rate::parse("1.0876"));
  EXPECT_EQ(rates.on(day(2026, 3, 20), cad, usd)->rate.to_decimal(6), "0.734865");
  const auto monday_before = rates.on(day(2026, 3, 19), cad, usd);
  EXPECT_FALSE(monday_before); // CAD was N/A, and nothing earlier
  const auto weekend = rates.on(day(2026, 3, 22), eur, gbp);
  ASSERT_TRUE(weekend);
  EXPECT_EQ(weekend->published, day(2026, 3, 20));
}

TEST(RatesFile, ReadsAPlainDateFromToRateFile) {
  const test::TempFile file("date,from,to,rate\n2026-01-16,CAD,USD,0.7563\n", "rates.csv");
  const ExchangeRates rates = read_rates_file(file.path());
  EXPECT_EQ(rates.on(day(2026, 1, 17), cad, usd)->rate, *Rate::parse("0.7563"));
  EXPECT_EQ(rates.on(day(2026, 1, 17), usd, cad)->rate, Rate::parse("0.7563")->inverse());
}

TEST(RatesFile, RefusesWhatItCannotRead) {
  EXPECT_THAT(refusal("Datum;USD\n"), HasSubstr("1: this is not a rates file"));
  EXPECT_THAT(refusal("Date,USD\n2026-03-20,1,0876\n"), HasSubstr("2: 3 cells where the header has 2"));
  EXPECT_THAT(refusal("Date,USD\n20.03.2026,1.0876\n"), HasSubstr("2: \"20.03.2026\" is not a date"));
  EXPECT_THAT(refusal("date,from,to,rate\n2026-03-20,CAD,USD,-0.75\n"), HasSubstr("2: the rate \"-0.75\" is not a positive"));
  EXPECT_THAT(refusal("date,from,to,rate\n2026-03-20,CAD,XXX,0.75\n"), HasSubstr("\"XXX\" is not an ISO 4217 code"));
  EXPECT_THAT(refusal(""), HasSubstr("0: the rates file is empty"));
}

// A day is YYYY-MM-DD and nothing else: ten characters that stop short of that shape, with a
// month or day of one digit and text after it, are not a day with a comment.
TEST(RatesFile, RefusesADayWithTextAfterIt) {
  EXPECT_THAT(refusal("Date,USD\n2026-03-2x,1.0876\n"), HasSubstr("2: \"2026-03-2x\" is not a date as YYYY-MM-DD"));
  EXPECT_THAT(refusal("date,from,to,rate\n2026-3-20x,CAD,USD,0.75\n"), HasSubstr("2: \"2026-3-20x\" is not a date as YYYY-MM-DD"));
  EXPECT_THAT(refusal("Date,USD\n2026-02-29,1.0876\n"), HasSubstr("2: \"2026-02-29\" is not a date as YYYY-MM-DD"));
}

} // namespace
} // namespace recon
