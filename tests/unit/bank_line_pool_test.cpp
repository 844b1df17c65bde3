#include "recon/match/bank_line_pool.hpp"

#include <gtest/gtest.h>

namespace recon {
namespace {

const Currency usd = *Currency::from_code("USD");

Day day(unsigned d) { return Day{date::year{2026} / date::month{3} / date::day{d}}; }

BankLine credit(const std::string& file, std::uint64_t line, unsigned d, std::int64_t cents, std::string description = "AMAZON") {
  return {{file, line}, day(d), Money(cents, usd), std::move(description)};
}

BankStatement statement(const std::string& file, std::deque<BankLine> lines) {
  return {file, usd, std::move(lines), day(1), day(31)};
}

// "file:line" of each pooled line, in pool order.
std::vector<std::string> sources(const std::vector<const BankLine*>& pooled) {
  std::vector<std::string> out;
  for (const BankLine* line : pooled) out.push_back(line->source.file + ":" + std::to_string(line->source.line));
  return out;
}

using Sources = std::vector<std::string>;

TEST(BankLinePool, TwoIdenticalTransactionsInOneExportStayTwo) {
  const std::vector<BankStatement> one{statement("a.csv", {credit("a.csv", 2, 20, 100), credit("a.csv", 3, 20, 100)})};
  EXPECT_EQ(sources(pool_bank_lines(one)), (Sources{"a.csv:2", "a.csv:3"}));
}

TEST(BankLinePool, TheSameExportTwiceCountsOnce) {
  const std::vector<BankStatement> twice{statement("a.csv", {credit("a.csv", 2, 20, 100), credit("a.csv", 3, 21, 200)}),
                                         statement("a.csv", {credit("a.csv", 2, 20, 100), credit("a.csv", 3, 21, 200)})};
  EXPECT_EQ(sources(pool_bank_lines(twice)), (Sources{"a.csv:2", "a.csv:3"}));
}

TEST(BankLinePool, OverlappingExportsAreAMultisetUnion) {
  // k copies in one export and j in another count max(k, j) times, never k + j; the earlier
  // export's copies are the ones kept, and a line only the later export has is added.
  const std::vector<BankStatement> overlapping{
      statement("october.csv", {credit("october.csv", 2, 20, 100), credit("october.csv", 3, 20, 100), credit("october.csv", 4, 25, 300)}),
      statement("mid.csv", {credit("mid.csv", 2, 20, 100), credit("mid.csv", 3, 20, 100), credit("mid.csv", 4, 20, 100),
                            credit("mid.csv", 5, 25, 300), credit("mid.csv", 6, 28, 400)})};
  EXPECT_EQ(sources(pool_bank_lines(overlapping)), (Sources{"october.csv:2", "october.csv:3", "october.csv:4", "mid.csv:4", "mid.csv:6"}));
}

TEST(BankLinePool, TheDescriptionAndDateTellTransactionsApart) {
  const std::vector<BankStatement> two{statement("a.csv", {credit("a.csv", 2, 20, 100, "AMAZON")}),
                                       statement("b.csv", {credit("b.csv", 2, 20, 100, "AMZN"), credit("b.csv", 3, 21, 100, "AMAZON")})};
  EXPECT_EQ(sources(pool_bank_lines(two)), (Sources{"a.csv:2", "b.csv:2", "b.csv:3"}));
}

TEST(BankLinePool, EachClaimedLineTakesOneCopyOut) {
  const std::vector<BankStatement> one{statement("a.csv", {credit("a.csv", 2, 20, 100), credit("a.csv", 3, 20, 100)})};
  EXPECT_EQ(sources(pool_bank_lines(one, {credit("earlier.csv", 9, 20, 100)})), (Sources{"a.csv:3"}));
}

} // namespace
} // namespace recon
