#include "recon/export/exceptions_csv.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recon {
namespace {

using ::testing::HasSubstr;

TEST(SpreadsheetSafeText, NeutralisesFormulas) {
  EXPECT_EQ(spreadsheet_safe_text("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
  EXPECT_EQ(spreadsheet_safe_text("+1"), "\"'+1\"");
  EXPECT_EQ(spreadsheet_safe_text("-2"), "\"'-2\"");
  EXPECT_EQ(spreadsheet_safe_text("@SUM(A1)"), "\"'@SUM(A1)\"");
  EXPECT_EQ(spreadsheet_safe_text("\tcmd"), "\"'\tcmd\"");
  EXPECT_EQ(spreadsheet_safe_text("plain, with comma"), "\"plain, with comma\"");
}

TEST(ExceptionsCsv, OpensCleanlyInExcel) {
  Finding finding = Finding::raise(FindingCode::not_footed, "17000001003", Money(-175, *Currency::from_code("USD")),
                                   "=cmd|' /C calc'!A0", SourceRef{"r.txt", 2});
  finding.book_id = 7;
  const std::string csv = exceptions_to_csv({finding});
  EXPECT_TRUE(csv.starts_with("\xEF\xBB\xBF" "id,state,severity,code,settlement_id,amount,currency,message,file,line,resolution\r\n"));
  EXPECT_THAT(csv, HasSubstr("7,open,error,not-footed,\"=\"\"17000001003\"\"\",-1.75,USD,\"'=cmd|' /C calc'!A0\",\"r.txt\",2,\"\"\r\n"));
}

TEST(ExceptionsCsv, AnIdWithAQuoteCannotCloseTheTextFormula) {
  // Inside ="…" this id would close the string and leave a live HYPERLINK formula.
  const std::string id = "1\"&HYPERLINK(\"http://x.example\")&\"";
  const Finding finding = Finding::raise(FindingCode::not_footed, id, std::nullopt, "m", std::nullopt);
  const std::string csv = exceptions_to_csv({finding});
  EXPECT_THAT(csv, HasSubstr(",\"1\"\"&HYPERLINK(\"\"http://x.example\"\")&\"\"\","));
  EXPECT_THAT(csv, ::testing::Not(HasSubstr("=\"\"1")));
  const Finding formula = Finding::raise(FindingCode::not_footed, "=1+1", std::nullopt, "m", std::nullopt);
  EXPECT_THAT(exceptions_to_csv({formula}), HasSubstr(",\"'=1+1\","));
}

TEST(SpreadsheetSafeText, NeutralisesACarriageReturnStart) {
  EXPECT_EQ(spreadsheet_safe_text("\r=1+1"), "\"'\r=1+1\"");
}

} // namespace
} // namespace recon
