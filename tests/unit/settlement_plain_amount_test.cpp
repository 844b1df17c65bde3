// The settlement reader's one-pass amount reading, held against the plain path: whatever it
// accepts, AmountReader::read must accept with the same value.

#include "ingest/settlement_plain_amount.hpp"

#include <random>
#include <string>

#include <gtest/gtest.h>

namespace recon {
namespace {

// A reader that already knows the file's mark, as it does for every row but the first few.
AmountReader reader_knowing(DecimalMark mark, int exponent) {
  AmountReader reader(exponent);
  (void)reader.read(mark == DecimalMark::point ? "1,234.5" : "1.234,5");
  return reader;
}

void expect_same_as_read(AmountReader& reader, const std::string& text, std::size_t& accepted) {
  const auto plain = read_plain_amount(text, reader.exponent(), reader.mark());
  if (!plain) return;
  ++accepted;
  const auto full = reader.read(text);
  ASSERT_TRUE(full.ok()) << '"' << text << "\" " << full.error();
  EXPECT_EQ(*plain, full.value()) << '"' << text << '"';
}

TEST(PlainAmount, ReadsTheUsualSpellingsAsTheFullReaderDoes) {
  std::size_t accepted = 0;
  AmountReader point = reader_knowing(DecimalMark::point, 2);
  for (const std::string text : {"-32.40", "32.09    ", "0.00", "-0.01", "1234567.89", "12", "-7", "99999999999999.99"}) {
    expect_same_as_read(point, text, accepted);
  }
  AmountReader comma = reader_knowing(DecimalMark::comma, 2);
  for (const std::string text : {"179,99", "-0,50", "3", "42,00  "}) expect_same_as_read(comma, text, accepted);
  AmountReader yen = reader_knowing(DecimalMark::point, 0);
  for (const std::string text : {"1500", "-250"}) expect_same_as_read(yen, text, accepted);
  EXPECT_EQ(accepted, 14U);
  // Grouped, padded in front, or with the other mark: left to the full reader.
  for (const std::string text : {"1,234.56", " 32.40", "32,40", "32.4", "+5.00", "1e3", "", "-"}) {
    EXPECT_FALSE(read_plain_amount(text, 2, DecimalMark::point)) << '"' << text << '"';
  }
}

TEST(PlainAmount, AcceptsNothingTheFullReaderReadsOtherwise) {
  // Random texts of the characters amounts are made of, for every exponent and mark.
  std::mt19937 random(7);
  constexpr std::string_view alphabet = "0123456789-., ";
  std::uniform_int_distribution<std::size_t> length_of(0, 12);
  std::uniform_int_distribution<std::size_t> character(0, alphabet.size() - 1);
  std::size_t accepted = 0;
  for (int exponent : {0, 2, 3}) {
    for (const DecimalMark mark : {DecimalMark::point, DecimalMark::comma}) {
      AmountReader reader = reader_knowing(mark, exponent);
      ASSERT_EQ(reader.mark(), mark);
      for (int i = 0; i < 20000; ++i) {
        std::string text;
        for (std::size_t n = length_of(random); n > 0; --n) text += alphabet[character(random)];
        expect_same_as_read(reader, text, accepted);
      }
    }
  }
  EXPECT_GT(accepted, 1000U); // the texts did exercise the one-pass reading
}

} // namespace
} // namespace recon
