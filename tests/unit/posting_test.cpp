#include "recon/post/posting.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "recon/base/input_error.hpp"
#include "recon/ingest/settlement_reader.hpp"
#include "report_text.hpp"
#include "temp_file.hpp"

namespace recon {
namespace {

using test::Row;
using test::v2_body;
using test::v2_report;
using ::testing::HasSubstr;

// A settlement with the given id and period (days of March 2026 unless `month` says otherwise).
Row summary(const std::string& id, const std::string& start, const std::string& end, const std::string& total) {
  return {{"settlement-id", id},
          {"settlement-start-date", start + " 07:00:00 UTC"},
          {"settlement-end-date", end + " 07:00:00 UTC"},
          {"deposit-date", end + " 07:00:00 UTC"},
          {"total-amount", total},
          {"currency", "USD"}};
}

Row line(const std::string& id, const std::string& type, const std::string& amount_type, const std::string& description,
         const std::string& amount, const std::string& posted = "2026-03-05 10:00:00 UTC") {
  Row row = v2_body(type, amount_type, description, amount);
  row["settlement-id"] = id;
  row["posted-date-time"] = posted;
  return row;
}

Row carry(const std::string& id, const std::string& description, const std::string& amount) {
  Row row = line(id, "other-transaction", "other-transaction", description, amount);
  row["marketplace-name"] = "";
  return row;
}

Settlement read_rows(const std::vector<Row>& rows) { return read_settlement(test::TempFile(v2_report(rows)).path()); }

Money sum_of(const Entry& entry) {
  Money sum = Money::zero(entry.postings.front().amount.currency());
  for (const auto& posting : entry.postings) sum = sum + posting.amount;
  return sum;
}

const Posting* posting_to(const Entry& entry, std::string_view account) {
  for (const auto& posting : entry.postings) {
    if (posting.account == account) return &posting;
  }
  return nullptr;
}

std::string plain(const Money& money) { return to_plain_string(money); }

const std::string clearing = "Assets:Amazon:Clearing:US";

TEST(Posting, PostsASettlementAndItsDepositThroughClearing) {
  const auto settlement = read_rows({summary("1", "2026-03-02", "2026-03-16", "80.00"),
                                     line("1", "Order", "ItemPrice", "Principal", "100.00"),
                                     line("1", "Order", "ItemFees", "Commission", "-15.00"),
                                     carry("1", "Current Reserve Amount", "-5.00")});
  const auto result = post_settlements({settlement}, AccountMap::built_in(), {});
  ASSERT_EQ(result.journal.entries.size(), 2U);

  const Entry& summary_entry = result.journal.entries[0];
  EXPECT_EQ(summary_entry.kind, EntryKind::settlement);
  EXPECT_EQ(to_iso_date(summary_entry.date), "2026-03-16");
  EXPECT_TRUE(sum_of(summary_entry).is_zero());
  EXPECT_EQ(plain(posting_to(summary_entry, "Income:Amazon:Sales")->amount), "-100.00");
  EXPECT_EQ(plain(posting_to(summary_entry, "Expenses:Amazon:ReferralFees")->amount), "15.00");
  EXPECT_EQ(plain(posting_to(summary_entry, clearing)->amount), "85.00"); // the reserve stays in clearing
  EXPECT_EQ(summary_entry.source.line, 2U);
  EXPECT_EQ(summary_entry.source_sha256, settlement.sha256);

  const Entry& deposit = result.journal.entries[1];
  EXPECT_EQ(deposit.kind, EntryKind::deposit);
  EXPECT_TRUE(deposit.pending);
  EXPECT_EQ(plain(posting_to(deposit, "Assets:Bank:Checking")->amount), "80.00");
  EXPECT_EQ(plain(posting_to(deposit, clearing)->amount), "-80.00");
  EXPECT_EQ(plain(*posting_to(deposit, clearing)->balance_after), "5.00");

  ASSERT_EQ(result.posted.size(), 1U);
  EXPECT_EQ(result.posted[0].clearing_account, clearing);
  EXPECT_EQ(plain(result.posted[0].clearing_balance), "5.00"); // exactly the reserve held
  EXPECT_EQ(result.posted[0].deposit.status, DepositStatus::no_bank_data);
  ASSERT_EQ(result.journal.balance_checks.size(), 1U);
  EXPECT_EQ(plain(result.journal.balance_checks[0].balance), "5.00");
  EXPECT_TRUE(result.findings.empty());
}

// A deposit Amazon converted: 80.00 USD arriving as 108.00 CAD.
DepositMatch converted_deposit(const Settlement& settlement, const ExchangeRates* rates) {
  const Money received(10800, *Currency::from_code("CAD"));
  // The source named first: GCC 12 at -O3 takes a braced temporary of it for uninitialised.
  const SourceRef source{"cad.csv", 4};
  const BankLine line{source, Day{date::year{2026} / 3 / 19}, received, "AMAZON"};
  return {DepositStatus::matched, line, conversion_of(settlement.total, received, rates, settlement.deposit_date)};
}

TEST(Posting, PostsAConvertedDepositAtATotalPriceAndItsCost) {
  const auto settlement = read_rows({summary("1", "2026-03-02", "2026-03-16", "80.00"),
                                     line("1", "Order", "ItemPrice", "Principal", "85.00"),
                                     carry("1", "Current Reserve Amount", "-5.00")});
  ExchangeRates rates;
  rates.add(Day{date::year{2026} / 3 / 16}, *Currency::from_code("USD"), *Currency::from_code("CAD"), *Rate::parse("1.3712"));
  const auto result = post_settlements({settlement}, AccountMap::built_in(), {}, {converted_deposit(settlement, &rates)});
  ASSERT_EQ(result.journal.entries.size(), 2U);
  const Entry& deposit = result.journal.entries[1];
  ASSERT_EQ(deposit.postings.size(), 3U);
  EXPECT_EQ(deposit.postings[0].account, "Assets:Bank:Checking");
  EXPECT_EQ(deposit.postings[0].amount, Money(10800, *Currency::from_code("CAD")));
  // 80.00 USD at 1.3712 is 109.70 CAD: 1.70 CAD the conversion cost.
  EXPECT_EQ(deposit.postings[1].account, "Expenses:Amazon:CurrencyConversion");
  EXPECT_EQ(plain(deposit.postings[1].amount), "1.70");
  const Posting& from_clearing = deposit.postings[2];
  EXPECT_EQ(from_clearing.account, clearing);
  EXPECT_EQ(plain(from_clearing.amount), "-80.00");
  ASSERT_TRUE(from_clearing.price);
  EXPECT_EQ(*from_clearing.price, Money(10970, *Currency::from_code("CAD"))); // received + cost: the entry balances
  EXPECT_EQ(plain(*from_clearing.balance_after), "5.00"); // clearing still ends at the reserve, in USD
  EXPECT_EQ(plain(result.posted[0].clearing_balance), "5.00");
}

TEST(Posting, PostsAConvertedDepositAtTheAmountReceivedWithoutRates) {
  const auto settlement = read_rows({summary("1", "2026-03-02", "2026-03-16", "80.00"),
                                     line("1", "Order", "ItemPrice", "Principal", "80.00")});
  const auto result = post_settlements({settlement}, AccountMap::built_in(), {}, {converted_deposit(settlement, nullptr)});
  const Entry& deposit = result.journal.entries[1];
  ASSERT_EQ(deposit.postings.size(), 2U); // no cost without a reference rate
  EXPECT_EQ(*deposit.postings[1].price, Money(10800, *Currency::from_code("CAD")));
}

TEST(Posting, PostsEveryLineOfEverySettlement) {
  // For each settlement, what its summary entries move into clearing plus the carry lines that
  // stay there is exactly its total: no line is lost or counted twice, split or not.
  const std::string chain = std::string(RECON_TESTDATA_DIR) + "/periods/negative-chain/settlement-";
  std::vector<Settlement> settlements;
  for (int i = 1; i <= 5; ++i) settlements.push_back(read_settlement(chain + std::to_string(i) + ".txt"));
  for (const SplitPolicy split : {SplitPolicy::none, SplitPolicy::month}) {
    PostingOptions options;
    options.split = split;
    const auto result = post_settlements(settlements, AccountMap::built_in(), options);
    for (const Settlement& settlement : settlements) {
      Money posted = Money::zero(settlement.currency);
      for (const Entry& entry : result.journal.entries) {
        EXPECT_TRUE(sum_of(entry).is_zero()) << entry.id;
        if (entry.settlement_id == settlement.id && entry.kind == EntryKind::settlement) posted = posted + posting_to(entry, clearing)->amount;
      }
      Money carried = Money::zero(settlement.currency);
      for (const auto& carry : settlement.carry_lines) {
        if (carry.kind != CarryKind::successful_charge) carried = carried + carry.amount;
      }
      EXPECT_EQ(posted + carried, settlement.total) << settlement.id;
    }
  }
}

TEST(Posting, CarriesANegativeSettlementIntoTheNext) {
  const auto negative = read_rows({summary("1", "2026-03-02", "2026-03-16", "-40.00"),
                                   line("1", "other-transaction", "other-transaction", "Storage Fee", "-40.00")});
  const auto next = read_rows({summary("2", "2026-03-16", "2026-03-30", "60.00"),
                               carry("2", "Payable to Amazon", "-40.00"),
                               carry("2", "Successful charge", "40.00"),
                               line("2", "Order", "ItemPrice", "Principal", "60.00", "2026-03-20 10:00:00 UTC")});
  const auto result = post_settlements({next, negative}, AccountMap::built_in(), {}); // any order in
  ASSERT_EQ(result.journal.entries.size(), 3U); // no deposit for the negative one
  EXPECT_EQ(result.posted[1].deposit.status, DepositStatus::not_expected);
  EXPECT_EQ(plain(result.posted[1].clearing_balance), "-40.00"); // owed to Amazon
  EXPECT_EQ(plain(result.posted[0].clearing_balance), "0.00");
  const Entry& carried = result.journal.entries[1];
  EXPECT_EQ(carried.settlement_id, "2");
  EXPECT_EQ(plain(posting_to(carried, "Liabilities:Amazon:CardCharges")->amount), "-40.00");
  EXPECT_EQ(plain(posting_to(carried, clearing)->amount), "100.00");
}

TEST(Posting, SendsUnmappedLinesToSuspenseAndReportsThem) {
  const auto settlement = read_rows({summary("1", "2026-03-02", "2026-03-16", "-3.00"),
                                     line("1", "other-transaction", "other-transaction", "VineEnrollmentFee", "-1.00"),
                                     line("1", "other-transaction", "other-transaction", "VineEnrollmentFee", "-2.00")});
  const auto result = post_settlements({settlement}, AccountMap::built_in(), {});
  EXPECT_EQ(plain(posting_to(result.journal.entries[0], "Expenses:Amazon:Suspense")->amount), "3.00");
  ASSERT_EQ(result.findings.size(), 1U);
  const Finding& finding = result.findings[0];
  EXPECT_EQ(finding.code, FindingCode::unmapped_line);
  EXPECT_EQ(finding.severity, Severity::warning);
  EXPECT_EQ(plain(*finding.amount), "-3.00");
  EXPECT_EQ(finding.source->line, 3U);
  EXPECT_THAT(finding.message, HasSubstr("2 lines of 'other-transaction / other-transaction / VineEnrollmentFee'"));
  EXPECT_THAT(finding.message, HasSubstr("Expenses:Amazon:Suspense"));
}

TEST(Posting, SplitsAtMonthEndsWithEachPartBalanced) {
  const auto settlement = read_rows({summary("1", "2026-03-23", "2026-04-06", "30.00"),
                                     line("1", "Order", "ItemPrice", "Principal", "10.00", "2026-03-25 10:00:00 UTC"),
                                     line("1", "Order", "ItemPrice", "Principal", "20.00", "2026-04-02 10:00:00 UTC")});
  PostingOptions options;
  options.split = SplitPolicy::month;
  const auto result = post_settlements({settlement}, AccountMap::built_in(), options);
  ASSERT_EQ(result.journal.entries.size(), 3U);
  EXPECT_EQ(to_iso_date(result.journal.entries[0].date), "2026-03-31");
  EXPECT_EQ(result.journal.entries[0].id, "1-2026-03");
  EXPECT_EQ(plain(posting_to(result.journal.entries[0], "Income:Amazon:Sales")->amount), "-10.00");
  EXPECT_EQ(to_iso_date(result.journal.entries[1].date), "2026-04-06");
  EXPECT_EQ(plain(posting_to(result.journal.entries[1], "Income:Amazon:Sales")->amount), "-20.00");
  for (const auto& entry : result.journal.entries) EXPECT_TRUE(sum_of(entry).is_zero()) << entry.id;
  EXPECT_TRUE(result.posted[0].clearing_balance.is_zero());
}

TEST(Posting, NamesClearingByMarketplaceAndInfersItForFeeOnlySettlements) {
  const auto with_marketplace = read_rows({summary("1", "2026-03-02", "2026-03-16", "10.00"),
                                           line("1", "Order", "ItemPrice", "Principal", "10.00")});
  const auto fees_only = read_rows({summary("2", "2026-03-16", "2026-03-30", "-5.00"),
                                    carry("2", "Subscription Fee", "-5.00")});
  const auto result = post_settlements({with_marketplace, fees_only}, AccountMap::built_in(), {});
  EXPECT_EQ(result.posted[1].clearing_account, clearing);

  PostingOptions options;
  options.clearing_account = "Assets:Receivable:Amazon-{marketplace}";
  EXPECT_EQ(post_settlements({fees_only}, AccountMap::built_in(), options).posted[0].clearing_account,
            "Assets:Receivable:Amazon-USD"); // nothing to infer from: the currency
}

// Sums of the input that overflow int64 are the input's fault: InputError at the line to blame.
InputError posting_error(const std::vector<Settlement>& settlements, const std::vector<DepositMatch>& deposits = {}) {
  try {
    static_cast<void>(post_settlements(settlements, AccountMap::built_in(), {}, deposits));
  } catch (const InputError& error) {
    return error;
  }
  ADD_FAILURE() << "posting did not refuse the overflow";
  return InputError("", 0, "");
}

TEST(Posting, RefusesAClearingBalanceTooLargeToHold) {
  const std::string huge = "90000000000000000.00"; // each fits; two do not
  const auto first = read_rows({summary("1", "2026-03-02", "2026-03-16", huge), line("1", "Order", "ItemPrice", "Principal", huge)});
  const auto second = read_rows({summary("2", "2026-03-16", "2026-03-30", huge),
                                 line("2", "Order", "ItemPrice", "Principal", huge, "2026-03-20 10:00:00 UTC")});
  // Neither deposit arrived, so both settlements stay in clearing.
  const DepositMatch missing{DepositStatus::missing, std::nullopt};
  const InputError error = posting_error({first, second}, {missing, missing});
  EXPECT_EQ(error.file(), second.file);
  EXPECT_EQ(error.line(), second.summary_line);
  EXPECT_THAT(error.message(), HasSubstr("the balance of " + clearing + " comes to more than recon can hold exactly"));
}

TEST(Posting, RefusesALineSumWhoseOppositeDoesNotFit) {
  const std::string lowest = "-92233720368547758.08"; // the lowest int64: its negation does not fit
  const auto settlement = read_rows({summary("1", "2026-03-02", "2026-03-16", lowest),
                                     line("1", "other-transaction", "other-transaction", "Storage Fee", lowest)});
  const InputError error = posting_error({settlement});
  EXPECT_EQ(error.line(), settlement.categories.front().first_line);
  EXPECT_THAT(error.message(), HasSubstr("the amount posted to "));
}

} // namespace
} // namespace recon
