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

BankStatement statement(std::deque<BankLine> lines, Day first, Day last) { return {"bank.csv", usd, std::move(lines), first, last}; }

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

// The month-end close: a statement that starts inside the deposit's window (18–25 March) cannot
// tell that the deposit did not arrive on the days before it.
TEST(Matching, AWindowTheExportsStartInsideIsNotCoveredNotMissing) {
  const auto result = match_deposits({first}, {statement({credit(day(2026, 3, 22), 100, "OTHER", 2)}, day(2026, 3, 20), day(2026, 4, 19))});
  EXPECT_EQ(result.deposits[0].status, DepositStatus::not_covered);
  ASSERT_EQ(result.findings.size(), 1U);
  EXPECT_EQ(result.findings[0].code, FindingCode::deposit_not_covered);
  EXPECT_EQ(result.findings[0].severity, Severity::info);
  EXPECT_THAT(result.findings[0].message, HasSubstr("do not cover 2026-03-18 to 2026-03-19"));
}

TEST(Matching, DaysBetweenTwoExportsAreNotCovered) {
  const auto gap = match_deposits({first}, {statement({}, day(2026, 3, 1), day(2026, 3, 19)),
                                            statement({}, day(2026, 3, 23), day(2026, 3, 31))});
  EXPECT_EQ(gap.deposits[0].status, DepositStatus::not_covered);
  ASSERT_EQ(gap.findings.size(), 1U);
  EXPECT_THAT(gap.findings[0].message, HasSubstr("do not cover 2026-03-20 to 2026-03-22"));

  // Exports that meet (one ends on the 19th, the next starts on the 20th) cover every day.
  const auto meeting = match_deposits({first}, {statement({}, day(2026, 3, 20), day(2026, 3, 31)),
                                                statement({}, day(2026, 3, 1), day(2026, 3, 19))});
  EXPECT_EQ(meeting.deposits[0].status, DepositStatus::missing);
}

TEST(Matching, CoverageIsCountedInTheSettlementsCurrencyOnly) {
  // A CAD account exported for all of March says nothing of the USD account's 18–19 March.
  BankStatement cad = statement({}, day(2026, 3, 1), day(2026, 3, 31));
  cad.currency = *Currency::from_code("CAD");
  const auto result = match_deposits({first}, {cad, statement({}, day(2026, 3, 20), day(2026, 3, 31))});
  EXPECT_EQ(result.deposits[0].status, DepositStatus::not_covered);
}

TEST(Matching, AnExportOfDebitsOnlyStillCoversItsDays) {
  // A debit can pay no settlement and is not kept, but the days it covers still count.
  const auto result = match_deposits({first}, {statement({}, day(2026, 3, 1), day(2026, 3, 31))});
  EXPECT_EQ(result.deposits[0].status, DepositStatus::missing);
}

TEST(Matching, RaisesAtMostTheLimitOfUnexplainedCreditsAndSumsUpTheRest) {
  std::deque<BankLine> lines;
  for (unsigned i = 0; i < 5; ++i) lines.push_back(credit(day(2026, 3, 10 + i), 100 + i, "AMAZON", 2 + i));
  MatchOptions options;
  options.most_unexplained = 2;
  const auto result = match_deposits({}, {statement(lines, day(2026, 3, 1), day(2026, 3, 31))}, options);
  ASSERT_EQ(result.findings.size(), 3U);
  EXPECT_EQ(result.findings[1].source->line, 3U);
  EXPECT_EQ(result.findings[2].code, FindingCode::bank_unexplained);
  EXPECT_EQ(to_plain_string(*result.findings[2].amount), "3.09"); // 1.02 + 1.03 + 1.04
  EXPECT_EQ(result.findings[2].source->line, 4U);
  EXPECT_THAT(result.findings[2].message, HasSubstr("3 more bank credits"));
  EXPECT_THAT(result.findings[2].message, HasSubstr("dated 2026-03-12 to 2026-03-14"));
}

TEST(Matching, FindsEachOfManySettlementsAmongManyCredits) {
  // Many settlements against many credits of other amounts: each still finds its own line.
  std::vector<Settlement> settlements;
  std::deque<BankLine> lines;
  for (unsigned i = 0; i < 200; ++i) {
    Settlement s = first;
    s.id = std::to_string(17000002000 + i);
    s.total = Money(100000 + i, usd);
    s.deposit_date = day(2026, 3, 1) + date::days{i % 20};
    settlements.push_back(s);
    lines.push_back(credit(s.deposit_date + date::days{2}, 100000 + i, "DEPOSIT", 2 + i));
    lines.push_back(credit(s.deposit_date, 900000 + i, "OTHER", 1000 + i));
  }
  const auto result = match_deposits(settlements, {statement(lines, day(2026, 3, 1), day(2026, 4, 30))});
  for (unsigned i = 0; i < 200; ++i) {
    ASSERT_EQ(result.deposits[i].status, DepositStatus::matched);
    EXPECT_EQ(result.deposits[i].bank->source.line, 2U + i);
  }
  EXPECT_TRUE(result.findings.empty());
}

} // namespace
} // namespace recon
