#include "recon/checks/settlement_merge.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "recon/ingest/settlement_reader.hpp"

namespace recon {
namespace {

using ::testing::HasSubstr;

const std::string demo = std::string(RECON_TESTDATA_DIR) + "/demo/";

Settlement demo_settlement(int n) { return read_settlement(demo + "settlement-0" + std::to_string(n) + ".txt"); }

TEST(ContentDigest, IgnoresHowTheFileWasWritten) {
  Settlement original = demo_settlement(1);
  Settlement copy = original;
  copy.file = "elsewhere.txt";
  copy.sha256 = "different bytes";
  copy.line_account.blank_lines = 3;
  EXPECT_EQ(content_digest(original), content_digest(copy));
  copy.total = copy.total + Money(1, copy.currency);
  EXPECT_NE(content_digest(original), content_digest(copy));
}

TEST(Merge, CountsTheSameSettlementOnce) {
  Settlement again = demo_settlement(2);
  again.file = "copy.txt";
  const auto merged = merge_settlements({demo_settlement(1)}, {demo_settlement(2), again, demo_settlement(1)});
  ASSERT_EQ(merged.settlements.size(), 2U);
  EXPECT_TRUE(merged.settlements[0].from_book);
  EXPECT_FALSE(merged.settlements[1].from_book);
  EXPECT_EQ(merged.settlements[1].also_given_in, std::vector<std::string>{"copy.txt"});
  ASSERT_EQ(merged.findings.size(), 2U);
  EXPECT_EQ(merged.findings[0].code, FindingCode::duplicate_settlement);
  EXPECT_THAT(merged.findings[1].message, HasSubstr("the one in the book"));
  ASSERT_EQ(merged.imports.size(), 3U);
  EXPECT_EQ(merged.imports[0].outcome, ImportOutcome::imported);
  EXPECT_EQ(merged.imports[1].outcome, ImportOutcome::duplicate);
  EXPECT_EQ(merged.imports[2].outcome, ImportOutcome::duplicate);
  EXPECT_EQ(outcome_name(ImportOutcome::changed), "changed"); // the book's words
}

TEST(Merge, KeepsTheFirstVersionOfAChangedSettlement) {
  Settlement changed = demo_settlement(3);
  changed.file = "changed.txt";
  changed.total = changed.total + Money(1000, changed.currency);
  const auto merged = merge_settlements({demo_settlement(3)}, {changed});
  ASSERT_EQ(merged.settlements.size(), 1U);
  EXPECT_EQ(to_plain_string(merged.settlements[0].settlement.total), "382.00");
  ASSERT_EQ(merged.findings.size(), 1U);
  EXPECT_EQ(merged.findings[0].code, FindingCode::settlement_changed);
  EXPECT_EQ(merged.findings[0].severity, Severity::error);
  EXPECT_EQ(to_plain_string(*merged.findings[0].amount), "10.00");
  EXPECT_THAT(merged.findings[0].message, HasSubstr("total 392.00 instead of 382.00"));
  EXPECT_EQ(merged.imports[0].outcome, ImportOutcome::changed);
}

} // namespace
} // namespace recon
