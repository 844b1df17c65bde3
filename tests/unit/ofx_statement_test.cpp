#include "ingest/ofx_statement.hpp"

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

// A one-statement OFX 1.x file around the given transactions (SGML: leaf elements are not closed).
std::string sgml_statement(const std::string& transactions, const std::string& statements_extra = "") {
  return "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX>\n<BANKMSGSRSV1>\n<STMTTRNRS>\n<TRNUID>1\n"
         "<STATUS><CODE>0<SEVERITY>INFO</STATUS>\n<STMTRS>\n<CURDEF>EUR\n"
         "<BANKACCTFROM><BANKID>1<ACCTID>2<ACCTTYPE>CHECKING</BANKACCTFROM>\n<BANKTRANLIST>\n" +
         transactions + "</BANKTRANLIST>\n</STMTRS>\n</STMTTRNRS>\n" + statements_extra + "</BANKMSGSRSV1>\n</OFX>\n";
}

InputError error_reading(const std::string& text) {
  try {
    (void)read_ofx_statement(test::TempFile(text, "statement.ofx").path());
  } catch (const InputError& error) {
    return error;
  }
  ADD_FAILURE() << "the file should be refused";
  return InputError("", 0, "");
}

TEST(OfxStatement, ReadsAQfxBankStatementAsTheBankWroteIt) {
  const auto statement = read_ofx_statement(bank_dir + "checking.qfx");
  EXPECT_EQ(statement.format, BankFormat::ofx);
  EXPECT_EQ(statement.currency_origin, CurrencyOrigin::file);
  EXPECT_EQ(statement.currency.code(), "USD");
  ASSERT_EQ(statement.lines.size(), 15U);
  const BankLine& deposit = statement.lines[2];
  EXPECT_EQ(deposit.source.line, 58U); // its <STMTTRN>
  // Posted at 20:30 Eastern, which is the 21st in UTC: the day stays the one the bank wrote.
  EXPECT_EQ(to_iso_date(deposit.date), "2026-03-20");
  EXPECT_EQ(plain(deposit.amount), "640.27 USD");
  EXPECT_EQ(deposit.description, "AMAZON.COM SERVICES, L PAYMENTS PPD ID: 9100000001 SETTLEMENT 17000001003");
  EXPECT_EQ(plain(statement.lines[0].amount), "-2400.00 USD");
  // The period is the transaction list's DTSTART to DTEND, not its first and last transactions.
  EXPECT_EQ(to_iso_date(statement.first), "2026-03-01");
  EXPECT_EQ(to_iso_date(statement.last), "2026-05-31");
}

TEST(OfxStatement, ListsBalancesAsSkippedNotAsTransactions) {
  const auto statement = read_ofx_statement(bank_dir + "checking.qfx");
  ASSERT_EQ(statement.skipped.size(), 2U);
  EXPECT_EQ(statement.skipped[0].reason, "ledger balance");
  EXPECT_EQ(statement.skipped[0].text, "<LEDGERBAL>");
  EXPECT_EQ(statement.skipped[1].reason, "available balance");
  EXPECT_LT(statement.skipped[0].line, statement.skipped[1].line);
}

TEST(OfxStatement, ReadsOfx2XmlWithExplicitSigns) {
  const auto statement = read_ofx_statement(bank_dir + "checking-ofx2.ofx");
  ASSERT_EQ(statement.lines.size(), 15U);
  EXPECT_EQ(plain(statement.lines[0].amount), "-2400.00 USD");
  EXPECT_EQ(plain(statement.lines[2].amount), "640.27 USD");   // written "640.27"
  EXPECT_EQ(plain(statement.lines[3].amount), "1250.00 USD");  // written "+1250.00"
  EXPECT_EQ(to_iso_date(statement.lines[3].date), "2026-03-25"); // 12:00 MST
  EXPECT_EQ(statement.lines[0].description, "WAREHOUSE RENT MARCH ACH_DEBIT");
}

TEST(OfxStatement, ReadsACardStatementWithAForeignCurrencyLine) {
  const auto statement = read_ofx_statement(bank_dir + "card.ofx");
  ASSERT_EQ(statement.lines.size(), 4U);
  EXPECT_EQ(plain(statement.lines[0].amount), "-321.69 USD");
  EXPECT_EQ(statement.lines[1].description, "PACKAGING & TAPE CO");
  EXPECT_EQ(to_iso_date(statement.lines[1].date), "2026-05-12"); // 23:00 Pacific
  EXPECT_EQ(plain(statement.lines[2].amount), "-18.50 EUR");     // its <CURRENCY>, not CURDEF
  EXPECT_EQ(plain(statement.lines[3].amount), "321.69 USD");
  ASSERT_EQ(statement.skipped.size(), 1U);
}

