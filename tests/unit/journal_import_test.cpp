#include "recon/export/journal_import.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "recon/base/input_error.hpp"

namespace recon {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

const Currency usd = *Currency::from_code("USD");
const Currency eur = *Currency::from_code("EUR");

Entry summary(const std::string& settlement_id, Currency currency = usd) {
  Entry entry;
  entry.date = Day{date::year{2026} / 3 / 16};
  entry.id = settlement_id;
  entry.settlement_id = settlement_id;
  entry.source = {"reports/s.txt", 2};
  entry.postings = {{"200", Money(-1000, currency), std::nullopt}, {"AMZ-CLR", Money(1000, currency), Money(1000, currency)}};
  return entry;
}

Entry deposit(const std::string& settlement_id, bool pending) {
  Entry entry = summary(settlement_id);
  entry.kind = EntryKind::deposit;
  entry.id = settlement_id + "-deposit";
  entry.pending = pending;
  entry.postings = {{"090", Money(1000, usd), std::nullopt}, {"AMZ-CLR", Money(-1000, usd), Money(0, usd)}};
  return entry;
}

Journal journal_of(std::vector<Entry> entries) {
  Journal journal;
  journal.entries = std::move(entries);
  journal.account_origins = {{"200", {"map.csv", 4}}, {"AMZ-CLR", {"--clearing-account", 0}}, {"090", {"--bank-account", 0}}};
  return journal;
}

std::vector<std::string> ids(const Journal& journal) {
  std::vector<std::string> out;
  for (const auto& entry : journal.entries) out.push_back(entry.id);
  return out;
}

std::string refusal(const Journal& journal, JournalFormat format, const JournalExportOptions& options) {
  try {
    check_journal_export(journal, format, options);
  } catch (const InputError& error) {
    return error.what();
  }
  return "";
}

TEST(SelectForExport, ImportsGetFinalEntriesOnlyAndSayWhatTheyLeftOut) {
  const Journal journal = journal_of({summary("1"), deposit("1", false), summary("2"), deposit("2", true), summary("3")});
  const auto qbo = select_for_export(journal, JournalFormat::quickbooks, {}, {"3"});
  EXPECT_THAT(ids(qbo.journal), ElementsAre("1", "1-deposit", "2"));
  ASSERT_EQ(qbo.withheld.size(), 2U);
  EXPECT_EQ(qbo.withheld[0].entry_id, "2-deposit");
  EXPECT_EQ(qbo.withheld[0].reason, WithheldReason::deposit_pending);
  EXPECT_EQ(qbo.withheld[1].entry_id, "3");
  EXPECT_EQ(qbo.withheld[1].reason, WithheldReason::not_footed);
  // The plain-text formats are the ledger itself: everything, the pending deposit marked there.
  EXPECT_EQ(select_for_export(journal, JournalFormat::beancount, {}, {"3"}).journal.entries.size(), 5U);
}

TEST(SelectForExport, XeroDepositsGoToTheBankFeedOrTheTransferAccount) {
  const Journal journal = journal_of({summary("1"), deposit("1", false)});
  const auto feed = select_for_export(journal, JournalFormat::xero, {}, {});
  EXPECT_THAT(ids(feed.journal), ElementsAre("1"));
  EXPECT_EQ(feed.withheld.at(0).reason, WithheldReason::deposit_by_bank_feed);

  JournalExportOptions options;
  options.xero_transfer_account = "1210";
  const auto transfer = select_for_export(journal, JournalFormat::xero, options, {});
  ASSERT_EQ(transfer.journal.entries.size(), 2U);
  EXPECT_EQ(transfer.journal.entries[1].postings[0].account, "1210");
  EXPECT_EQ(transfer.journal.entries[1].postings[1].account, "AMZ-CLR");
  EXPECT_EQ(transfer.journal.account_origins.at("1210").file, "--xero-transfer-account");
  EXPECT_EQ(journal.entries[1].postings[0].account, "090"); // the journal itself is not changed
}

TEST(CheckJournalExport, BlamesTheMapRuleOfAnAccountXeroCannotHold) {
  Journal journal = journal_of({summary("1")});
  journal.entries[0].postings[0].account = "Income:Amazon:Sales";
  journal.account_origins["Income:Amazon:Sales"] = {"map.csv", 9};
  EXPECT_THAT(refusal(journal, JournalFormat::xero, {}), HasSubstr("map.csv:9: account 'Income:Amazon:Sales'"));
  EXPECT_EQ(refusal(journal_of({summary("1")}), JournalFormat::xero, {}), "");
}

TEST(CheckJournalExport, XeroNeedsATaxRateAndOneCurrency) {
  JournalExportOptions blank;
  blank.xero_tax_rate = " ";
  EXPECT_THAT(refusal(journal_of({summary("1")}), JournalFormat::xero, blank), HasSubstr("--xero-tax-rate"));

  const Journal two = journal_of({summary("1"), summary("2", eur)});
  EXPECT_THAT(refusal(two, JournalFormat::xero, {}), HasSubstr("--home-currency"));
  JournalExportOptions usd_home;
  usd_home.home_currency = usd;
  EXPECT_THAT(refusal(two, JournalFormat::xero, usd_home), HasSubstr("settlement 2 is in EUR"));
  EXPECT_EQ(refusal(two, JournalFormat::quickbooks, usd_home), ""); // it has a currency column
}

TEST(CheckJournalExport, RefusesOptionsTheFormatDoesNotTake) {
  JournalExportOptions options;
  options.date_format = CsvDateFormat::day_first;
  EXPECT_THAT(refusal(journal_of({}), JournalFormat::beancount, options), HasSubstr("--date-format does nothing"));
  options = {};
  options.open_directives = false;
  EXPECT_THAT(refusal(journal_of({}), JournalFormat::hledger, options), HasSubstr("--no-open"));
}

TEST(QuickbooksJournalNumber, IsShortStableAndUnique) {
  Entry part = summary("17000001003");
  part.id = "17000001003-2026-03";
  part.date = Day{date::year{2026} / 3 / 31};
  EXPECT_EQ(quickbooks_journal_number(summary("17000001003")), "17000001003");
  EXPECT_EQ(quickbooks_journal_number(part), "17000001003-202603");
  EXPECT_EQ(quickbooks_journal_number(deposit("17000001003", false)), "17000001003-D");

  const Journal too_long = journal_of({summary("1234567890123456789012")});
  EXPECT_THAT(refusal(too_long, JournalFormat::quickbooks, {}), HasSubstr("longer than the 21 characters"));
}

} // namespace
} // namespace recon
