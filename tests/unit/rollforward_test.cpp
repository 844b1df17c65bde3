#include "recon/checks/rollforward.hpp"

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "recon/base/input_error.hpp"
#include "recon/ingest/settlement_reader.hpp"
#include "report_text.hpp"
#include "temp_file.hpp"

namespace recon {
namespace {

using test::Row;
using ::testing::HasSubstr;

// A settlement of `days` in March 2026 whose only lines are its reserve lines and a sale.
Settlement settlement(const std::string& id, int first_day, int last_day, const std::string& released, const std::string& held,
                      const std::string& payable = "", const std::string& sale = "100.00",
                      const std::string& total = "0.00") {
  const auto day = [](int d) { return fmt::format("2026-03-{:02} 07:00:00 UTC", d); };
  std::vector<Row> rows;
  const auto line = [&](const std::string& description, const std::string& amount) {
    Row row = test::v2_body("other-transaction", "other-transaction", description, amount);
    row["settlement-id"] = id;
    row["posted-date-time"] = day(first_day);
    rows.push_back(row);
  };
  Row order = test::v2_body("Order", "ItemPrice", "Principal", sale);
  order["settlement-id"] = id;
  order["posted-date-time"] = day(first_day);
  rows.push_back(order);
  if (!released.empty()) line("Previous Reserve Amount Balance", released);
  if (!held.empty()) line("Current Reserve Amount", "-" + held);
  if (!payable.empty()) line("Payable to Amazon", "-" + payable);
  // Footing is not what these tests are about: the total is only what they say it is.
  Row summary = {{"settlement-id", id},           {"settlement-start-date", day(first_day)},
                 {"settlement-end-date", day(last_day)}, {"deposit-date", day(last_day)},
                 {"total-amount", total},         {"currency", "USD"}};
  rows.insert(rows.begin(), summary);
  return read_settlement(test::TempFile(test::v2_report(rows)).path());
}

std::vector<FindingCode> codes_of(const std::vector<Finding>& findings) {
  std::vector<FindingCode> codes;
  for (const auto& finding : findings) codes.push_back(finding.code);
  return codes;
}

TEST(Rollforward, AChainThatTiesHasNoFindings) {
  const std::vector<Settlement> chain = {settlement("1", 1, 8, "", "10.00"), settlement("2", 8, 15, "10.00", "20.00"),
                                         settlement("3", 15, 22, "20.00", "5.00")};
  EXPECT_TRUE(check_rollforward(chain).empty());
  const auto chains = reserve_chains(chain);
  ASSERT_EQ(chains.size(), 1U);
  EXPECT_EQ(chains[0].marketplace, "US");
  ASSERT_EQ(chains[0].steps.size(), 3U);
  EXPECT_TRUE(chains[0].steps[0].ties());
  EXPECT_FALSE(chains[0].steps[2].next_opens);
}

TEST(Rollforward, FindsAReserveBreakWithItsAmount) {
  const auto findings = check_rollforward({settlement("1", 1, 8, "", "10.00"), settlement("2", 8, 15, "12.50", "20.00")});
  ASSERT_EQ(findings.size(), 1U);
  EXPECT_EQ(findings[0].code, FindingCode::reserve_break);
  EXPECT_EQ(findings[0].severity, Severity::error);
  EXPECT_EQ(to_plain_string(*findings[0].amount), "2.50");
  EXPECT_EQ(findings[0].source->line, 4U); // the Previous Reserve line of settlement 2
  EXPECT_FALSE(reserve_chains({settlement("1", 1, 8, "", "10.00"), settlement("2", 8, 15, "12.50", "20.00")})[0].steps[0].ties());
}

TEST(Rollforward, FindsGapsAndOverlapsInAnyOrderGiven) {
  EXPECT_THAT(codes_of(check_rollforward({settlement("3", 15, 22, "", ""), settlement("1", 1, 8, "", "")})),
              ::testing::ElementsAre(FindingCode::period_gap));
  EXPECT_THAT(codes_of(check_rollforward({settlement("1", 1, 10, "", ""), settlement("2", 8, 15, "", "")})),
              ::testing::ElementsAre(FindingCode::period_overlap));
}

TEST(Rollforward, ANegativeSettlementMustBeCarried) {
  Settlement negative = settlement("1", 1, 8, "", "", "", "-40.00", "-40.00");
  EXPECT_THAT(codes_of(check_rollforward({negative, settlement("2", 8, 15, "", "", "40.00")})), ::testing::IsEmpty());
  const auto findings = check_rollforward({negative, settlement("2", 8, 15, "", "", "")});
  ASSERT_EQ(findings.size(), 1U);
  EXPECT_EQ(findings[0].code, FindingCode::negative_not_carried);
  EXPECT_THAT(findings[0].message, HasSubstr("ended negative at -40.00 USD"));
}

TEST(Rollforward, SuspectsTwoIdsWithTheSamePeriodAndTotal) {
  const auto findings = check_rollforward({settlement("1", 1, 8, "", ""), settlement("9", 1, 8, "", "")});
  ASSERT_EQ(findings.size(), 1U); // a suspect duplicate is not also reported as an overlap
  EXPECT_EQ(findings[0].code, FindingCode::suspect_duplicate);
  EXPECT_EQ(findings[0].severity, Severity::warning);
}

TEST(Rollforward, RefusesAReserveBreakTooLargeToHold) {
  // The first holds nearly the most an int64 holds, the next releases as much below zero: each fits,
  // the break between them does not. That is the input's fault, refused at the release line.
  const auto first = settlement("1", 1, 8, "", "90000000000000000.00");
  const auto next = settlement("2", 8, 15, "-90000000000000000.00", "");
  try {
    static_cast<void>(check_rollforward({first, next}));
    FAIL() << "the overflowing break was not refused";
  } catch (const InputError& error) {
    EXPECT_EQ(error.file(), next.file);
    EXPECT_EQ(error.line(), next.carry_lines.front().line);
    EXPECT_THAT(error.message(), HasSubstr("the break in the reserve comes to more than recon can hold exactly"));
  }
}

} // namespace
} // namespace recon
