#include "recon/export/report_json.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "recon/checks/footing.hpp"
#include "recon/ingest/settlement_reader.hpp"
#include "report_text.hpp"
#include "temp_file.hpp"

namespace recon {
namespace {

using test::v2_body;
using test::v2_report;
using test::v2_summary;

nlohmann::json report_of(const std::string& text) {
  test::TempFile file(text);
  Report report;
  report.settlements.push_back({read_settlement(file.path()), std::nullopt});
  report.findings = check_footing(report.settlements.back().settlement);
  return nlohmann::json::parse(to_json(report));
}

TEST(ReportJson, FollowsTheContract) {
  const auto json = report_of(v2_report({
      v2_summary("-3.20"),
      v2_body("Order", "ItemPrice", "Principal", "7.50"),
      v2_body("other-transaction", "other-transaction", "Previous Reserve Amount Balance", "10.00"),
      v2_body("other-transaction", "other-transaction", "Current Reserve Amount", "-20.70"),
  }));
  EXPECT_EQ(json["schema"], "recon.report/1");
  const auto& settlement = json["settlements"][0];
  EXPECT_EQ(settlement["id"], "17000001003");
  EXPECT_TRUE(settlement["id"].is_string());
  EXPECT_EQ(settlement["format"], "amazon-v2");
  EXPECT_EQ(settlement["currency"], "USD");
  EXPECT_EQ(settlement["start"], "2026-03-02T07:04:11Z");
  EXPECT_EQ(settlement["deposit_date"], "2026-03-18");
  EXPECT_EQ(settlement["total"], "-3.20");
  EXPECT_EQ(settlement["lines_total"], "-3.20");
  EXPECT_EQ(settlement["footed"], true);
  EXPECT_EQ(settlement["lines"], 3);
  EXPECT_EQ(settlement["reserve"]["opening"], "10.00");
  EXPECT_EQ(settlement["reserve"]["closing"], "20.70");
  EXPECT_EQ(settlement["marketplaces"], nlohmann::json::array({"Amazon.com"}));
  EXPECT_FALSE(settlement.contains("deposit")); // foot knows nothing of the bank
  EXPECT_EQ(json["summary"]["settlements"], 1);
  EXPECT_EQ(json["summary"]["footed"], 1);
  EXPECT_EQ(json["exceptions"], nlohmann::json::array());
}

TEST(ReportJson, WritesFindingsWithMoneyAsStrings) {
  const auto json = report_of(v2_report({v2_summary("5.00"), v2_body("Order", "ItemPrice", "Principal", "7.50")}));
  const auto& finding = json["exceptions"][0];
  EXPECT_EQ(finding["code"], "not-footed");
  EXPECT_EQ(finding["severity"], "error");
  EXPECT_EQ(finding["settlement_id"], "17000001003");
  EXPECT_EQ(finding["amount"], "2.50");
  EXPECT_EQ(finding["currency"], "USD");
  EXPECT_EQ(finding["source"]["line"], 2);
  EXPECT_EQ(json["summary"]["errors"], 1);
  EXPECT_EQ(json["summary"]["footed"], 0);
}

} // namespace
} // namespace recon
