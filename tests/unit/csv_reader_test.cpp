#include "io/csv_reader.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "recon/base/input_error.hpp"

namespace recon {
namespace {

std::vector<CsvRecord> records_of(const std::string& text, char delimiter = ',') {
  CsvReader reader("test.csv", lines_of(text), delimiter);
  std::vector<CsvRecord> records;
  CsvRecord record;
  while (reader.next(record)) records.push_back(record);
  return records;
}

TEST(CsvReader, SplitsPlainAndQuotedFields) {
  const auto records = records_of("a,b,,d\n\"x, y\",\"say \"\"hi\"\"\",\"\"\n");
  ASSERT_EQ(records.size(), 2U);
  EXPECT_EQ(records[0].fields, (std::vector<std::string>{"a", "b", "", "d"}));
  EXPECT_EQ(records[1].fields, (std::vector<std::string>{"x, y", "say \"hi\"", ""}));
  EXPECT_EQ(records[1].line, 2U);
}

TEST(CsvReader, KeepsLineBreaksInsideQuotes) {
  const auto records = records_of("1,\"two\nlines\",3\n4,5,6\n");
  ASSERT_EQ(records.size(), 2U);
  EXPECT_EQ(records[0].fields[1], "two\nlines");
  EXPECT_EQ(records[1].line, 3U);
}

TEST(CsvReader, TakesQuotesInsideAnUnquotedFieldAsText) {
  // Only a quote that opens a field quotes it; one later is text, and so is what follows a closing
  // quote, up to the delimiter. Trailing and leading empty fields count.
  const auto records = records_of("5\" screen,a \"b\",\"x\"y\"z\",,\n,\"\"\"\"\n");
  ASSERT_EQ(records.size(), 2U);
  EXPECT_EQ(records[0].fields, (std::vector<std::string>{"5\" screen", "a \"b\"", "xy\"z\"", "", ""}));
  EXPECT_EQ(records[1].fields, (std::vector<std::string>{"", "\""}));
}

TEST(CsvReader, HonoursOtherDelimiters) {
  EXPECT_EQ(records_of("a;b;\"c;d\"\n", ';')[0].fields, (std::vector<std::string>{"a", "b", "c;d"}));
}

TEST(CsvReader, RefusesAnUnclosedQuote) {
  try {
    (void)records_of("a,b\n\"never closed,c\nmore\n");
    FAIL() << "an unclosed quote must be refused";
  } catch (const InputError& error) {
    EXPECT_EQ(error.line(), 2U);
    EXPECT_THAT(error.message(), ::testing::HasSubstr("never closed"));
  }
}

} // namespace
} // namespace recon
