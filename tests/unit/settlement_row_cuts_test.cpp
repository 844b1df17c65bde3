// Where the row reader may skip cutting a row's columns, and the check that holds that trick
// against the plain path: every report in testdata/ reads to the same result, or the same error,
// when every row is cut whole.

#include "ingest/settlement_row_cuts.hpp"

#include <filesystem>
#include <fstream>
#include <string>
#include <variant>
#include <vector>

#include <gtest/gtest.h>

#include "ingest/settlement_rows.hpp"
#include "io/line_source.hpp"
#include "io/tab_fields.hpp"
#include "recon/base/input_error.hpp"
#include "report_text.hpp"

namespace recon {
namespace {

namespace fs = std::filesystem;

RowCuts cuts_of(const std::vector<std::string>& columns) {
  std::string line;
  for (const auto& column : columns) line += (line.empty() ? "" : "\t") + column;
  std::vector<std::string_view> header;
  split_tab_fields(line, header);
  return row_cuts(detect_layout(header, line, "report.txt"));
}

TEST(RowCuts, V2OrderColumnsEndBeforeAmountType) {
  const RowCuts cuts = cuts_of(test::v2_columns);
  EXPECT_EQ(cuts.order_columns, 12U);      // settlement-id … marketplace-name
  EXPECT_EQ(cuts.item_columns_from, 15U);  // fulfillment-id … promotion-id
  EXPECT_TRUE(cuts.posting_in_item_columns);
}

TEST(RowCuts, V1OrderColumnsEndBeforeTheFirstTypedAmount) {
  const RowCuts cuts = cuts_of(
      {"settlement-id", "settlement-start-date", "settlement-end-date", "deposit-date", "total-amount", "currency",
       "transaction-type", "order-id", "merchant-order-id", "adjustment-id", "shipment-id", "marketplace-name",
       "shipment-fee-type", "shipment-fee-amount", "order-fee-type", "order-fee-amount", "fulfillment-id",
       "posted-date", "order-item-code", "merchant-order-item-id", "merchant-adjustment-item-id", "sku",
       "quantity-purchased", "price-type", "price-amount", "item-related-fee-type", "item-related-fee-amount",
       "misc-fee-amount", "other-fee-amount", "other-fee-reason-description", "direct-payment-type",
       "direct-payment-amount", "other-amount"});
  EXPECT_EQ(cuts.order_columns, 12U);     // shipment-fee-type changes from row to row
  EXPECT_EQ(cuts.item_columns_from, 0U);  // other-amount, the last column, is an amount
  EXPECT_FALSE(cuts.posting_in_item_columns);
}

TEST(RowCuts, NoOrderColumnsWhenACheckedColumnComesAfterAnAmount) {
  // Columns are found by name: were currency ever written after amount, rows repeating the
  // leading columns could still differ in it, so no row may skip its checks.
  std::vector<std::string> columns = test::v2_columns;
  std::erase(columns, "currency");
  columns.emplace_back("currency");
  EXPECT_EQ(cuts_of(columns).order_columns, 0U);
  EXPECT_EQ(cuts_of(columns).item_columns_from, 0U);
}

TEST(RowCuts, PostingDatesBeforeTheAmountsAreNotItemColumns) {
  // The order columns end at the first column that changes from row to row, here posted-date; the
  // item columns start after the amounts and do not hold the posting dates, so a row repeating
  // them reads its own. (A fuzzed header of this shape once made recon read past the fields it
  // had cut from a row, when rows were cut only as far as the last column recon reads.)
  const RowCuts cuts = cuts_of(test::v2_columns_posted_before_amounts());
  EXPECT_EQ(cuts.order_columns, 12U);
  EXPECT_EQ(cuts.item_columns_from, 17U); // after amount
  EXPECT_FALSE(cuts.posting_in_item_columns);
}

// What reading a report in one pass gave: the settlement, or the error as a person would see it.
using Outcome = std::variant<Settlement, std::string>;

Outcome read_with(const std::string& path, ReuseRepeatedColumns reuse) {
  try {
    SettlementRows rows(path, ReadOptions{}, reuse);
    LineSource source(path);
    rows.read(source, 0);
    return std::move(rows).finish({});
  } catch (const InputError& error) {
    return error.file() + ":" + std::to_string(error.line()) + ": " + error.message();
  }
}

bool is_settlement_report(const fs::path& path) {
  std::ifstream in(path);
  std::string first;
  std::getline(in, first);
  return first.find("settlement-id") != std::string::npos;
}

TEST(RowCuts, EveryReportInTheRepositoryReadsTheSameWithEveryRowCutWhole) {
  int reports = 0;
  for (const auto& entry : fs::recursive_directory_iterator(RECON_TESTDATA_DIR)) {
    if (!entry.is_regular_file() || !is_settlement_report(entry.path())) continue;
    const std::string path = entry.path().string();
    SCOPED_TRACE(path);
    const Outcome reused = read_with(path, ReuseRepeatedColumns::yes);
    const Outcome whole = read_with(path, ReuseRepeatedColumns::no);
    ASSERT_EQ(reused.index(), whole.index()) << (whole.index() == 1 ? std::get<1>(whole) : std::get<1>(reused));
    if (const auto* message = std::get_if<std::string>(&whole)) {
      EXPECT_EQ(*message, std::get<std::string>(reused));
    } else {
      EXPECT_TRUE(std::get<Settlement>(whole) == std::get<Settlement>(reused));
    }
    ++reports;
  }
  EXPECT_GT(reports, 40); // the demo, the fixtures and the golden cases' reports, errors included
}

} // namespace
} // namespace recon
