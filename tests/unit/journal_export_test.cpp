#include "recon/export/journal_export.hpp"

#include <algorithm>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "recon/base/input_error.hpp"

namespace recon {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const Currency usd = *Currency::from_code("USD");

Journal one_entry_journal(const std::string& memo) {
  Entry entry;
  entry.date = Day{date::year{2026} / 3 / 16};
  entry.id = "17000001003";
  entry.narration = memo;
  entry.settlement_id = "17000001003";
  entry.source = {"reports/s.txt", 2};
  entry.postings = {{"Income:Amazon:Sales", Money(-1000, usd), std::nullopt},
                    {"Assets:Amazon:Clearing:US", Money(1000, usd), Money(1000, usd)}};
  Journal journal;
  journal.entries.push_back(entry);
  journal.balance_checks.push_back({entry.date, "Assets:Amazon:Clearing:US", Money(1000, usd)});
  return journal;
}

JournalExportOptions tax_rate(const std::string& name) {
  JournalExportOptions options;
  options.xero_tax_rate = name;
  return options;
}

TEST(JournalFormat, FollowsTheExtensionOrTheName) {
  EXPECT_EQ(journal_format_for_path("out.beancount"), JournalFormat::beancount);
  EXPECT_EQ(journal_format_for_path("books/2026.journal"), JournalFormat::hledger);
  EXPECT_EQ(journal_format_for_path("x.ledger"), JournalFormat::ledger);
  EXPECT_EQ(journal_format_for_path("x.csv"), JournalFormat::csv);
  EXPECT_FALSE(journal_format_for_path("x.txt"));
  EXPECT_FALSE(journal_format_for_path("dir.d/journal"));
  EXPECT_EQ(journal_format_named("qbo"), JournalFormat::quickbooks);
  EXPECT_FALSE(journal_format_named("quicken"));
}

TEST(AccountNames, BeancountIsStrict) {
  EXPECT_FALSE(account_name_problem("Assets:Amazon:Clearing:US", JournalFormat::beancount));
  EXPECT_FALSE(account_name_problem("Expenses:Amazon:FBA-Fees", JournalFormat::beancount));
  EXPECT_THAT(*account_name_problem("Amazon:Sales", JournalFormat::beancount), HasSubstr("start with Assets"));
  EXPECT_THAT(*account_name_problem("Income:Amazon Sales", JournalFormat::beancount), HasSubstr("'Amazon Sales'"));
  EXPECT_THAT(*account_name_problem("Income:sales", JournalFormat::beancount), HasSubstr("capital"));
  EXPECT_TRUE(account_name_problem("Income", JournalFormat::beancount));
  EXPECT_FALSE(account_name_problem("Income:Amazon Sales", JournalFormat::hledger));
  EXPECT_TRUE(account_name_problem("(Income)", JournalFormat::ledger));
  EXPECT_FALSE(account_name_problem("200", JournalFormat::xero));
}

TEST(AccountNames, AreOneLineInEveryFormat) {
  for (const auto format : {JournalFormat::beancount, JournalFormat::hledger, JournalFormat::ledger, JournalFormat::csv,
                            JournalFormat::quickbooks, JournalFormat::xero}) {
    EXPECT_THAT(account_name_problem("Expenses:Fees\ninclude /etc/passwd", format).value_or(""), HasSubstr("\\n")) << journal_format_name(format);
    EXPECT_THAT(account_name_problem("Expenses:Fees\r", format).value_or(""), HasSubstr("\\r")) << journal_format_name(format);
    EXPECT_THAT(account_name_problem("Expenses:\x1b[2JFees", format).value_or(""), HasSubstr("U+001B")) << journal_format_name(format);
  }
}

// Text from outside recon (file names from the command line, report fields) that tries to end its
// line and start a directive of its own.
const std::string hostile = "x\"\\\ninclude /etc/passwd\r\n2026-01-01 open Assets:Stolen\t\x1b";

Journal hostile_journal() {
  Journal journal = one_entry_journal("Amazon deposit of settlement 17000001003 (" + hostile + ":4)");
  journal.entries[0].source.file = hostile;
  journal.entries[0].source_sha256 = hostile;
  return journal;
}

std::size_t line_breaks(std::string_view text) { return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')); }

TEST(Export, TextJournalsKeepOutsideTextOnItsLine) {
  for (const auto format : {JournalFormat::beancount, JournalFormat::hledger, JournalFormat::ledger}) {
    const std::string clean = export_journal(one_entry_journal("Amazon settlement"), format);
    const std::string text = export_journal(hostile_journal(), format);
    EXPECT_EQ(line_breaks(text), line_breaks(clean)) << text;
    EXPECT_EQ(text.find('\r'), std::string::npos) << journal_format_name(format);
    EXPECT_EQ(text.find('\x1b'), std::string::npos) << journal_format_name(format);
    EXPECT_EQ(text.find('\t'), std::string::npos) << journal_format_name(format);
    if (format != JournalFormat::beancount) { // beancount escapes the backslashes as well, see below
      EXPECT_THAT(text, HasSubstr("\\ninclude /etc/passwd\\r\\n2026-01-01 open Assets:Stolen\\tU+001B"));
    }
  }
}

TEST(Export, BeancountStringsEscapeQuotesAndBackslashes) {
  const std::string text = export_journal(hostile_journal(), JournalFormat::beancount);
  // x"\ then the line break spelled out: a quote and a backslash escaped, then \\n (backslash, n).
  EXPECT_THAT(text, HasSubstr("  source_sha256: \"x\\\"\\\\\\\\ninclude /etc/passwd"));
}

TEST(Export, BeancountAssertsTheBalanceTheNextMorning) {
  const std::string text = export_journal(one_entry_journal("Amazon settlement"), JournalFormat::beancount);
  EXPECT_THAT(text, HasSubstr("2026-03-16 open Assets:Amazon:Clearing:US\n"));
  EXPECT_THAT(text, HasSubstr("2026-03-16 * \"Amazon\" \"Amazon settlement\"\n"));
  EXPECT_THAT(text, HasSubstr("  settlement_id: \"17000001003\"\n"));
  EXPECT_THAT(text, HasSubstr("  source: \"s.txt:2\"\n")); // the file's name, not the folders it was in
  EXPECT_THAT(text, HasSubstr("2026-03-17 balance Assets:Amazon:Clearing:US  10.00 USD\n"));
}

TEST(Export, LedgerFamilyAssertsOnThePosting) {
  const std::string hledger = export_journal(one_entry_journal("Amazon settlement"), JournalFormat::hledger);
  EXPECT_THAT(hledger, HasSubstr("2026-03-16 * Amazon | Amazon settlement\n"));
  EXPECT_THAT(hledger, HasSubstr("10.00 USD = 10.00 USD\n"));
  const std::string ledger = export_journal(one_entry_journal("Amazon settlement"), JournalFormat::ledger);
  EXPECT_THAT(ledger, HasSubstr("2026-03-16 * Amazon settlement\n"));
  EXPECT_THAT(ledger, HasSubstr("    ; settlement_id: 17000001003\n"));
}

// hledger ends a tag's value at a comma and strips the whitespace around it, so the file name in
// its source tag is percent-encoded where it must be; ledger reads the value to the end of the line.
TEST(Export, SourceTagsNameTheFileExactly) {
  Journal journal = one_entry_journal("Amazon settlement");
  journal.entries[0].source = {"reports/settlement, source: forged 100%2C.txt", 2};
  EXPECT_THAT(export_journal(journal, JournalFormat::hledger), HasSubstr("    ; source: settlement%2C source: forged 100%252C.txt:2\n"));
  EXPECT_THAT(export_journal(journal, JournalFormat::ledger), HasSubstr("    ; source: settlement, source: forged 100%2C.txt:2\n"));
  // Whitespace that starts the name, ASCII or not (U+00A0, U+3000), byte by byte; inside it is kept.
  journal.entries[0].source = {"reports/ \u00A0\u3000a b.txt", 2};
  EXPECT_THAT(export_journal(journal, JournalFormat::hledger), HasSubstr("    ; source: %20%C2%A0%E3%80%80a b.txt:2\n"));
  // A name that needs none is as it was.
  EXPECT_THAT(export_journal(one_entry_journal("Amazon settlement"), JournalFormat::hledger), HasSubstr("    ; source: s.txt:2\n"));
}

TEST(Export, CsvFormatsQuoteAndSplitDebitsFromCredits) {
  const auto journal = one_entry_journal("Settlement, \"quoted\"");
  EXPECT_EQ(export_journal(journal, JournalFormat::csv),
            "date,entry_id,account,debit,credit,currency,memo,settlement_id\r\n"
            "2026-03-16,17000001003,Income:Amazon:Sales,,10.00,USD,\"Settlement, \"\"quoted\"\"\",17000001003\r\n"
            "2026-03-16,17000001003,Assets:Amazon:Clearing:US,10.00,,USD,\"Settlement, \"\"quoted\"\"\",17000001003\r\n");
  EXPECT_THAT(export_journal(journal, JournalFormat::quickbooks), HasSubstr("17000001003,03/16/2026,Income:Amazon:Sales,,10.00,"));
  const std::string xero = export_journal(journal, JournalFormat::xero, tax_rate("No VAT"));
  EXPECT_THAT(xero, HasSubstr("16/03/2026"));
  EXPECT_THAT(xero, HasSubstr(",Income:Amazon:Sales,No VAT,-10.00,"));
}

TEST(Export, CsvJournalsNeutraliseFormulasAndKeepNumbersNumeric) {
  Journal journal = one_entry_journal("=HYPERLINK(\"http://x.example\",\"x\")");
  journal.entries[0].postings[0].account = "@SUM(1+1)";
  const std::string generic = export_journal(journal, JournalFormat::csv);
  EXPECT_THAT(generic, HasSubstr(",'@SUM(1+1),,10.00,USD,\"'=HYPERLINK(\"\"http://x.example\"\",\"\"x\"\")\",17000001003\r\n"));
  const std::string quickbooks = export_journal(journal, JournalFormat::quickbooks);
  EXPECT_THAT(quickbooks, HasSubstr(",'@SUM(1+1),,10.00,\"'=HYPERLINK("));
  const std::string xero = export_journal(journal, JournalFormat::xero, tax_rate("+cmd"));
  EXPECT_THAT(xero, HasSubstr("\"'=HYPERLINK(\"\"http://x.example\"\",\"\"x\"\") [17000001003]\",16/03/2026,"));
  EXPECT_THAT(xero, HasSubstr(",'@SUM(1+1),'+cmd,-10.00,")); // the amount stays a number, sign and all
  for (const auto cell : {"-x", "+x", "\tx", "\rx"}) {
    journal.entries[0].narration = cell;
    EXPECT_THAT(export_journal(journal, JournalFormat::csv), HasSubstr("'" + std::string(cell).substr(0, 1))) << cell;
  }
}

TEST(Export, AccountNamesFollowQuickbooksAndXero) {
  EXPECT_FALSE(account_name_problem("Income:Amazon Sales", JournalFormat::quickbooks));
  EXPECT_THAT(*account_name_problem("Income: Sales", JournalFormat::quickbooks), HasSubstr("blank"));
  EXPECT_TRUE(account_name_problem("Income:\"Sales\"", JournalFormat::quickbooks));
  EXPECT_FALSE(account_name_problem("AMZ-CLR-US", JournalFormat::xero));
  EXPECT_THAT(*account_name_problem("AMZ-CLR-USA", JournalFormat::xero), HasSubstr("at most 10"));
  EXPECT_THAT(*account_name_problem("Sales 1", JournalFormat::xero), HasSubstr("only letters"));
}

TEST(Export, CsvDatesFollowTheFormatOrTheTarget) {
  const auto journal = one_entry_journal("Amazon settlement");
  JournalExportOptions options;
  options.date_format = CsvDateFormat::day_first;
  EXPECT_THAT(export_journal(journal, JournalFormat::quickbooks, options), HasSubstr(",16/03/2026,"));
  options.date_format = CsvDateFormat::month_first;
  EXPECT_THAT(export_journal(journal, JournalFormat::xero, options), HasSubstr(",03/16/2026,"));
  EXPECT_THAT(export_journal(journal, JournalFormat::csv), HasSubstr("2026-03-16,"));
  EXPECT_EQ(csv_date_format_named("DD/MM/YYYY"), CsvDateFormat::day_first);
  EXPECT_FALSE(csv_date_format_named("D/M/Y"));
}

TEST(Export, QuickbooksWritesTheCurrencyOfAForeignSettlement) {
  auto journal = one_entry_journal("Amazon settlement");
  JournalExportOptions options;
  options.home_currency = usd;
  options.qbo_name = "Amazon";
  EXPECT_THAT(export_journal(journal, JournalFormat::quickbooks, options), Not(HasSubstr("Currency Code")));
  options.home_currency = Currency::from_code("CAD");
  const std::string text = export_journal(journal, JournalFormat::quickbooks, options);
  EXPECT_THAT(text, HasSubstr(",Name,Currency Code\r\n"));
  EXPECT_THAT(text, HasSubstr(",Amazon,USD\r\n"));
}

TEST(Export, XeroJournalsSplitAtWholeEntries) {
  Journal journal;
  for (int i = 0; i < 200; ++i) { // 400 lines
    auto entry = one_entry_journal("Amazon settlement").entries[0];
    entry.id = std::to_string(i);
    journal.entries.push_back(entry);
  }
  const auto files = export_journal_files(journal, JournalFormat::xero, {}, "out/xero.csv");
  ASSERT_EQ(files.size(), 2U);
  EXPECT_EQ(files[0].path, "out/xero-1.csv");
  EXPECT_EQ(files[1].path, "out/xero-2.csv");
  EXPECT_EQ(files[0].entries, 149U); // 1 header + 149 * 2 lines = 299; one more entry would be 301
  EXPECT_EQ(files[0].entries + files[1].entries, 200U);
  EXPECT_EQ(line_breaks(files[0].text), 299U);
  EXPECT_EQ(export_journal_files(journal, JournalFormat::csv, {}, "out/x.csv").size(), 1U);
}

TEST(Export, PartNumbersAreReadOnlyAsTheyAreWritten) {
  EXPECT_EQ(journal_part_number("xero.csv", "xero-1.csv"), 1U);
  EXPECT_EQ(journal_part_number("xero.csv", "xero-12.csv"), 12U);
  EXPECT_EQ(journal_part_number("out/xero.csv", "out/xero-3.csv"), 3U);
  EXPECT_EQ(journal_part_number("xero", "xero-2"), 2U);
  for (const char* other : {"xero.csv", "xero-0.csv", "xero-01.csv", "xero-.csv", "xero-1.csv.bak", "xero-1a.csv", "xero-1.CSV",
                            "my-xero-1.csv", "xero-1-2.csv", "xero--1.csv", "xero-1234567890.csv"}) {
    EXPECT_FALSE(journal_part_number("xero.csv", other).has_value()) << other;
  }
  // Every name export_journal_files gives is read back as its number.
  Journal journal;
  for (int i = 0; i < 400; ++i) journal.entries.push_back(one_entry_journal("x").entries.front());
  const auto files = export_journal_files(journal, JournalFormat::xero, {}, "out/xero.csv");
  for (std::size_t i = 0; i < files.size(); ++i) EXPECT_EQ(journal_part_number("out/xero.csv", files[i].path), i + 1);
}

TEST(Export, ClearingOpeningRaisesTheAssertions) {
  JournalExportOptions options;
  options.clearing_openings = {{"", "148.20"}};
  const std::string text = export_journal(one_entry_journal("Amazon settlement"), JournalFormat::hledger, options);
  EXPECT_THAT(text, HasSubstr("10.00 USD = 158.20 USD"));
  options.clearing_openings = {{"Assets:Amazon:Clearing:CA", "1.00"}};
  EXPECT_THROW((void)export_journal(one_entry_journal("x"), JournalFormat::beancount, options), InputError);
  options.open_directives = false;
  options.clearing_openings = {};
  EXPECT_THAT(export_journal(one_entry_journal("x"), JournalFormat::beancount, options), Not(HasSubstr(" open ")));
}

} // namespace
} // namespace recon
