#include "recon/ingest/settlement_id.hpp"

#include <gtest/gtest.h>

namespace recon {
namespace {

TEST(SpreadsheetDamage, AcceptsRealIds) {
  EXPECT_FALSE(spreadsheet_damage("17000001003"));
  EXPECT_FALSE(spreadsheet_damage("23874396421"));
}

TEST(SpreadsheetDamage, RecognisesScientificNotation) {
  EXPECT_TRUE(spreadsheet_damage("1.70000E+10"));
  EXPECT_TRUE(spreadsheet_damage("1,7E+10"));
  EXPECT_TRUE(spreadsheet_damage("2.38744E+10"));
  EXPECT_TRUE(spreadsheet_damage("17000001003e0"));
}

TEST(SpreadsheetDamage, RecognisesNumberFormatting) {
  EXPECT_TRUE(spreadsheet_damage("17000001003.0"));
  EXPECT_TRUE(spreadsheet_damage("17000001003,00"));
  EXPECT_TRUE(spreadsheet_damage("17,000,001,003"));
}

TEST(FirstNonDigit, AcceptsDigitsOnly) {
  EXPECT_FALSE(first_non_digit("17000001003"));
  EXPECT_FALSE(first_non_digit("23874396421"));
}

TEST(FirstNonDigit, FindsWhatIsNotADigitAndShowsItVisibly) {
  const auto carriage_return = first_non_digit("1700\r0001003");
  ASSERT_TRUE(carriage_return);
  EXPECT_EQ(carriage_return->offset, 4U);
  EXPECT_EQ(carriage_return->length, 1U);
  EXPECT_EQ(carriage_return->shown, "\\r");
  EXPECT_EQ(first_non_digit("17\n")->shown, "\\n");
  EXPECT_EQ(first_non_digit("\x1b[2J")->shown, "U+001B");
  EXPECT_EQ(first_non_digit("=1+1")->shown, "'='");
  EXPECT_EQ(first_non_digit("PO-2026-0001")->shown, "'P'");
  const auto noncharacter = first_non_digit("17\xEF\xBF\xBF");
  ASSERT_TRUE(noncharacter);
  EXPECT_EQ(noncharacter->offset, 2U);
  EXPECT_EQ(noncharacter->length, 3U);
  EXPECT_EQ(noncharacter->shown, "U+FFFF");
  EXPECT_EQ(first_non_digit("1\xFF")->shown, "U+FFFD"); // not UTF-8: shown, not trusted
}

TEST(VisibleId, SpellsOutWhatATerminalWouldHideOrObey) {
  EXPECT_EQ(visible_id("17000001003"), "17000001003");
  EXPECT_EQ(visible_id("1700\r1003"), "1700\\r1003");
  EXPECT_EQ(visible_id("17\x1b[2J"), "17U+001B[2J");
  EXPECT_EQ(visible_id("=\"a\"\\"), "=\\\"a\\\"\\\\");
  EXPECT_EQ(visible_id("17\xEF\xBF\xBF"), "17U+FFFF");
}

} // namespace
} // namespace recon
