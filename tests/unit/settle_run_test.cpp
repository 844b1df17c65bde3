#include "recon/run/settle_run.hpp"

#include <filesystem>
#include <fstream>
#include <iterator>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "recon/base/input_error.hpp"
#include "temp_file.hpp"

namespace recon {
namespace {

const std::string demo = RECON_TESTDATA_DIR "/demo/";

RunInputs demo_period() {
  RunInputs inputs;
  for (int i = 1; i <= 6; ++i) inputs.files.push_back(demo + "settlement-0" + std::to_string(i) + ".txt");
  inputs.files.push_back(demo + "bank.csv");
  return inputs;
}

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::size_t count_severity(const Report& report, Severity severity) {
  return static_cast<std::size_t>(std::count_if(report.findings.begin(), report.findings.end(),
                                                [severity](const Finding& finding) { return finding.severity == severity; }));
}

TEST(RunSettle, SettlesTheDemoPeriod) {
  const test::TempFile scratch("", "unused");
  RunOptions options;
  options.use_book = false;
  options.journal = JournalOutput{scratch.directory() + "/books.beancount", JournalFormat::beancount, {}, {}};

  const RunResult result = run_settle(demo_period(), options);

  ASSERT_EQ(result.report.settlements.size(), 6U);
  EXPECT_EQ(count_severity(result.report, Severity::error), 0U);
  EXPECT_EQ(count_severity(result.report, Severity::warning), 0U);
  for (const auto& reported : result.report.settlements) {
    SCOPED_TRACE(reported.settlement.id);
    EXPECT_TRUE(reported.settlement.footed());
    ASSERT_TRUE(reported.posted);
    EXPECT_EQ(reported.posted->deposit.status, DepositStatus::matched);
    ASSERT_TRUE(reported.posted->deposit.bank);
    EXPECT_EQ(reported.posted->deposit.bank->source.file, demo + "bank.csv");
  }
  const auto& last = result.report.settlements.back();
  EXPECT_EQ(last.posted->clearing_balance, Money(24644, *Currency::from_code("USD")));
  EXPECT_EQ(last.settlement.total, Money(112659, *Currency::from_code("USD")));
  EXPECT_EQ(last.posted->deposit.bank->amount, last.settlement.total);

  ASSERT_TRUE(result.journal);
  EXPECT_EQ(result.journal->entries, 12U);
  EXPECT_THAT(read_text(result.journal->path), testing::HasSubstr("balance Assets:Amazon:Clearing:US"));
  EXPECT_FALSE(result.book_path);
}

TEST(RunSettle, KeepsTheBookAcrossRuns) {
  const test::TempFile scratch("", "unused");
  RunOptions options;
  options.book_path = scratch.directory() + "/recon.db";
  RunInputs first = demo_period();
  first.files.erase(first.files.begin() + 3, first.files.begin() + 6); // settlements 1 to 3 and the bank
  const RunResult before = run_settle(first, options);
  EXPECT_EQ(before.report.settlements.size(), 3U);
  EXPECT_EQ(before.book_path, options.book_path);

  const RunResult after = run_settle(demo_period(), options);
  ASSERT_EQ(after.report.settlements.size(), 6U); // the book's three once, and three new ones
  EXPECT_EQ(after.report.settlements.back().posted->clearing_balance, Money(24644, *Currency::from_code("USD")));
}

TEST(RunSettle, AnUnusableFileWritesNothing) {
  const test::TempFile broken("settlement-id\tsettlement-start-date\n1\n", "broken.txt");
  RunOptions options;
  options.book_path = broken.directory() + "/recon.db";
  options.journal = JournalOutput{broken.directory() + "/books.beancount", JournalFormat::beancount, {}, {}};
  RunInputs inputs = demo_period();
  inputs.files.push_back(broken.path());

  EXPECT_THROW((void)run_settle(inputs, options), InputError);
  EXPECT_FALSE(std::filesystem::exists(*options.book_path));
  EXPECT_FALSE(std::filesystem::exists(options.journal->path));
}

} // namespace
} // namespace recon
