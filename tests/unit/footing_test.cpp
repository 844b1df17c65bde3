#include "recon/checks/footing.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "recon/model/report.hpp"
#include "recon/ingest/settlement_reader.hpp"
#include "report_text.hpp"
#include "temp_file.hpp"

namespace recon {
namespace {

using test::v2_body;
using test::v2_report;
using test::v2_summary;
using ::testing::HasSubstr;

Settlement read_text(const std::string& text) { return read_settlement(test::TempFile(text).path()); }

TEST(Footing, AFootedReportHasNoFindings) {
  EXPECT_TRUE(check_footing(read_text(v2_report({v2_summary("5.00"), v2_body("Order", "ItemPrice", "Principal", "5.00")}))).empty());
}

TEST(Footing, ANotFootedReportIsAnErrorWithTheDifference) {
  const auto findings = check_footing(read_text(v2_report({v2_summary("5.00"), v2_body("Order", "ItemPrice", "Principal", "3.25")})));
  ASSERT_EQ(findings.size(), 1U);
  const Finding& finding = findings.front();
  EXPECT_EQ(finding.code, FindingCode::not_footed);
  EXPECT_EQ(finding.severity, Severity::error);
  EXPECT_EQ(finding.settlement_id, "17000001003");
  EXPECT_EQ(to_plain_string(*finding.amount), "-1.75"); // lines − total
  EXPECT_THAT(finding.message, HasSubstr("difference of -1.75 USD"));
  EXPECT_EQ(finding.source->line, 2U);
}

TEST(Footing, RowsPostedOutsideThePeriodAreAWarning) {
  auto late = v2_body("Order", "ItemPrice", "Principal", "5.00");
  late["posted-date-time"] = "2026-06-01 00:00:00 UTC";
  const auto findings = check_footing(read_text(v2_report({v2_summary("5.00"), late})));
  ASSERT_EQ(findings.size(), 1U);
  EXPECT_EQ(findings[0].code, FindingCode::posted_outside_period);
  EXPECT_EQ(findings[0].severity, Severity::warning);
  EXPECT_EQ(findings[0].source->line, 3U);
}

TEST(ExitStatus, FollowsFailOn) {
  Report report;
  EXPECT_EQ(exit_status(report, FailOn::error), 0);
  report.findings.push_back(Finding::raise(FindingCode::posted_outside_period, std::nullopt, std::nullopt, "", std::nullopt));
  EXPECT_EQ(exit_status(report, FailOn::error), 0);
  EXPECT_EQ(exit_status(report, FailOn::warning), 1);
  report.findings.push_back(Finding::raise(FindingCode::not_footed, std::nullopt, std::nullopt, "", std::nullopt));
  EXPECT_EQ(exit_status(report, FailOn::error), 1);
  report.findings.back().resolved = true; // resolved in the book: reported, no longer failing
  EXPECT_EQ(exit_status(report, FailOn::error), 0);
  report.findings.back().resolved = false;
  EXPECT_EQ(exit_status(report, FailOn::error), 1);
  EXPECT_EQ(exit_status(report, FailOn::never), 0);
  EXPECT_EQ(parse_fail_on("warning"), FailOn::warning);
  EXPECT_FALSE(parse_fail_on("loud"));
}

} // namespace
} // namespace recon
