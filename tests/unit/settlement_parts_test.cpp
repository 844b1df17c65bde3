// A report read in parts on several threads must give exactly what one pass gives: the same
// Settlement, figure for figure and line for line, or the same error at the same line. Part sizes
// are made tiny here so that the repository's small reports split into many parts.

#include <filesystem>
#include <fstream>
#include <sstream>
#include <variant>

#include <gtest/gtest.h>

#include "recon/base/input_error.hpp"
#include "recon/ingest/settlement_reader.hpp"
#include "io/sha256.hpp"
#include "temp_file.hpp"

namespace recon {
namespace {

namespace fs = std::filesystem;

// What reading gave: the settlement, or the error as a person would see it.
using Outcome = std::variant<Settlement, std::string>;

Outcome read_with(const std::string& path, const ReadOptions& options) {
  try {
    return read_settlement(path, options);
  } catch (const InputError& error) {
    return error.file() + ":" + std::to_string(error.line()) + ": " + error.message();
  }
}

ReadOptions one_pass() {
  ReadOptions options;
  options.threads = 1;
  return options;
}

ReadOptions tiny_parts(unsigned threads) {
  ReadOptions options;
  options.threads = threads;
  options.parts = {.first = 700, .later = 900};
  return options;
}

void expect_same_in_parts(const std::string& path) {
  SCOPED_TRACE(path);
  const Outcome whole = read_with(path, one_pass());
  for (const unsigned threads : {2U, 3U}) {
    const Outcome parts = read_with(path, tiny_parts(threads));
    ASSERT_EQ(whole.index(), parts.index()) << (whole.index() == 1 ? std::get<1>(whole) : std::get<1>(parts));
    if (const auto* message = std::get_if<std::string>(&whole)) {
      EXPECT_EQ(*message, std::get<std::string>(parts));
    } else {
      EXPECT_TRUE(std::get<Settlement>(whole) == std::get<Settlement>(parts));
    }
  }
  // Both hash the bytes they parse, as they read them; the file hashed on its own must agree.
  if (const auto* settlement = std::get_if<Settlement>(&whole)) {
    EXPECT_EQ(settlement->sha256, sha256_of_file(path));
  }
}

bool is_settlement_report(const fs::path& path) {
  std::ifstream in(path);
  std::string first;
  std::getline(in, first);
  return first.find("settlement-id") != std::string::npos;
}

TEST(SettlementParts, EveryReportInTheRepositoryReadsTheSameInParts) {
  int reports = 0;
  for (const auto& entry : fs::recursive_directory_iterator(RECON_TESTDATA_DIR)) {
    if (entry.is_regular_file() && is_settlement_report(entry.path())) {
      expect_same_in_parts(entry.path().string());
      ++reports;
    }
  }
  EXPECT_GT(reports, 40); // the demo, the fixtures and the golden cases' reports, errors included
}

// The demo's first report, with its rows changed by `edit(line_number, fields)`.
std::string edited_demo(const std::function<void(int, std::vector<std::string>&)>& edit) {
  std::ifstream in(std::string(RECON_TESTDATA_DIR) + "/demo/settlement-01.txt");
  std::string line;
  std::string text;
  for (int number = 1; std::getline(in, line); ++number) {
    std::vector<std::string> fields;
    std::stringstream split(line);
    for (std::string field; std::getline(split, field, '\t');) fields.push_back(field);
    if (!line.empty() && line.back() == '\t') fields.emplace_back();
    edit(number, fields);
    for (std::size_t i = 0; i < fields.size(); ++i) text += (i > 0 ? "\t" : "") + fields[i];
    text += '\n';
  }
  return text;
}

constexpr std::size_t total_amount = 4;
constexpr std::size_t amount = 14;

TEST(SettlementParts, ADecimalMarkFirstSeenInALaterPartGivesTheOnePassResult) {
  // No amount before line 150 shows a decimal mark; a later part learns it, and the file from that
  // part on is read again in one pass.
  test::TempFile file(edited_demo([](int number, std::vector<std::string>& fields) {
    if (number == 2) fields[total_amount] = "640";
    if (number > 2 && number < 150) fields[amount] = "5";
  }));
  expect_same_in_parts(file.path());
  EXPECT_EQ(read_settlement(file.path(), tiny_parts(2)).decimal_mark, DecimalMark::point);
}

TEST(SettlementParts, AnErrorInALaterPartNamesItsLineInTheWholeFile) {
  test::TempFile file(edited_demo([](int number, std::vector<std::string>& fields) {
    if (number == 180) fields[amount] = "12.5.0";
  }));
  try {
    (void)read_settlement(file.path(), tiny_parts(2));
    FAIL() << "the amount on line 180 should be refused";
  } catch (const InputError& error) {
    EXPECT_EQ(error.line(), 180U);
  }
  expect_same_in_parts(file.path());
}

TEST(SettlementParts, TheFirstErrorInTheFileWinsOverLaterOnes) {
  test::TempFile file(edited_demo([](int number, std::vector<std::string>& fields) {
    if (number == 90) fields[amount] = "x";
    if (number == 170) fields[amount] = "y";
  }));
  try {
    (void)read_settlement(file.path(), tiny_parts(3));
    FAIL() << "line 90 should be refused";
  } catch (const InputError& error) {
    EXPECT_EQ(error.line(), 90U);
  }
}

TEST(SettlementParts, ManyFilesReadSideBySideKeepTheirOrder) {
  std::vector<std::string> paths;
  for (int i = 1; i <= 6; ++i) paths.push_back(std::string(RECON_TESTDATA_DIR) + "/demo/settlement-0" + std::to_string(i) + ".txt");
  ReadOptions options;
  options.threads = 3;
  const auto side_by_side = read_settlements(paths, options);
  ASSERT_EQ(side_by_side.size(), paths.size());
  for (std::size_t i = 0; i < paths.size(); ++i) EXPECT_TRUE(side_by_side[i] == read_settlement(paths[i], one_pass()));
}

TEST(SettlementParts, OfManyFilesTheFirstUnreadableInOrderIsReported) {
  test::TempFile broken("not a report\n", "broken.txt");
  const std::string good = std::string(RECON_TESTDATA_DIR) + "/demo/settlement-01.txt";
  ReadOptions options;
  options.threads = 2;
  try {
    (void)read_settlements({good, broken.path(), good}, options);
    FAIL() << "the broken file should be refused";
  } catch (const InputError& error) {
    EXPECT_EQ(error.file(), broken.path());
  }
}

TEST(SettlementParts, TheDigestIsComputedOnlyWhenAskedFor) {
  const std::string path = std::string(RECON_TESTDATA_DIR) + "/demo/settlement-01.txt";
  ReadOptions options;
  options.file_digest = false;
  EXPECT_TRUE(read_settlement(path, options).sha256.empty());
  EXPECT_EQ(read_settlement(path, tiny_parts(2)).sha256, read_settlement(path, one_pass()).sha256);
  EXPECT_EQ(read_settlement(path, one_pass()).sha256.size(), 64U);
}

} // namespace
} // namespace recon
