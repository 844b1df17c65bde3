// The layout facts a CSV bank export's reading records, which `recon bank` shows: each names what
// the reader decided, from the file itself.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "recon/ingest/bank_statement.hpp"
#include "temp_file.hpp"

namespace recon {
namespace {

using ::testing::ElementsAre;
using ::testing::Field;
using ::testing::AllOf;

auto fact(const std::string& name, const std::string& value) {
  return AllOf(Field(&LayoutFact::name, name), Field(&LayoutFact::value, value));
}

std::vector<LayoutFact> layout_of(const std::string& bytes) {
  const BankReadOptions options{.currency = *Currency::from_code("EUR")};
  return read_bank_statement(test::TempFile(bytes, "bank.csv").path(), options).layout;
}

TEST(BankLayout, NamesTheColumnsTheDelimiterAndTheDateOrderOfACommaExport) {
  EXPECT_THAT(layout_of("Posting Date,Description,Amount\n03/20/2026,AMAZON,640.27\n03/21/2026,RENT,-1200.00\n"),
              ElementsAre(fact("delimiter", "comma"), fact("date", "column Posting Date"),
                          fact("amount", "column Amount, signed (negative: money out)"),
                          fact("description", "column Description"), fact("decimal mark", "point"),
                          fact("encoding", "UTF-8"), fact("date order", "month first (MM/DD/YYYY)")));
}

TEST(BankLayout, NamesDebitAndCreditColumnsADecimalCommaAndWindows1252) {
  // "Überweisung" in Windows-1252, as German banks' exports are often written.
  EXPECT_THAT(layout_of("Date;Details;Paid out;Paid in\n25/03/2026;\xDC" "berweisung;12,50;\n26/03/2026;AMAZON;;640,27\n"),
              ElementsAre(fact("delimiter", "semicolon"), fact("date", "column Date"),
                          fact("amount", "column Paid out (money out) and column Paid in (money in)"),
                          fact("description", "column Details"), fact("decimal mark", "comma"),
                          fact("encoding", "Windows-1252 (lines that are not UTF-8)"),
                          fact("date order", "day first (DD/MM/YYYY)")));
}

TEST(BankLayout, SaysWhenNoDateOrderWasNeeded) {
  EXPECT_THAT(layout_of("Date\tAmount\n2026-03-20\t5\n"),
              ElementsAre(fact("delimiter", "tab"), fact("date", "column Date"), testing::_, fact("description", "none"),
                          fact("decimal mark", "none seen"), fact("encoding", "UTF-8"),
                          fact("date order", "not needed: every date reads only one way")));
}

} // namespace
} // namespace recon
