#include "recon/match/bank_matching.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "recon/ingest/settlement_reader.hpp"

namespace recon {
namespace {

using ::testing::HasSubstr;

const Currency usd = *Currency::from_code("USD");
const std::string demo = std::string(RECON_TESTDATA_DIR) + "/demo/";

Day day(int y, unsigned m, unsigned d) { return Day{date::year{y} / date::month{m} / date::day{d}}; }

BankLine credit(Day date, std::int64_t cents, std::string description, std::uint64_t line) {
  return {{"bank.csv", line}, date, Money(cents, usd), std::move(description)};
}

BankStatement statement(std::vector<BankLine> lines, Day first, Day last) { return {"bank.csv", std::move(lines), first, last}; }

// Settlement 1 of the demo: 640.27 USD, deposit date 2026-03-18.
const Settlement first = read_settlement(demo + "settlement-01.txt");

TEST(Matching, MatchesTheExactAmountInsideTheWindow) {
  const auto result = match_deposits({first}, {statement({credit(day(2026, 3, 17), 64027, "AMAZON early", 2),
                                                          credit(day(2026, 3, 20), 64027, "AMAZON", 3),
                                                          credit(day(2026, 3, 21), 64028, "AMAZON", 4)},
                                                         day(2026, 3, 1), day(2026, 3, 31))});
  ASSERT_EQ(result.deposits[0].status, DepositStatus::matched);
  EXPECT_EQ(result.deposits[0].bank->source.line, 3U);
  // The other two Amazon-looking credits are claimed by no settlement.
  EXPECT_EQ(result.findings.size(), 2U);
  EXPECT_EQ(result.findings[0].code, FindingCode::bank_unexplained);
}

TEST(Matching, PrefersTheLineNamingTheSettlementThenTheClosestDate) {
  const auto named = match_deposits({first}, {statement({credit(day(2026, 3, 19), 64027, "AMAZON", 2),
                                                         credit(day(2026, 3, 24), 64027, "AMAZON 17000001003", 3)},
                                                        day(2026, 3, 1), day(2026, 3, 31))});
  EXPECT_EQ(named.deposits[0].bank->source.line, 3U);
  const auto closest = match_deposits({first}, {statement({credit(day(2026, 3, 23), 64027, "AMAZON", 2),
                                                           credit(day(2026, 3, 19), 64027, "AMAZON", 3)},
                                                          day(2026, 3, 1), day(2026, 3, 31))});
  EXPECT_EQ(closest.deposits[0].bank->source.line, 3U);
}

TEST(Matching, RefusesToPickBetweenEquals) {
  const auto result = match_deposits({first}, {statement({credit(day(2026, 3, 19), 64027, "AMAZON", 2),
                                                          credit(day(2026, 3, 19), 64027, "AMZN", 3)},
                                                         day(2026, 3, 1), day(2026, 3, 31))});
  EXPECT_EQ(result.deposits[0].status, DepositStatus::missing);
  ASSERT_GE(result.findings.size(), 1U);
  EXPECT_EQ(result.findings[0].code, FindingCode::deposit_ambiguous);
  EXPECT_THAT(result.findings[0].message, HasSubstr("bank.csv:2 and bank.csv:3"));
}

TEST(Matching, UsesEachBankLineOnce) {
  Settlement twin = first;
  twin.id = "17000001999";
  twin.deposit_date = first.deposit_date + date::days{1};
  const auto result = match_deposits({first, twin}, {statement({credit(day(2026, 3, 20), 64027, "AMAZON", 2)}, day(2026, 3, 1),
                                                               day(2026, 3, 31))});
  EXPECT_EQ(result.deposits[0].status, DepositStatus::matched);
  EXPECT_EQ(result.deposits[1].status, DepositStatus::missing);
}

TEST(Matching, TellsMissingFromInTransitFromUncovered) {
  const auto missing = match_deposits({first}, {statement({credit(day(2026, 3, 30), 100, "OTHER", 2)}, day(2026, 3, 1), day(2026, 3, 30))});
  EXPECT_EQ(missing.deposits[0].status, DepositStatus::missing);
  EXPECT_EQ(missing.findings[0].code, FindingCode::deposit_missing);
  EXPECT_EQ(missing.findings[0].severity, Severity::error);
  EXPECT_THAT(missing.findings[0].message, HasSubstr("no bank credit of 640.27 USD between 2026-03-18 and 2026-03-25"));

  const auto in_transit = match_deposits({first}, {statement({credit(day(2026, 3, 19), 100, "OTHER", 2)}, day(2026, 3, 1), day(2026, 3, 19))});
  EXPECT_EQ(in_transit.deposits[0].status, DepositStatus::in_transit);
  EXPECT_EQ(in_transit.findings[0].severity, Severity::info);

  const auto before = match_deposits({first}, {statement({credit(day(2026, 4, 19), 100, "OTHER", 2)}, day(2026, 4, 1), day(2026, 4, 30))});
  EXPECT_EQ(before.deposits[0].status, DepositStatus::no_bank_data);
  EXPECT_TRUE(before.findings.empty());

  EXPECT_EQ(match_deposits({first}, {}).deposits[0].status, DepositStatus::no_bank_data);
}

} // namespace
} // namespace recon
