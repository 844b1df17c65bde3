#include "recon/ingest/bank_statement.hpp"

#include <algorithm>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "recon/base/input_error.hpp"
#include "temp_file.hpp"

namespace recon {
namespace {

using ::testing::HasSubstr;

const Currency usd = *Currency::from_code("USD");

BankStatement read_text(const std::string& text, BankReadOptions options = {.currency = usd}) {
  return read_bank_statement(test::TempFile(text, "bank.csv").path(), options);
}

InputError error_reading(const std::string& text, BankReadOptions options = {.currency = usd}) {
  try {
    (void)read_text(text, options);
  } catch (const InputError& error) {
    return error;
  }
  ADD_FAILURE() << "the export should be refused";
  return InputError("", 0, "");
}

std::string plain(const Money& money) { return to_plain_string(money); }

TEST(BankStatement, ReadsAUsBankExport) {
  const auto statement = read_text(
      "Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #\n"
      "CREDIT,03/20/2026,\"AMAZON.COM SERVICES, L PAYMENTS PPD ID: 1234\",640.27,ACH_CREDIT,10640.27,\n"
      "DEBIT,03/21/2026,RENT,\"-1,200.00\",ACH_DEBIT,9440.27,\n");
  ASSERT_EQ(statement.lines.size(), 1U); // the debit can pay no settlement: it is not kept
  EXPECT_EQ(to_iso_date(statement.lines[0].date), "2026-03-20");
  EXPECT_EQ(plain(statement.lines[0].amount), "640.27");
  EXPECT_EQ(statement.lines[0].description, "AMAZON.COM SERVICES, L PAYMENTS PPD ID: 1234");
  EXPECT_EQ(statement.lines[0].source.line, 2U);
  EXPECT_EQ(to_iso_date(statement.first), "2026-03-20"); // but the days it covers count
  EXPECT_EQ(to_iso_date(statement.last), "2026-03-21");
}

TEST(BankStatement, ReadsMoneyInAndOutColumnsAndDayFirstDates) {
  const auto statement = read_text(
      "Date,Description,Money in,Money out,Balance\n"
      "20/03/2026,AMAZON PAYMENTS EUROPE,£640.27,,1000.00\n"
      "02/04/2026,PAYPAL TRANSFER,£12.50,,987.50\n"
      "03/04/2026,CARD PAYMENT,,£1.50,986.00\n");
  ASSERT_EQ(statement.lines.size(), 2U);
  EXPECT_EQ(to_iso_date(statement.lines[0].date), "2026-03-20");
  EXPECT_EQ(to_iso_date(statement.lines[1].date), "2026-04-02"); // day-first, as line 2 proves
  EXPECT_EQ(plain(statement.lines[1].amount), "12.50");
  EXPECT_EQ(to_iso_date(statement.last), "2026-04-03"); // the debit's day, read day-first too
}

TEST(BankStatement, FindsTheHeaderBelowAPreambleAndReadsSemicolonsAndDecimalCommas) {
  const auto statement = read_text(
      "Account;DE89 3704 0044 0532 0130 00\n"
      "Period;01.03.2026 - 31.03.2026\n"
      "\n"
      "Booking Date;Narrative;Amount\n"
      "18.03.2026;\"AMZN Mktp DE\nSettlement 17000003001\";1.158,29\n"
      "19.03.2026;Fee;(2,50)\n"
      "20.03.2026;Interest;0,50\n");
  ASSERT_EQ(statement.lines.size(), 2U);
  EXPECT_EQ(plain(statement.lines[0].amount), "1158.29");
  EXPECT_EQ(statement.lines[0].description, "AMZN Mktp DE\nSettlement 17000003001");
  EXPECT_EQ(statement.lines[1].source.line, 8U);
  EXPECT_EQ(plain(statement.lines[1].amount), "0.50");
}

TEST(BankStatement, HonoursNamedColumnsAndATimeAfterTheDate) {
  BankReadOptions options{.currency = usd, .date_column = "When", .amount_column = "Value", .description_column = "What"};
  const auto statement = read_text("When,What,Value\n2026-03-20 00:00:00,Deposit,10.00\n", options);
  EXPECT_EQ(to_iso_date(statement.lines[0].date), "2026-03-20");
  EXPECT_EQ(statement.lines[0].description, "Deposit");
}

TEST(BankStatement, RefusesToGuessTheDateOrder) {
  const auto error = error_reading("Date,Description,Amount\n03/04/2026,A,1.00\n05/06/2026,B,2.00\n");
  EXPECT_EQ(error.line(), 2U);
  EXPECT_THAT(error.message(), HasSubstr("month-first or day-first"));
  EXPECT_THAT(error.hint(), HasSubstr("--bank-date-format"));
  BankReadOptions options{.currency = usd, .date_order = BankDateOrder::day_first};
  EXPECT_EQ(to_iso_date(read_text("Date,Description,Amount\n03/04/2026,A,1.00\n", options).lines[0].date), "2026-04-03");
}

TEST(BankStatement, RefusesAYearOutside2000To2100AtItsLine) {
  const auto error = error_reading("Date,Description,Amount\n2026-03-20,AMAZON,1.00\n2026-03-21,RENT,-9.00\n2206-03-22,x,1.00\n");
  EXPECT_EQ(error.line(), 4U);
  EXPECT_THAT(error.message(), HasSubstr("2206-03-22 is outside the years 2000 to 2100"));
  EXPECT_EQ(error_reading("Date,Description,Amount\n03/20/1999,RENT,-9.00\n").line(), 2U); // a debit's too
}

TEST(BankStatement, SignsAnUnsignedAmountByItsIndicatorColumn) {
  // Read for matching: Swedbank's debit of the same amount is not kept, so it cannot be taken for a deposit.
  const auto statement = read_text("Date,Details,Amount,D/K\n2026-05-04,RENT,158.29,D\n2026-05-05,AMAZON,158.29,K\n");
  ASSERT_EQ(statement.lines.size(), 1U);
  EXPECT_EQ(statement.lines[0].source.line, 3U);
  EXPECT_EQ(plain(statement.lines[0].amount), "158.29");
}

TEST(BankStatement, ReadsASignColumnItIsToldOf) {
  BankReadOptions options{.currency = usd, .sign_column = "Richting", .all_lines = true};
  const auto statement = read_text("Date,Amount,Richting\n2026-05-04,10.00,Af\n2026-05-05,12.00,Bij\n", options);
  ASSERT_EQ(statement.lines.size(), 2U);
  EXPECT_EQ(plain(statement.lines[0].amount), "-10.00");
  EXPECT_EQ(plain(statement.lines[1].amount), "12.00");
}

// A card export whose CR flags, in a column the header leaves unnamed, start only after the part of
// the file recon samples: the unsigned debits above them must not have been read as credits.
std::string card_export_flagged_late() {
  std::string text = "Date Processed,Description,Amount,\n";
  for (int i = 0; text.size() < (std::size_t{70} << 10U); ++i) text += "04 May 2026,CARD PURCHASE,\"£1,183.23\",\n";
  return text + "05 May 2026,PAYMENT RECEIVED,\"+ £1,100.00\",CR\n";
}

TEST(BankStatement, RefusesCrFlagsFirstSeenBeyondTheSampleInAnUnnamedColumn) {
  const std::string text = card_export_flagged_late();
  const auto error = error_reading(text);
  EXPECT_EQ(error.line(), static_cast<std::uint64_t>(std::count(text.begin(), text.end(), '\n')));
  EXPECT_THAT(error.message(), HasSubstr("the unnamed column 4"));
  EXPECT_THAT(error.hint(), HasSubstr("--bank-columns sign=4"));
}

TEST(BankStatement, ReadsAnUnnamedSignColumnNamedByItsPlace) {
  BankReadOptions options{.currency = usd, .sign_column = "4", .all_lines = true};
  const auto statement = read_text(card_export_flagged_late(), options);
  EXPECT_EQ(plain(statement.lines.front().amount), "-1183.23");
  EXPECT_EQ(plain(statement.lines.back().amount), "1100.00");
}

TEST(BankStatement, RefusesAnIndicatorItCannotReadOrThatContradictsTheAmount) {
  const auto unknown = error_reading("Date,Amount,D/K\n2026-05-04,10.00,X\n");
  EXPECT_EQ(unknown.line(), 2U);
  EXPECT_THAT(unknown.message(), HasSubstr("neither money in nor money out"));
  EXPECT_THAT(error_reading("Date,Amount,D/K\n2026-05-04,-10.00,K\n").message(), HasSubstr("written negative"));
}

std::string fact(const BankStatement& statement, std::string_view name) {
  for (const auto& [fact_name, value] : statement.layout) {
    if (fact_name == name) return value;
  }
  return "";
}

TEST(BankStatement, ReadsCzechTextInIso8859_2WhenItsColumnNamesShowIt) {
  // "Částka" and "Měna" read as names recon knows only in ISO-8859-2 (in Windows-1252: "Èástka", "Mìna").
  const auto statement = read_text("Datum;\xC8\xE1stka;M\xECna;Popis\n03.06.2026;12 345,60;CZK;V\xFDplata \xE8\xE1st \xB9" "ek\n");
  ASSERT_EQ(statement.lines.size(), 1U);
  EXPECT_EQ(statement.lines[0].description, "Výplata část šek");
  EXPECT_EQ(statement.lines[0].amount.currency().code(), "CZK");
  EXPECT_EQ(fact(statement, "encoding"), "ISO-8859-2 (lines that are not UTF-8), as its column names show");
}

TEST(BankStatement, SaysWhenItAssumedWindows1252) {
  // Nothing tells whether 0xE8 is è (Windows-1252) or č (ISO-8859-2): recon reads è and says it assumed so.
  const auto assumed = read_text("Date,Description,Amount\n2026-06-03,Caf\xE8 Cr\xE8me,12.00\n");
  EXPECT_EQ(assumed.lines[0].description, "Cafè Crème");
  EXPECT_THAT(fact(assumed, "encoding"), HasSubstr("Windows-1252 (lines that are not UTF-8), assumed"));
  // ä, ö, ü and ß read the same in both: nothing was assumed that could matter.
  const auto german = read_text("Datum;Betrag;Verwendungszweck\n03.06.2026;12,00;Gr\xFC\xDF" "e aus M\xFCnchen\n");
  EXPECT_EQ(german.lines[0].description, "Grüße aus München");
  EXPECT_EQ(fact(german, "encoding"), "Windows-1252 (lines that are not UTF-8)");
}

TEST(BankStatement, DropsThePaddingOfSpacePaddedFields) {
  const auto statement = read_text("Datum;Omschrijving   ;Bedrag\n02/06/2026;  AMAZON PAYMENTS EUROPE   ;  1834,52\n",
                                   {.currency = usd, .date_order = BankDateOrder::day_first});
  ASSERT_EQ(statement.lines.size(), 1U);
  EXPECT_EQ(statement.lines[0].description, "AMAZON PAYMENTS EUROPE");
}

TEST(BankStatement, SkipsSwedbankRowsThatAreNotTransactions) {
  const auto statement = read_text("Row type,Date,Amount,D/K\n10,2026-05-01,10374.04,K\n20,2026-05-05,1.00,K\n86,2026-05-31,9.00,K\n");
  ASSERT_EQ(statement.lines.size(), 1U);
  ASSERT_EQ(statement.skipped.size(), 2U);
  EXPECT_EQ(statement.skipped[0].line, 2U);
  EXPECT_THAT(statement.skipped[0].reason, HasSubstr("opening balance"));
  EXPECT_THAT(statement.skipped[1].reason, HasSubstr("closing balance"));
  EXPECT_EQ(to_iso_date(statement.last), "2026-05-31"); // the closing balance says May was exported to its end
}

TEST(BankStatement, KeepsEachLinesOwnCurrencyFromACurrencyColumn) {
  // Read in a USD run, a EUR line stays EUR (it can never pay a USD settlement), and a JPY line has no decimals.
  const auto statement = read_text("Date;Amount;Währung\n05.05.2026;158,29;EUR\n06.05.2026;1500;jpy\n");
  ASSERT_EQ(statement.lines.size(), 2U);
  EXPECT_EQ(statement.lines[0].amount.currency().code(), "EUR");
  EXPECT_EQ(statement.lines[1].amount.currency().code(), "JPY");
  EXPECT_EQ(statement.lines[1].amount.minor_units(), 1500);
  EXPECT_EQ(statement.currency.code(), "EUR");
  EXPECT_EQ(statement.currency_origin, CurrencyOrigin::file);
}

TEST(BankStatement, RefusesACurrencyItDoesNotKnow) {
  const auto error = error_reading("Date,Amount,Currency\n2026-05-05,1.00,\n");
  EXPECT_EQ(error.line(), 2U);
  EXPECT_THAT(error.message(), HasSubstr("not an ISO 4217 code"));
  BankReadOptions options{.currency = usd, .currency_column = "Munt"};
  EXPECT_EQ(read_text("Date,Amount,Munt\n2026-05-05,1.00,EUR\n", options).lines[0].amount.currency().code(), "EUR");
}

TEST(BankStatement, SkipsPendingAndBalanceRowsWithTheirReasons) {
  const auto statement = read_text(
      "Date,Status,Description,Amount\n"
      "2026-05-13,Posted,Beginning balance as of 05/13/2026,\n"
      "Pending,,CARD PURCHASE,-3.00\n"
      "2026-05-20,Pending,AMAZON,9.00\n"
      "2026-05-15,Posted,AMAZON,1.00\n");
  ASSERT_EQ(statement.lines.size(), 1U);
  ASSERT_EQ(statement.skipped.size(), 3U);
  EXPECT_THAT(statement.skipped[0].reason, HasSubstr("balance"));
  EXPECT_EQ(statement.skipped[1].reason, "pending: not yet booked");
  EXPECT_EQ(statement.skipped[2].line, 4U);
  EXPECT_EQ(to_iso_date(statement.last), "2026-05-15"); // a pending row's date is not covered
  // A row without an amount that is not a balance is still refused.
  EXPECT_THAT(error_reading("Date,Description,Amount\n2026-05-13,RENT,\n").message(), HasSubstr("cannot read the amount"));
}

TEST(BankStatement, FindsColumnsByTheirNamesInOtherLanguages) {
  // Czech capitals are lowered too (Č), and a currency after the name ("Bedrag (EUR)") is allowed.
  const auto czech = read_text("Datum zaúčtování;Částka;Popis\n05.05.2026;158,29;AMAZON\n");
  ASSERT_EQ(czech.lines.size(), 1U);
  EXPECT_EQ(czech.lines[0].description, "AMAZON");
  const auto dutch = read_text("Datum;Naam / Omschrijving;Bedrag (EUR)\n20260505;AMAZON;\"158,29\"\n");
  EXPECT_EQ(to_iso_date(dutch.lines[0].date), "2026-05-05");
  EXPECT_EQ(read_text("Date opération;Libellé;Montant\n05.05.26;AMAZON;1,00\n").lines[0].description, "AMAZON");
  EXPECT_EQ(to_iso_date(read_text("Fecha;Concepto;Importe\n2026.05.05.;AMAZON;1,00\n").lines[0].date), "2026-05-05");
}

TEST(BankStatement, JoinsAContinuationLineToItsRecord) {
  const auto statement = read_text(
      "Transaction date,Description,Withdrawals (SGD),Deposits (SGD)\n"
      "14/05/2026,FAST PAYMENT,\"1,000.00\",\n,to OFFICE SUPPLIES\n"
      "15/05/2026,GIRO,,58.25\n,AMAZON PAYMENTS\n");
  ASSERT_EQ(statement.lines.size(), 1U); // the debit is not kept, and its continuation joins nothing
  EXPECT_EQ(statement.lines[0].description, "GIRO AMAZON PAYMENTS");
  ASSERT_EQ(statement.skipped.size(), 2U);
  EXPECT_EQ(statement.skipped[1].reason, "continues the description of line 4");
}

TEST(BankStatement, RefusesWhatItCannotRead) {
  EXPECT_THAT(error_reading("Date,Description\n2026-03-20,x\n").message(), HasSubstr("no header"));
  EXPECT_THAT(error_reading("Date,Description,Amount\nyesterday,x,1.00\n").message(), HasSubstr("cannot read the date"));
  EXPECT_THAT(error_reading("Date,Description,Amount\n2026-03-20,x,lots\n").message(), HasSubstr("cannot read the amount"));
  EXPECT_THAT(error_reading("Date,Description,Amount\n2026-03-20,\"never closed,1.00\n").message(), HasSubstr("never closed"));
  EXPECT_THAT(error_reading("").message(), HasSubstr("empty"));
}

} // namespace
} // namespace recon
