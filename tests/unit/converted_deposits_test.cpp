// Deposits Amazon converted into an account in another currency (src/match/converted_deposits.hpp),
// through match_deposits.
#include <memory>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "recon/ingest/settlement_reader.hpp"
#include "recon/match/bank_matching.hpp"

namespace recon {
namespace {

using ::testing::HasSubstr;

const Currency usd = *Currency::from_code("USD");
const Currency cad = *Currency::from_code("CAD");
const std::string demo = std::string(RECON_TESTDATA_DIR) + "/demo/";

Day day(int y, unsigned m, unsigned d) { return Day{date::year{y} / date::month{m} / date::day{d}}; }

BankLine cad_credit(Day date, std::int64_t cents, std::string description, std::uint64_t line) {
  return {{"cad.csv", line}, date, Money(cents, cad), std::move(description)};
}

BankStatement cad_account(std::deque<BankLine> lines) {
  return {"cad.csv", cad, std::move(lines), day(2026, 3, 1), day(2026, 3, 31), BankFormat::csv, CurrencyOrigin::file};
}

// Settlement 1 of the demo: 640.27 USD, Amazon's deposit date 2026-03-18; here paid into a CAD account.
const Settlement first = read_settlement(demo + "settlement-01.txt");

Settlement twin_of_first() {
  Settlement twin = first;
  twin.id = "17000001999";
  return twin;
}

MatchOptions with_rates(const std::string& usd_to_cad) {
  auto rates = std::make_shared<ExchangeRates>();
  rates->add(day(2026, 3, 18), usd, cad, *Rate::parse(usd_to_cad));
  MatchOptions options;
  options.rates = rates;
  return options;
}

TEST(ConvertedDeposits, MatchesTheOnlyAmazonCreditInAnotherCurrency) {
  const auto result = match_deposits({first}, {cad_account({cad_credit(day(2026, 3, 20), 86200, "PAYROLL", 2),
                                                            cad_credit(day(2026, 3, 20), 86200, "AMAZON.COM PAYMENTS", 3)})});
  ASSERT_EQ(result.deposits[0].status, DepositStatus::matched);
  EXPECT_EQ(result.deposits[0].bank->source.line, 3U); // the one that looks like Amazon's
  ASSERT_TRUE(result.deposits[0].conversion);
  EXPECT_EQ(result.deposits[0].conversion->rate.to_decimal(6), "1.346307");
  EXPECT_FALSE(result.deposits[0].conversion->reference);
  EXPECT_TRUE(result.findings.empty());
}

TEST(ConvertedDeposits, MeasuresTheCostAgainstTheReferenceRate) {
  const auto result = match_deposits({first}, {cad_account({cad_credit(day(2026, 3, 20), 86200, "AMAZON", 2)})},
                                     with_rates("1.3700"));
  ASSERT_TRUE(result.deposits[0].conversion);
  const Conversion& conversion = *result.deposits[0].conversion;
  ASSERT_TRUE(conversion.cost);
  EXPECT_EQ(*conversion.reference_value, Money(87717, cad)); // 640.27 * 1.37 = 877.1699
  EXPECT_EQ(*conversion.cost, Money(1517, cad));
  EXPECT_EQ(conversion.reference->published, day(2026, 3, 18));
}

TEST(ConvertedDeposits, RefusesARateOutsideTheBand) {
  const auto result = match_deposits({first}, {cad_account({cad_credit(day(2026, 3, 20), 86200, "AMAZON", 2)})},
                                     with_rates("1.5000"));
  EXPECT_EQ(result.deposits[0].status, DepositStatus::no_bank_data);
  ASSERT_EQ(result.findings.size(), 2U);
  EXPECT_EQ(result.findings[0].code, FindingCode::bank_currency_mismatch);
  EXPECT_THAT(result.findings[0].message, HasSubstr("more than 5 % from the reference rate 1.500000 of 2026-03-18"));
  EXPECT_EQ(result.findings[1].code, FindingCode::bank_unexplained);
}

TEST(ConvertedDeposits, NeverTakesAnEqualFigureInAnotherCurrencyWithoutRates) {
  // 640.27 CAD for 640.27 USD: a mislabelled export (issue 15's Commerzbank fault), not a conversion.
  const auto result = match_deposits({first}, {cad_account({cad_credit(day(2026, 3, 20), 64027, "AMAZON", 2)})});
  EXPECT_NE(result.deposits[0].status, DepositStatus::matched);
  ASSERT_FALSE(result.findings.empty());
  EXPECT_EQ(result.findings[0].code, FindingCode::bank_currency_mismatch);
  EXPECT_THAT(result.findings[0].message, HasSubstr("at par"));
}

TEST(ConvertedDeposits, MatchesNeitherOfTwoSettlementsTheBandCannotTellApart) {
  const auto result = match_deposits({first, twin_of_first()},
                                     {cad_account({cad_credit(day(2026, 3, 19), 86200, "AMAZON", 2),
                                                   cad_credit(day(2026, 3, 19), 86250, "AMAZON", 3)})},
                                     with_rates("1.3700"));
  for (const auto& deposit : result.deposits) EXPECT_EQ(deposit.status, DepositStatus::missing);
  ASSERT_EQ(result.findings.size(), 2U); // no bank-unexplained: the credits are claimed, by both
  for (const auto& finding : result.findings) {
    EXPECT_EQ(finding.code, FindingCode::deposit_ambiguous);
    EXPECT_THAT(finding.message, HasSubstr("cad.csv:2"));
    EXPECT_THAT(finding.message, HasSubstr("cad.csv:3"));
  }
}

TEST(ConvertedDeposits, SameCurrencyMatchingComesFirst) {
  // Built a line at a time: GCC 12 at -O3 takes a nested braced list of them for uninitialised.
  BankStatement usd_account = cad_account({});
  usd_account.file = "usd.csv";
  usd_account.currency = usd;
  BankLine paid = cad_credit(day(2026, 3, 20), 64027, "AMAZON", 2);
  paid.source.file = "usd.csv";
  paid.amount = Money(64027, usd);
  usd_account.lines.push_back(std::move(paid));
  const auto result =
      match_deposits({first}, {cad_account({cad_credit(day(2026, 3, 20), 86200, "AMAZON", 2)}), usd_account});
  ASSERT_EQ(result.deposits[0].status, DepositStatus::matched);
  EXPECT_EQ(result.deposits[0].bank->source.file, "usd.csv");
  EXPECT_FALSE(result.deposits[0].conversion);
  ASSERT_EQ(result.findings.size(), 1U);
  EXPECT_EQ(result.findings[0].code, FindingCode::bank_unexplained); // the CAD credit
}

TEST(ConvertedDeposits, AConvertedDepositMissingFromACoveredWindowIsMissing) {
  const auto result = match_deposits({first}, {cad_account({cad_credit(day(2026, 3, 2), 86200, "AMAZON", 2)})});
  EXPECT_EQ(result.deposits[0].status, DepositStatus::missing);
  ASSERT_GE(result.findings.size(), 1U);
  EXPECT_EQ(result.findings[0].code, FindingCode::deposit_missing);
  EXPECT_THAT(result.findings[0].message, HasSubstr("nor an Amazon credit in another currency converted from it"));
}

} // namespace
} // namespace recon
