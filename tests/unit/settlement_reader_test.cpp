#include "recon/ingest/settlement_reader.hpp"

#include <fstream>
#include <utility>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "recon/base/input_error.hpp"
#include "report_text.hpp"
#include "temp_file.hpp"

namespace recon {
namespace {

using test::TempFile;
using test::v2_body;
using test::v2_report;
using test::v2_summary;
using ::testing::HasSubstr;

Settlement read_text(const std::string& text) { return read_settlement(TempFile(text).path()); }

InputError error_reading(const std::string& text) {
  try {
    (void)read_text(text);
  } catch (const InputError& error) {
    return error;
  }
  ADD_FAILURE() << "reading should fail";
  return InputError("", 0, "");
}

std::string minor(const Money& money) { return to_plain_string(money); }

TEST(SettlementReader, ReadsAFlatFileV2Report) {
  const auto settlement = read_text(v2_report({
      v2_summary("18.74"),
      v2_body("Order", "ItemPrice", "Principal", "24.99"),
      v2_body("Order", "ItemFees", "Commission", "-3.75"),
      v2_body("Order", "ItemPrice", "Principal", "10.00"),
      v2_body("other-transaction", "other-transaction", "Current Reserve Amount", "-12.50"),
  }));
  EXPECT_EQ(settlement.id, "17000001003");
  EXPECT_EQ(settlement.format, ReportFormat::amazon_v2);
  EXPECT_EQ(settlement.currency.code(), "USD");
  EXPECT_EQ(to_iso_instant(settlement.start), "2026-03-02T07:04:11Z");
  EXPECT_EQ(to_iso_instant(settlement.end), "2026-03-16T07:04:11Z");
  EXPECT_EQ(to_iso_date(settlement.deposit_date), "2026-03-18");
  EXPECT_EQ(minor(settlement.total), "18.74");
  EXPECT_EQ(minor(settlement.lines_total), "18.74");
  EXPECT_TRUE(settlement.footed());
  EXPECT_EQ(settlement.summary_line, 2U);
  EXPECT_EQ(settlement.marketplaces, std::vector<std::string>{"Amazon.com"});
  EXPECT_EQ(minor(settlement.reserve_closing()), "12.50");
  EXPECT_EQ(minor(settlement.reserve_opening()), "0.00");

  ASSERT_EQ(settlement.categories.size(), 3U);
  EXPECT_EQ(settlement.categories[0].amount_description, "Principal");
  EXPECT_EQ(settlement.categories[0].lines, 2U);
  EXPECT_EQ(minor(settlement.categories[0].sum), "34.99");
  EXPECT_EQ(settlement.categories[0].first_line, 3U);
  EXPECT_EQ(settlement.categories[2].first_line, 6U);

  EXPECT_EQ(settlement.line_account.total(), 6U);
  EXPECT_EQ(settlement.line_account.body_rows, 4U);
}

TEST(SettlementReader, ReportsADifferenceWithoutFailing) {
  const auto settlement = read_text(v2_report({v2_summary("30.00"), v2_body("Order", "ItemPrice", "Principal", "24.99")}));
  EXPECT_FALSE(settlement.footed());
  EXPECT_EQ(minor(settlement.footing_difference()), "-5.01");
}

TEST(SettlementReader, FindsTheSummaryRowByContentNotPosition) {
  const auto settlement = read_text(v2_report({
      v2_body("Order", "ItemPrice", "Principal", "24.99"),
      v2_summary("24.99"),
  }));
  EXPECT_TRUE(settlement.footed());
  EXPECT_EQ(settlement.summary_line, 3U);
  EXPECT_EQ(settlement.categories[0].first_line, 2U);
}

TEST(SettlementReader, LearnsTheDecimalCommaFromTheFile) {
  const auto settlement = read_text(v2_report({v2_summary("1.179,99", "EUR"), v2_body("Order", "ItemPrice", "Principal", "1179,99  ")}));
  EXPECT_EQ(settlement.decimal_mark, DecimalMark::comma);
  EXPECT_EQ(minor(settlement.total), "1179.99");
  EXPECT_TRUE(settlement.footed());
}

TEST(SettlementReader, CountsBlankLines) {
  auto text = v2_report({v2_summary("1.00"), v2_body("Order", "ItemPrice", "Principal", "1.00")});
  text += "\n   \n";
  const auto settlement = read_text(text);
  EXPECT_EQ(settlement.line_account.blank_lines, 2U);
  EXPECT_EQ(settlement.line_account.total(), 5U);
}

TEST(SettlementReader, NotesRowsPostedOutsideThePeriod) {
  auto late = v2_body("Order", "ItemPrice", "Principal", "1.00");
  late["posted-date-time"] = "2026-04-20 10:00:00 UTC";
  const auto settlement = read_text(v2_report({v2_summary("2.00"), v2_body("Order", "ItemPrice", "Principal", "1.00"), late}));
  EXPECT_EQ(settlement.posted_outside_period, 1U);
  EXPECT_EQ(settlement.first_posted_outside_period, 4U);
}

TEST(SettlementReader, CountsEveryRowOfALateItemAndItsMonth) {
  // Rows 4 to 6 repeat the late item's columns (its posting time among them), so they take the
  // day found for row 4: each is still counted outside the period, in April.
  auto late = v2_body("Order", "ItemPrice", "Principal", "1.00");
  late["posted-date-time"] = "2026-04-20 10:00:00 UTC";
  auto late_tax = late;
  late_tax["amount-description"] = "Tax";
  const auto settlement = read_text(
      v2_report({v2_summary("4.00"), v2_body("Order", "ItemPrice", "Principal", "1.00"), late, late_tax, late}));
  EXPECT_EQ(settlement.posted_outside_period, 3U);
  EXPECT_EQ(settlement.first_posted_outside_period, 4U);
  ASSERT_EQ(settlement.categories.size(), 2U);
  ASSERT_EQ(settlement.categories[0].months.size(), 2U);
  EXPECT_EQ(settlement.categories[0].months[1].month, date::year{2026} / date::April);
  EXPECT_EQ(settlement.categories[0].months[1].lines, 2U);
  EXPECT_EQ(settlement.categories[1].months.at(0).month, date::year{2026} / date::April);
}

TEST(SettlementReader, ReadsRowsRepeatingTheOrderWhenNothingReadFollowsTheAmounts) {
  // Rows of one order repeating the row before, in a layout whose columns after the amounts hold
  // nothing recon reads (a fuzzed header of this shape once made it read past a row's cut fields).
  const auto settlement = read_text(test::v2_report({v2_summary("34.99"), v2_body("Order", "ItemPrice", "Principal", "24.99"),
                                                     v2_body("Order", "ItemPrice", "Principal", "10.00")},
                                                    test::v2_columns_posted_before_amounts()));
  EXPECT_TRUE(settlement.footed());
  EXPECT_EQ(settlement.line_account.body_rows, 2U);
  ASSERT_EQ(settlement.categories.size(), 1U);
  EXPECT_EQ(minor(settlement.categories[0].sum), "34.99");
}

TEST(SettlementReader, ReadsAV1ReportIntoTheV2Vocabulary) {
  const std::vector<std::string> v1_columns = {
      "settlement-id", "settlement-start-date", "settlement-end-date", "deposit-date", "total-amount", "currency",
      "transaction-type", "order-id", "merchant-order-id", "adjustment-id", "shipment-id", "marketplace-name",
      "shipment-fee-type", "shipment-fee-amount", "order-fee-type", "order-fee-amount", "fulfillment-id",
      "posted-date", "order-item-code", "merchant-order-item-id", "merchant-adjustment-item-id", "sku",
      "quantity-purchased", "price-type", "price-amount", "item-related-fee-type", "item-related-fee-amount",
      "misc-fee-amount", "other-fee-amount", "other-fee-reason-description", "direct-payment-type",
      "direct-payment-amount", "other-amount"};
  std::string text;
  for (std::size_t i = 0; i < v1_columns.size(); ++i) text += (i > 0 ? "\t" : "") + v1_columns[i];
  text += '\n';
  text += test::tab_line(v1_columns, {{"settlement-id", "23874396421"},
                                      {"settlement-start-date", "2025-06-05T22:07:18+00:00"},
                                      {"settlement-end-date", "2025-07-31T22:07:18+00:00"},
                                      {"deposit-date", "2025-08-02T22:07:18+00:00"},
                                      {"total-amount", "-3.30"},
                                      {"currency", "CAD"}});
  const test::Row common = {{"settlement-id", "23874396421"}, {"posted-date", "2025-06-06T23:04:51+00:00"}};
  auto quantity = common;
  quantity.insert({{"transaction-type", "Order"}, {"quantity-purchased", "1"}, {"marketplace-name", "Amazon.ca"}});
  auto advertising = common;
  advertising.insert({{"transaction-type", "ServiceFee"},
                      {"item-related-fee-type", "Cost of Advertising"},
                      {"item-related-fee-amount", "-1.16"},
                      {"other-fee-amount", "-0.14"},
                      {"other-fee-reason-description", "TaxAmount"}});
  auto subscription = common;
  subscription.insert({{"transaction-type", "Subscription Fee"}, {"other-amount", "-2.00"}});
  text += test::tab_line(v1_columns, quantity) + test::tab_line(v1_columns, advertising) +
          test::tab_line(v1_columns, subscription);

  const auto settlement = read_text(text);
  EXPECT_EQ(settlement.format, ReportFormat::amazon_v1);
  EXPECT_TRUE(settlement.footed());
  EXPECT_EQ(settlement.line_account.body_rows, 3U);
  EXPECT_EQ(settlement.line_account.quantity_rows, 1U);
  EXPECT_EQ(settlement.amount_lines, 3U);
  ASSERT_EQ(settlement.categories.size(), 3U);
  EXPECT_EQ(settlement.categories[0].amount_type, "ItemFees");
  EXPECT_EQ(settlement.categories[0].amount_description, "Cost of Advertising");
  EXPECT_EQ(settlement.categories[1].amount_type, "OtherFees");
  EXPECT_EQ(settlement.categories[2].transaction_type, "other-transaction");
  EXPECT_EQ(settlement.categories[2].amount_description, "Subscription Fee");
}

TEST(SettlementReaderErrors, RefusesASpreadsheetDamagedId) {
  auto summary = v2_summary("1.00");
  summary["settlement-id"] = "1.70000E+10";
  const auto error = error_reading(v2_report({summary}));
  EXPECT_EQ(error.line(), 2U);
  EXPECT_THAT(error.message(), HasSubstr("1.70000E+10"));
  EXPECT_THAT(error.message(), HasSubstr("spreadsheet"));
  EXPECT_THAT(error.hint(), HasSubstr("without opening it in a spreadsheet"));
  ASSERT_TRUE(error.excerpt());
  EXPECT_EQ(error.excerpt()->offset, 0U);
  EXPECT_EQ(error.excerpt()->length, 11U);
}

TEST(SettlementReaderErrors, PointsAtAnUnreadableAmount) {
  const auto error = error_reading(v2_report({v2_summary("1.00"), v2_body("Order", "ItemPrice", "Principal", "12.3.4")}));
  EXPECT_EQ(error.line(), 3U);
  EXPECT_THAT(error.message(), HasSubstr("\"12.3.4\""));
  ASSERT_TRUE(error.excerpt());
  EXPECT_EQ(error.excerpt()->line_text.substr(error.excerpt()->offset, error.excerpt()->length), "12.3.4");
}

TEST(SettlementReaderErrors, ChecksTheRowsThatRepeatAnOrdersColumns) {
  // The second row repeats the first's leading (order) and trailing (item) columns byte for byte,
  // so only the amount columns between are cut out again: its errors must still name its line and
  // point into it.
  const auto order_row = v2_body("Order", "ItemPrice", "Principal", "1.00");
  auto bad_amount = order_row;
  bad_amount["amount"] = "12.3.4";
  const auto amount_error = error_reading(v2_report({v2_summary("1.00"), order_row, bad_amount}));
  EXPECT_EQ(amount_error.line(), 4U);
  ASSERT_TRUE(amount_error.excerpt());
  EXPECT_EQ(amount_error.excerpt()->line_text.substr(amount_error.excerpt()->offset, amount_error.excerpt()->length),
            "12.3.4");

  const std::string repeated = test::tab_line(test::v2_columns, order_row);
  const std::string cut_short = repeated.substr(0, repeated.find("ItemPrice")) + "ItemPrice\n";
  const auto short_error = error_reading(v2_report({v2_summary("1.00"), order_row}) + cut_short);
  EXPECT_EQ(short_error.line(), 4U);
  EXPECT_THAT(short_error.message(), HasSubstr("13 fields but the header has 24"));

  // Between repeated order and item columns, one field too many or too few is still miscounted.
  for (const auto& [description, count] : {std::pair{"Principal\tExtra", "25"}, std::pair{"", "23"}}) {
    std::string row = repeated;
    const std::size_t at = row.find("Principal");
    row.replace(at, std::string_view("Principal\t").size(), description == std::string("") ? "" : std::string(description) + "\t");
    const auto error = error_reading(v2_report({v2_summary("1.00"), order_row}) + row);
    EXPECT_EQ(error.line(), 4U);
    EXPECT_THAT(error.message(), HasSubstr(std::string(count) + " fields but the header has 24"));
  }
}

TEST(SettlementReaderErrors, RefusesMalformedFiles) {
  const auto body = v2_body("Order", "ItemPrice", "Principal", "1.00");
  EXPECT_THAT(error_reading("").message(), HasSubstr("empty"));
  EXPECT_THAT(error_reading(v2_report({})).message(), HasSubstr("no summary row"));
  EXPECT_THAT(error_reading(v2_report({v2_summary("1.00"), v2_summary("1.00")})).message(), HasSubstr("second summary row"));
  EXPECT_THAT(error_reading(v2_report({v2_summary("1.00")}) + "17000001003\tx\n").message(), HasSubstr("2 fields"));
  EXPECT_THAT(error_reading(v2_report({v2_summary("1.00", "XYZ")})).message(), HasSubstr("unknown currency"));
  EXPECT_THAT(error_reading("settlement-id,total-amount\n1,2\n").message(), HasSubstr("comma"));
  EXPECT_THAT(error_reading("hello\tworld\n").message(), HasSubstr("not an Amazon settlement report"));

  auto other_settlement = body;
  other_settlement["settlement-id"] = "17000009999";
  EXPECT_THAT(error_reading(v2_report({v2_summary("1.00"), other_settlement})).message(), HasSubstr("17000009999"));

  auto bad_date = v2_summary("1.00");
  bad_date["settlement-end-date"] = "2026-02-30 07:04:11 UTC";
  EXPECT_THAT(error_reading(v2_report({bad_date})).message(), HasSubstr("settlement-end-date"));

  auto no_amount = body;
  no_amount["amount"] = "";
  EXPECT_THAT(error_reading(v2_report({v2_summary("1.00"), no_amount})).message(), HasSubstr("no amount"));
}

TEST(SettlementReaderErrors, RefusesAHeaderMissingAColumn) {
  std::string text = "settlement-id\tsettlement-start-date\tamount-type\n";
  const auto error = error_reading(text);
  EXPECT_EQ(error.line(), 1U);
  EXPECT_THAT(error.message(), HasSubstr("settlement-end-date"));
}

TEST(SettlementReaderErrors, RefusesSumsBeyondInt64) {
  const auto error = error_reading(v2_report({v2_summary("1.00"), v2_body("Order", "ItemPrice", "Principal", "92233720368547758.07"),
                                              v2_body("Order", "ItemPrice", "Principal", "1.00")}));
  EXPECT_EQ(error.line(), 4U);
  EXPECT_THAT(error.message(), HasSubstr("more than recon can hold"));
}

// Appends a line to the report the first time reading reports progress, as a download still being
// written would.
class AppendWhileRead final : public ReadProgress {
public:
  explicit AppendWhileRead(std::string path) : path_(std::move(path)) {}
  void advance(std::uint64_t /*bytes*/) noexcept override {
    if (!std::exchange(appended_, true)) std::ofstream(path_, std::ios::app) << "more\n";
  }

private:
  std::string path_;
  bool appended_ = false;
};

TEST(SettlementReaderErrors, RefusesAReportThatChangesWhileItIsRead) {
  for (const unsigned threads : {1U, 2U}) {
    TempFile file(v2_report({v2_summary("24.99"), v2_body("Order", "ItemPrice", "Principal", "24.99")}));
    AppendWhileRead append(file.path());
    ReadOptions options;
    options.threads = threads;
    options.progress = &append;
    try {
      (void)read_settlement(file.path(), options);
      ADD_FAILURE() << "a report changed while read should be refused (" << threads << " threads)";
    } catch (const InputError& error) {
      EXPECT_EQ(error.line(), 0U);
      EXPECT_THAT(error.message(), HasSubstr("changed while recon read it"));
    }
  }
}

} // namespace
} // namespace recon
