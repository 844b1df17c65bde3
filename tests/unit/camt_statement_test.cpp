#include "ingest/camt_statement.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "recon/base/input_error.hpp"
#include "recon/ingest/importer.hpp"
#include "temp_file.hpp"

namespace recon {
namespace {

using ::testing::HasSubstr;

const std::string bank_dir = RECON_TESTDATA_DIR "/bank/";

std::string plain(const Money& money) { return to_plain_string(money) + " " + std::string(money.currency().code()); }

// A CAMT.053 document (version .08) around the given entries; the first <Ntry> is on line 5.
std::string camt053(const std::string& entries, const std::string& ns = "camt.053.001.08") {
  return "<?xml version=\"1.0\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:" + ns + "\">\n<BkToCstmrStmt>\n"
         "<Stmt><Acct><Ccy>EUR</Ccy></Acct>\n" + entries + "</Stmt>\n</BkToCstmrStmt>\n</Document>\n";
}

std::string entry(const std::string& amount, const std::string& indicator, const std::string& status = "<Sts><Cd>BOOK</Cd></Sts>",
                  const std::string& booked = "<BookgDt><Dt>2026-03-20</Dt></BookgDt>") {
  return "<Ntry>\n<Amt Ccy=\"EUR\">" + amount + "</Amt>\n<CdtDbtInd>" + indicator + "</CdtDbtInd>\n" + status + "\n" + booked + "\n</Ntry>\n";
}

BankStatement read_text(const std::string& text) { return read_camt_statement(test::TempFile(text, "statement.xml").path()); }

InputError error_reading(const std::string& text) {
  try {
    (void)read_text(text);
  } catch (const InputError& error) {
    return error;
  }
  ADD_FAILURE() << "the file should be refused";
  return InputError("", 0, "");
}

TEST(CamtStatement, ReadsACamt053Version02Statement) {
  const auto statement = read_camt_statement(bank_dir + "camt053-v02.xml");
  EXPECT_EQ(statement.format, BankFormat::camt053);
  EXPECT_EQ(statement.currency_origin, CurrencyOrigin::file);
  EXPECT_EQ(statement.currency.code(), "USD");
  ASSERT_EQ(statement.lines.size(), 15U);
  EXPECT_EQ(plain(statement.lines[0].amount), "-2400.00 USD"); // DBIT
  const BankLine& deposit = statement.lines[2];
  EXPECT_EQ(deposit.source.line, 62U); // its <Ntry>
  EXPECT_EQ(to_iso_date(deposit.date), "2026-03-20");
  EXPECT_EQ(plain(deposit.amount), "640.27 USD"); // CRDT
  EXPECT_EQ(deposit.description, "ACH CREDIT AMAZON.COM SERVICES, L PAYMENTS PPD ID: 9100000001 SETTLEMENT 17000001003");
  EXPECT_EQ(to_iso_date(statement.first), "2026-03-01"); // <FrToDt>
  EXPECT_EQ(to_iso_date(statement.last), "2026-05-31");
}

TEST(CamtStatement, SkipsBalancesAndPendingEntriesWithTheirReasons) {
  const auto statement = read_camt_statement(bank_dir + "camt053-v02.xml");
  ASSERT_EQ(statement.skipped.size(), 3U);
  EXPECT_EQ(statement.skipped[0].reason, "opening balance");
  EXPECT_EQ(statement.skipped[0].text, "8000.00 USD 2026-03-01");
  EXPECT_EQ(statement.skipped[1].reason, "closing balance");
  EXPECT_EQ(statement.skipped[2].reason, "pending: not yet booked");
  EXPECT_EQ(statement.skipped[2].line, 270U);
  EXPECT_THAT(statement.skipped[2].text, HasSubstr("512.40 USD"));
}

TEST(CamtStatement, ReadsVersion08WithStatusCodesDateTimesAndSeveralCurrencies) {
  const auto statement = read_camt_statement(bank_dir + "camt053-v08.xml");
  ASSERT_EQ(statement.lines.size(), 4U);
  EXPECT_EQ(statement.currency.code(), "EUR");
  // Booked at 23:30 in Frankfurt, which is the 20th there and the 20th as written, never UTC's day.
  EXPECT_EQ(to_iso_date(statement.lines[0].date), "2026-03-20");
  EXPECT_EQ(plain(statement.lines[0].amount), "1834.52 EUR");
  EXPECT_EQ(to_iso_date(statement.lines[2].date), "2026-03-30"); // 00:15 +02:00: UTC would say the 29th
  EXPECT_EQ(plain(statement.lines[2].amount), "412.07 GBP");     // its own Amt Ccy, not the account's
  EXPECT_EQ(plain(statement.lines[3].amount), "-86.40 EUR");
  EXPECT_EQ(statement.lines[3].description, "LASTSCHRIFT DHL Paket & Fracht");
  EXPECT_EQ(statement.lines[1].description, "DAUERAUFTRAG Miete Lager März");
  ASSERT_EQ(statement.skipped.size(), 3U);
  EXPECT_EQ(statement.skipped[0].reason, "previous closing balance");
  EXPECT_EQ(statement.skipped[2].reason, "pending: not yet booked");
}

TEST(CamtStatement, ReadsACamt052Report) {
  const auto statement = read_camt_statement(bank_dir + "camt052.xml");
  EXPECT_EQ(statement.format, BankFormat::camt052);
  ASSERT_EQ(statement.lines.size(), 4U);
  EXPECT_EQ(statement.lines[0].source.line, 24U);
  EXPECT_EQ(plain(statement.lines[0].amount), "893.11 USD");
  ASSERT_EQ(statement.skipped.size(), 2U);
  EXPECT_EQ(statement.skipped[0].reason, "interim balance");
  EXPECT_EQ(statement.skipped[1].reason, "pending: not yet booked");
}

TEST(CamtStatement, IsRecognisedByItsNamespace) {
  EXPECT_EQ(importer_for(read_file_head(bank_dir + "camt053-v02.xml")).name, "bank-camt");
  EXPECT_EQ(importer_for(read_file_head(bank_dir + "camt052.xml")).name, "bank-camt");
  EXPECT_FALSE(looks_like_camt({"<?xml version=\"1.0\"?>", "<settlement>"}));
}

TEST(CamtStatement, ReadsTheOlderPlainStatusForm) {
  const auto statement = read_text(camt053(entry("10.00", "CRDT", "<Sts>BOOK</Sts>"), "camt.053.001.04"));
  ASSERT_EQ(statement.lines.size(), 1U);
  EXPECT_EQ(statement.lines[0].source.line, 5U);
}

TEST(CamtStatement, RefusesMalformedXmlAtTheLineLibxml2Reports) {
  const auto error = error_reading(camt053("<Ntry>\n<Amt Ccy=\"EUR\">1.00</Amount>\n</Ntry>\n"));
  EXPECT_EQ(error.line(), 6U);
  EXPECT_THAT(error.message(), HasSubstr("not well-formed XML"));
}

TEST(CamtStatement, RefusesADocumentType) {
  // An external entity would read another file; recon reads no DTD at all.
  const auto error = error_reading("<?xml version=\"1.0\"?>\n<!DOCTYPE Document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                                   "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">&x;</Document>\n");
  EXPECT_THAT(error.message(), HasSubstr("DTD"));
}

TEST(CamtStatement, RefusesASignedAmountOrAMissingIndicator) {
  EXPECT_THAT(error_reading(camt053(entry("-10.00", "DBIT"))).message(), HasSubstr("carries no sign"));
  const auto error = error_reading(camt053(entry("10.00", "")));
  EXPECT_EQ(error.line(), 5U);
  EXPECT_THAT(error.message(), HasSubstr("CdtDbtInd"));
}

TEST(CamtStatement, RefusesAnAmountWithMoreDecimalsThanItsCurrency) {
  const auto error = error_reading(camt053(entry("10.005", "CRDT")));
  EXPECT_EQ(error.line(), 6U);
  EXPECT_THAT(error.message(), HasSubstr("\"10.005\""));
}

TEST(CamtStatement, RefusesABookedEntryWithoutABookingDate) {
  const auto error = error_reading(camt053(entry("10.00", "CRDT", "<Sts>BOOK</Sts>", "<ValDt><Dt>2026-03-20</Dt></ValDt>")));
  EXPECT_THAT(error.message(), HasSubstr("no booking date"));
}

TEST(CamtStatement, RefusesANotificationAndSeveralStatementsByName) {
  const auto notification = error_reading("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.02\"/>\n");
  EXPECT_THAT(notification.message(), HasSubstr("camt.054.001.02"));
  const auto two = error_reading("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt>"
                                 "<Stmt/><Stmt/></BkToCstmrStmt></Document>\n");
  EXPECT_THAT(two.message(), HasSubstr("holds 2 statements"));
}

} // namespace
} // namespace recon
