#include "recon/export/export_once.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "recon/base/input_error.hpp"

namespace recon {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

const Currency usd = *Currency::from_code("USD");

Entry summary(const std::string& id, const std::string& settlement_id, unsigned day = 16) {
  Entry entry;
  entry.date = Day{date::year{2026} / 3 / date::day{day}};
  entry.id = id;
  entry.settlement_id = settlement_id;
  entry.narration = "Amazon settlement " + settlement_id;
  entry.postings = {{"Income:Sales", Money(-1000, usd), std::nullopt}, {"Clearing", Money(1000, usd), Money(1000, usd)}};
  return entry;
}

Entry deposit(const std::string& settlement_id, unsigned day) {
  Entry entry = summary(settlement_id + "-deposit", settlement_id, day);
  entry.kind = EntryKind::deposit;
  entry.narration = "Amazon deposit of settlement " + settlement_id + " (bank.csv:4)";
  entry.postings = {{"Bank", Money(1000, usd), std::nullopt}, {"Clearing", Money(-1000, usd), Money(0, usd)}};
  return entry;
}

ExportedEntry exported(const Entry& entry) { return {entry.id, entry.settlement_id, entry.kind, exported_content(entry), "qbo.csv"}; }

ExportSelection selection_of(std::vector<Entry> entries) {
  ExportSelection selection;
  selection.journal.entries = std::move(entries);
  return selection;
}

std::vector<std::string> ids(const ExportSelection& selection) {
  std::vector<std::string> out;
  for (const auto& entry : selection.journal.entries) out.push_back(entry.id);
  return out;
}

std::vector<std::string> changed(const ExportSelection& selection) {
  std::vector<std::string> out;
  for (const auto& withheld : selection.withheld) {
    if (withheld.reason == WithheldReason::changed_since_export) out.push_back(withheld.entry_id);
  }
  return out;
}

std::string refusal(std::string_view text) {
  try {
    (void)parse_reexport(text);
  } catch (const InputError& error) {
    return error.what();
  }
  return "";
}

TEST(ExportOnce, OnlyTheImportFormatsAreExportedOnce) {
  EXPECT_TRUE(exported_once(JournalFormat::quickbooks));
  EXPECT_TRUE(exported_once(JournalFormat::xero));
  for (const auto format : {JournalFormat::beancount, JournalFormat::hledger, JournalFormat::ledger, JournalFormat::csv}) {
    EXPECT_FALSE(exported_once(format)) << journal_format_name(format);
  }
}

TEST(ExportOnce, ContentIsWhatIsBookedNotTheNarration) {
  const Entry entry = deposit("1", 18);
  EXPECT_EQ(exported_content(entry), "2026-03-18\nBank\t10.00 USD\nClearing\t-10.00 USD");
  Entry reworded = entry;
  reworded.narration = "worded otherwise";
  EXPECT_EQ(exported_content(reworded), exported_content(entry));
  Entry later = deposit("1", 19);
  EXPECT_NE(exported_content(later), exported_content(entry));
}

TEST(ExportOnce, EntriesExportedBeforeAreLeftOutAndNewOnesKept) {
  // Period 1 exported the settlement; period 2 brings the deposit the bank confirmed and the next one.
  const std::vector<ExportedEntry> before = {exported(summary("1", "1"))};
  auto selection = selection_of({summary("1", "1"), deposit("1", 18), summary("2", "2", 30)});
  leave_out_exported(selection, before, {});
  EXPECT_THAT(ids(selection), ElementsAre("1-deposit", "2"));
  EXPECT_EQ(selection.exported_before, 1U);
  EXPECT_EQ(selection.reexported, 0U);
  EXPECT_THAT(selection.withheld, IsEmpty());
}

TEST(ExportOnce, NothingExportedBeforeLeavesEverything) {
  auto selection = selection_of({summary("1", "1"), deposit("1", 18)});
  leave_out_exported(selection, {}, {});
  EXPECT_THAT(ids(selection), ElementsAre("1", "1-deposit"));
  EXPECT_EQ(selection.exported_before, 0U);
}

TEST(ExportOnce, AnEntryPostedDifferentlySinceIsWithheldNotExportedAgain) {
  Entry remapped = summary("1", "1");
  remapped.postings.front().account = "Income:Other";
  const Entry moved = deposit("1", 20);
  auto selection = selection_of({remapped, moved});
  leave_out_exported(selection, {exported(summary("1", "1")), exported(deposit("1", 18))}, {});
  EXPECT_THAT(ids(selection), IsEmpty());
  EXPECT_THAT(changed(selection), ElementsAre("1", "1-deposit"));
  EXPECT_EQ(selection.exported_before, 0U);
}

TEST(ExportOnce, ASettlementSplitOtherwiseSinceItsExportIsNotExportedTwice) {
  // Exported whole, now posted as two months (--split month): the parts are new ids, not new entries.
  auto selection = selection_of({summary("1-2026-02", "1", 28), summary("1-2026-03", "1", 16), deposit("1", 18)});
  leave_out_exported(selection, {exported(summary("1", "1"))}, {});
  EXPECT_THAT(ids(selection), ElementsAre("1-deposit"));
  EXPECT_THAT(changed(selection), ElementsAre("1-2026-02", "1-2026-03"));
}

TEST(ExportOnce, ReexportWritesAgainWhatItCoversAsItIsNow) {
  const std::vector<ExportedEntry> before = {exported(summary("1", "1")), exported(deposit("1", 18)), exported(summary("2", "2", 30))};
  Entry remapped = summary("2", "2", 30);
  remapped.postings.front().account = "Income:Other";

  auto by_settlement = selection_of({summary("1", "1"), deposit("1", 18), remapped, summary("3", "3", 31)});
  leave_out_exported(by_settlement, before, {parse_reexport("1")});
  EXPECT_THAT(ids(by_settlement), ElementsAre("1", "1-deposit", "3"));
  EXPECT_EQ(by_settlement.reexported, 2U);
  EXPECT_THAT(changed(by_settlement), ElementsAre("2"));

  auto by_dates = selection_of({summary("1", "1"), deposit("1", 18), remapped, summary("3", "3", 31)});
  leave_out_exported(by_dates, before, {parse_reexport("2026-03-17..2026-03-30")});
  EXPECT_THAT(ids(by_dates), ElementsAre("1-deposit", "2", "3"));
  EXPECT_EQ(by_dates.reexported, 2U);
  EXPECT_EQ(by_dates.exported_before, 1U);
  EXPECT_EQ(by_dates.journal.entries[1].postings.front().account, "Income:Other"); // as it is now

  auto everything = selection_of({summary("1", "1"), deposit("1", 18), remapped});
  leave_out_exported(everything, before, {parse_reexport("all")});
  EXPECT_THAT(ids(everything), ElementsAre("1", "1-deposit", "2"));
  EXPECT_EQ(everything.reexported, 3U);
  EXPECT_THAT(everything.withheld, IsEmpty());
}

TEST(ExportOnce, ReexportTakesAllASettlementOrARangeOfDates) {
  EXPECT_EQ(parse_reexport("all").kind, ReexportRequest::Kind::all);
  const auto settlement = parse_reexport("17000001003");
  EXPECT_EQ(settlement.kind, ReexportRequest::Kind::settlement);
  EXPECT_EQ(settlement.settlement_id, "17000001003");
  const auto range = parse_reexport("2026-03-01..2026-03-31");
  EXPECT_EQ(range.kind, ReexportRequest::Kind::dates);
  EXPECT_EQ(range.from, Day{date::year{2026} / 3 / 1});
  EXPECT_EQ(range.to, Day{date::year{2026} / 3 / 31});
  EXPECT_EQ(parse_reexport("2026-03-05..2026-03-05").from, parse_reexport("2026-03-05..2026-03-05").to);
}

TEST(ExportOnce, ReexportRefusesWhatItCannotRead) {
  EXPECT_THAT(refusal("03/01/2026..03/31/2026"), HasSubstr("'03/01/2026' in --reexport 03/01/2026..03/31/2026 is not a date written YYYY-MM-DD"));
  EXPECT_THAT(refusal("2026-02-30..2026-03-31"), HasSubstr("is not a date written YYYY-MM-DD"));
  EXPECT_THAT(refusal("2026-03-01.."), HasSubstr("'' in --reexport"));
  EXPECT_THAT(refusal("2026-03-31..2026-03-01"), HasSubstr("ends before it starts"));
  EXPECT_THAT(refusal(""), HasSubstr("neither all, a settlement id, nor a range of dates"));
  EXPECT_THAT(refusal("1700 0001"), HasSubstr("neither all"));
}

TEST(ExportOnce, ReexportOfASettlementTheJournalDoesNotHoldIsRefused) {
  Journal journal;
  journal.entries = {summary("1", "1")};
  EXPECT_NO_THROW(check_reexport({parse_reexport("1"), parse_reexport("all")}, journal));
  try {
    check_reexport({parse_reexport("9")}, journal);
    FAIL() << "a settlement the journal does not hold was taken";
  } catch (const InputError& error) {
    EXPECT_THAT(error.what(), HasSubstr("there is no settlement 9 in the book or the run"));
  }
}

} // namespace
} // namespace recon