TEST(OfxStatement, IsRecognisedByContentWhateverTheFileIsCalled) {
  EXPECT_EQ(importer_for(read_file_head(bank_dir + "chase.CSV")).name, "bank-ofx");
  EXPECT_EQ(importer_for(read_file_head(bank_dir + "checking-ofx2.ofx")).name, "bank-ofx");
  EXPECT_TRUE(looks_like_ofx({"<ofx>"}));
  EXPECT_FALSE(looks_like_ofx({"Date,Description,Amount"}));
  const auto statement = read_ofx_statement(bank_dir + "chase.CSV"); // CRLF line endings
  ASSERT_EQ(statement.lines.size(), 15U);
  EXPECT_EQ(statement.lines[2].source.line, 58U);
}

TEST(OfxStatement, ReadsADecimalCommaExactly) {
  const auto statement = read_ofx_statement(test::TempFile(sgml_statement(
      "<STMTTRN>\n<TRNTYPE>CREDIT\n<DTPOSTED>20260320\n<TRNAMT>1234,56\n<FITID>A\n<NAME>AMAZON PAYMENTS EUROPE S.C.A.\n</STMTTRN>\n"), "s.ofx").path());
  ASSERT_EQ(statement.lines.size(), 1U);
  EXPECT_EQ(plain(statement.lines[0].amount), "1234.56 EUR");
  EXPECT_EQ(to_iso_date(statement.first), "2026-03-20"); // no DTSTART: the transactions' own dates
}

TEST(OfxStatement, RefusesAnAmountItCannotReadExactlyNamingItsLine) {
  const auto error = error_reading(sgml_statement(
      "<STMTTRN>\n<TRNTYPE>CREDIT\n<DTPOSTED>20260320\n<TRNAMT>12.345\n<FITID>A\n<NAME>X\n</STMTTRN>\n"));
  EXPECT_EQ(error.line(), 17U); // its <TRNAMT>
  EXPECT_THAT(error.message(), HasSubstr("\"12.345\""));
}

TEST(OfxStatement, RefusesAnImpossibleDate) {
  const auto error = error_reading(sgml_statement(
      "<STMTTRN>\n<TRNTYPE>CREDIT\n<DTPOSTED>20260231\n<TRNAMT>1.00\n<FITID>A\n<NAME>X\n</STMTTRN>\n"));
  EXPECT_EQ(error.line(), 16U); // its <DTPOSTED>
  EXPECT_THAT(error.message(), HasSubstr("\"20260231\""));
}

TEST(OfxStatement, RefusesATransactionLibofxCouldNotRead) {
  // An element the DTD does not know makes libofx drop the amount before it: refused, not read as 0.
  const auto error = error_reading(sgml_statement(
      "<STMTTRN>\n<TRNTYPE>CREDIT\n<DTPOSTED>20260320\n<TRNAMT>1.00\n<BOGUS>x\n<FITID>A\n<NAME>X\n</STMTTRN>\n"));
  EXPECT_EQ(error.line(), 14U); // its <STMTTRN>
  EXPECT_THAT(error.message(), HasSubstr("libofx could not read this transaction"));
}

TEST(OfxStatement, RefusesSeveralStatementsInOneFile) {
  const std::string second = "<STMTTRNRS>\n<TRNUID>2\n<STATUS><CODE>0<SEVERITY>INFO</STATUS>\n<STMTRS>\n<CURDEF>USD\n"
                             "<BANKACCTFROM><BANKID>1<ACCTID>3<ACCTTYPE>SAVINGS</BANKACCTFROM>\n<BANKTRANLIST>\n"
                             "<DTSTART>20260301<DTEND>20260331\n</BANKTRANLIST>\n</STMTRS>\n</STMTTRNRS>\n";
  const auto error = error_reading(sgml_statement("<DTSTART>20260301<DTEND>20260331\n", second));
  EXPECT_THAT(error.message(), HasSubstr("holds 2 statements"));
}

TEST(OfxStatement, RefusesAFileWithoutAStatement) {
  const auto error = error_reading("OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX>\n<SIGNONMSGSRSV1><SONRS><STATUS><CODE>0"
                                   "<SEVERITY>INFO</STATUS><DTSERVER>20260601<LANGUAGE>ENG</SONRS></SIGNONMSGSRSV1>\n</OFX>\n");
  EXPECT_THAT(error.message(), HasSubstr("no bank or credit-card statement"));
}

} // namespace
} // namespace recon
