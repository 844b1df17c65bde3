#include "recon/ingest/settlement_id.hpp"

#include <gtest/gtest.h>

namespace recon {
namespace {

TEST(SpreadsheetDamage, AcceptsRealIds) {
  EXPECT_FALSE(spreadsheet_damage("17000001003"));
  EXPECT_FALSE(spreadsheet_damage("23874396421"));
  EXPECT_FALSE(spreadsheet_damage("PO-2026-0001")); // other marketplaces' ids may have letters
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

} // namespace
} // namespace recon
