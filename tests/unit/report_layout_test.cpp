#include "ingest/report_layout.hpp"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "io/tab_fields.hpp"
#include "report_text.hpp"

namespace recon {
namespace {

ReportLayout layout_of(const std::string& header_line) {
  std::vector<std::string_view> header;
  split_tab_fields(header_line, header);
  return detect_layout(header, header_line, "report.txt");
}

std::string joined(const std::vector<std::string>& columns) {
  std::string line;
  for (const auto& column : columns) line += (line.empty() ? "" : "\t") + column;
  return line;
}

TEST(ReportLayout, V2OrderColumnsEndBeforeAmountType) {
  const ReportLayout layout = layout_of(joined(test::v2_columns));
  EXPECT_EQ(layout.field_count, 24U);
  EXPECT_EQ(layout.columns_read, 18U); // through posted-date-time
  EXPECT_EQ(layout.order_columns, 12U); // settlement-id … marketplace-name
  EXPECT_EQ(layout.item_columns_from, 15U); // fulfillment-id … promotion-id
  EXPECT_TRUE(layout.posting_in_item_columns);
}

TEST(ReportLayout, V1OrderColumnsEndBeforeTheFirstTypedAmount) {
  const ReportLayout layout = layout_of(joined(
      {"settlement-id", "settlement-start-date", "settlement-end-date", "deposit-date", "total-amount", "currency",
       "transaction-type", "order-id", "merchant-order-id", "adjustment-id", "shipment-id", "marketplace-name",
       "shipment-fee-type", "shipment-fee-amount", "order-fee-type", "order-fee-amount", "fulfillment-id",
       "posted-date", "order-item-code", "merchant-order-item-id", "merchant-adjustment-item-id", "sku",
       "quantity-purchased", "price-type", "price-amount", "item-related-fee-type", "item-related-fee-amount",
       "misc-fee-amount", "other-fee-amount", "other-fee-reason-description", "direct-payment-type",
       "direct-payment-amount", "other-amount"}));
  EXPECT_EQ(layout.format, ReportFormat::amazon_v1);
  EXPECT_EQ(layout.order_columns, 12U); // shipment-fee-type changes from row to row
  EXPECT_EQ(layout.item_columns_from, 0U); // other-amount, the last column, is an amount
  EXPECT_FALSE(layout.posting_in_item_columns);
}

TEST(ReportLayout, NoOrderColumnsWhenACheckedColumnComesAfterAnAmount) {
  // Columns are found by name: were currency ever written after amount, rows repeating the
  // leading columns could still differ in it, so no row may skip its checks.
  std::vector<std::string> columns = test::v2_columns;
  std::erase(columns, "currency");
  columns.emplace_back("currency");
  EXPECT_EQ(layout_of(joined(columns)).order_columns, 0U);
  EXPECT_EQ(layout_of(joined(columns)).item_columns_from, 0U);
}

TEST(ReportLayout, NoItemColumnsWhenNoColumnReadFollowsTheAmounts) {
  // Posting dates written before the amounts leave nothing recon reads after them: no row has
  // anything there to reuse, and those columns lie beyond the fields cut from a row. (A fuzzed
  // header of this shape once made recon read past the cut fields.)
  const ReportLayout layout = layout_of(joined(test::v2_columns_posted_before_amounts()));
  EXPECT_EQ(layout.order_columns, 12U);
  EXPECT_EQ(layout.columns_read, 17U); // through amount
  EXPECT_EQ(layout.item_columns_from, 0U);
  EXPECT_FALSE(layout.posting_in_item_columns);
}

} // namespace
} // namespace recon
