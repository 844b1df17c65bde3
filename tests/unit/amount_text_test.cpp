#include "recon/base/amount_text.hpp"

#include <string>

#include <gtest/gtest.h>

namespace recon {
namespace {

std::int64_t parsed(std::string_view text, int exponent, DecimalMark mark) {
  const auto result = parse_minor_units(text, exponent, mark);
  EXPECT_TRUE(result.ok()) << text << ": " << (result.ok() ? "" : result.error());
  return result.ok() ? result.value() : 0;
}

std::string refusal(std::string_view text, int exponent, DecimalMark mark) {
  const auto result = parse_minor_units(text, exponent, mark);
  EXPECT_FALSE(result.ok()) << text << " should be refused";
  return result.ok() ? "" : result.error();
}

TEST(ParseMinorUnits, ReadsDecimalPointAmounts) {
  EXPECT_EQ(parsed("212118.95", 2, DecimalMark::point), 21211895);
  EXPECT_EQ(parsed("-32.40", 2, DecimalMark::point), -3240);
  EXPECT_EQ(parsed("+5.5", 2, DecimalMark::point), 550);
  EXPECT_EQ(parsed("7", 2, DecimalMark::point), 700);
  EXPECT_EQ(parsed("-0.01", 2, DecimalMark::point), -1);
  EXPECT_EQ(parsed(".5", 2, DecimalMark::point), 50);
}

TEST(ParseMinorUnits, ReadsDecimalCommaAmounts) {
  EXPECT_EQ(parsed("179,99", 2, DecimalMark::comma), 17999);
  EXPECT_EQ(parsed("-32,40", 2, DecimalMark::comma), -3240);
  EXPECT_EQ(parsed("1.234,56", 2, DecimalMark::comma), 123456);
}

TEST(ParseMinorUnits, ToleratesPaddingAsRealFilesHaveIt) {
  EXPECT_EQ(parsed("32.09    ", 2, DecimalMark::point), 3209);
  EXPECT_EQ(parsed("  -1.00\r", 2, DecimalMark::point), -100);
}

TEST(ParseMinorUnits, AcceptsGroupingOnlyInGroupsOfThree) {
  EXPECT_EQ(parsed("1,234,567.89", 2, DecimalMark::point), 123456789);
  refusal("12,34.00", 2, DecimalMark::point);
  refusal("1,2345.00", 2, DecimalMark::point);
  refusal(",123.00", 2, DecimalMark::point);
}

TEST(ParseMinorUnits, RespectsTheCurrencysExponent) {
  EXPECT_EQ(parsed("1500", 0, DecimalMark::point), 1500);
  EXPECT_EQ(parsed("1500.00", 0, DecimalMark::point), 1500); // extra zeros lose nothing
  EXPECT_EQ(parsed("12.500", 2, DecimalMark::point), 1250);
  EXPECT_EQ(parsed("0.125", 3, DecimalMark::point), 125);
  EXPECT_NE(refusal("12.345", 2, DecimalMark::point).find("3 decimals"), std::string::npos);
  refusal("1500.5", 0, DecimalMark::point);
}

TEST(ParseMinorUnits, RefusesWhatIsNotAnExactNumber) {
  refusal("", 2, DecimalMark::point);
  refusal("   ", 2, DecimalMark::point);
  refusal("-", 2, DecimalMark::point);
  refusal("12.3.4", 2, DecimalMark::point);
  refusal("$12.00", 2, DecimalMark::point);
  refusal("12.00 USD", 2, DecimalMark::point);
  refusal("--5", 2, DecimalMark::point);
  refusal("1 234.00", 2, DecimalMark::point);
  EXPECT_NE(refusal("1.23E+05", 2, DecimalMark::point).find("scientific"), std::string::npos);
  refusal("12.34", 2, DecimalMark::comma); // a dot is grouping in a comma file: 12.34 is malformed
}

TEST(ParseMinorUnits, RefusesOverflowInsteadOfWrapping) {
  EXPECT_EQ(parsed("92233720368547758.07", 2, DecimalMark::point), std::numeric_limits<std::int64_t>::max());
  EXPECT_EQ(parsed("-92233720368547758.08", 2, DecimalMark::point), std::numeric_limits<std::int64_t>::min());
  EXPECT_NE(refusal("92233720368547758.08", 2, DecimalMark::point).find("too large"), std::string::npos);
  refusal("99999999999999999999999", 0, DecimalMark::point);
}

TEST(ImpliedDecimalMark, ReadsTheMarkFromTheLastSeparator) {
  EXPECT_EQ(implied_decimal_mark("179,99"), DecimalMark::comma);
  EXPECT_EQ(implied_decimal_mark("-32.40"), DecimalMark::point);
  EXPECT_EQ(implied_decimal_mark("1,234.56"), DecimalMark::point);
  EXPECT_EQ(implied_decimal_mark("1.234,56"), DecimalMark::comma);
  EXPECT_EQ(implied_decimal_mark("1,234,567"), DecimalMark::point);
  EXPECT_EQ(implied_decimal_mark("5,5"), DecimalMark::comma);
}

TEST(ImpliedDecimalMark, SaysNothingWhenTheTextCannotTell) {
  EXPECT_FALSE(implied_decimal_mark("1250"));
  EXPECT_FALSE(implied_decimal_mark("1.234"));
  EXPECT_FALSE(implied_decimal_mark("1,234"));
}

TEST(AmountReader, LearnsTheMarkFromTheFirstAmountThatShowsIt) {
  AmountReader reader(2);
  EXPECT_EQ(reader.read("100").value(), 10000);
  EXPECT_FALSE(reader.mark());
  EXPECT_EQ(reader.read("179,99").value(), 17999);
  EXPECT_EQ(reader.mark(), DecimalMark::comma);
  EXPECT_EQ(reader.read("1.234").value(), 123400); // now unambiguous: grouping
  EXPECT_FALSE(reader.read("12.34").ok());
}

TEST(AmountReader, RefusesAnAmbiguousAmountBeforeTheMarkIsKnown) {
  AmountReader reader(2);
  const auto result = reader.read("1.234");
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.error().find("decimal point and a decimal comma"), std::string::npos);
}

} // namespace
} // namespace recon
