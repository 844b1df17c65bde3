#include "recon/post/clearing_explanation.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "recon/run/foot.hpp"
#include "recon/post/posting.hpp"

namespace recon {
namespace {

using ::testing::HasSubstr;

const std::string chain = std::string(RECON_TESTDATA_DIR) + "/periods/negative-chain/";

Report settled(const std::vector<std::string>& names, const std::vector<DepositMatch>& deposits = {}) {
  std::vector<std::string> files;
  for (const auto& name : names) files.push_back(chain + name);
  Report report = read_and_foot(files);
  std::vector<Settlement> settlements;
  for (const auto& reported : report.settlements) settlements.push_back(reported.settlement);
  const PostingResult posted = post_settlements(settlements, AccountMap::built_in(), {}, deposits);
  for (std::size_t i = 0; i < settlements.size(); ++i) report.settlements[i].posted = posted.posted[i];
  return report;
}

TEST(ClearingExplanation, AWholeChainLeavesExactlyTheReserve) {
  const auto explanations = explain_clearing(settled({"settlement-1.txt", "settlement-2.txt", "settlement-3.txt",
                                                      "settlement-4.txt", "settlement-5.txt"}));
  ASSERT_EQ(explanations.size(), 1U);
  EXPECT_TRUE(explanations[0].explained);
  EXPECT_EQ(to_plain_string(explanations[0].balance), "132.60");
  EXPECT_EQ(explanations[0].sentence,
            "Amazon Clearing (Assets:Amazon:Clearing:US) is 132.60 USD: the reserve Amazon still holds (132.60 USD).");
}

TEST(ClearingExplanation, NamesANegativeBalanceStillToCollect) {
  const auto explanation = explain_clearing(settled({"settlement-1.txt", "settlement-2.txt"})).front();
  EXPECT_TRUE(explanation.explained);
  EXPECT_EQ(to_plain_string(explanation.balance), "8.05"); // 95.50 held − 87.45 owed
  EXPECT_THAT(explanation.sentence, HasSubstr("less the negative balance of settlement 18000002008 that Amazon will collect (87.45 USD)"));
}

TEST(ClearingExplanation, AccountsForWhatCameBeforeTheFirstSettlementGiven) {
  const auto explanation = explain_clearing(settled({"settlement-3.txt", "settlement-4.txt"})).front();
  EXPECT_TRUE(explanation.explained);
  EXPECT_EQ(to_plain_string(explanation.balance), "101.95"); // 110.00 − 95.50 + 87.45
  EXPECT_THAT(explanation.sentence, HasSubstr("less the reserve it already held before settlement 18000002015 (95.50 USD)"));
  EXPECT_THAT(explanation.sentence, HasSubstr("plus the earlier negative balance that settlement 18000002015 carried in (87.45 USD)"));
}

// A deposit the bank exports do not cover is not posted, like one in transit: clearing still holds
// it, and the explanation says so rather than calling it unexplained.
TEST(ClearingExplanation, CountsADepositOnUncoveredDaysAsStillInClearing) {
  const std::vector<DepositMatch> deposits{{DepositStatus::not_covered, std::nullopt}};
  const auto explanation = explain_clearing(settled({"settlement-1.txt"}, deposits)).front();
  const auto posted_anyway = explain_clearing(settled({"settlement-1.txt"})).front();
  EXPECT_TRUE(explanation.explained);
  EXPECT_EQ(to_plain_string(explanation.balance), "445.20"); // 120.00 held + the 325.20 deposit, not posted
  EXPECT_EQ(to_plain_string(posted_anyway.balance), "120.00");
  EXPECT_THAT(explanation.sentence, HasSubstr("plus deposits on days the bank exports do not cover ("));
}

} // namespace
} // namespace recon
