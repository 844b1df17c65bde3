// The real Amazon.ca V1 reports in ../shared/samples (never copied into the repository). Each must
// read cleanly and foot to the total its README lists. Skipped where the folder is absent.

#include <filesystem>

#include <gtest/gtest.h>

#include "recon/ingest/settlement_reader.hpp"

namespace recon {
namespace {

struct Sample {
  const char* file;
  const char* settlement_id;
  const char* total;
  std::uint64_t body_rows;
};

constexpr Sample samples[] = {
    {"50011020300.txt", "23874396421", "-321.69", 3},   {"50018020314.txt", "23874397121", "-62.31", 15},
    {"50034020328.txt", "24288684721", "1016.08", 189}, {"50041020342.txt", "24391894961", "2539.66", 489},
    {"50044020356.txt", "24495221541", "4630.23", 729}, {"50051020370.txt", "24596907561", "3894.24", 685},
    {"50065020384.txt", "24702193891", "10015.64", 1244},
};

// Names the sample in test listings instead of dumping its bytes.
void PrintTo(const Sample& sample, std::ostream* out) { *out << sample.file; }

class SharedSamples : public ::testing::TestWithParam<Sample> {};

TEST_P(SharedSamples, FootToTheirListedTotals) {
  const std::filesystem::path directory = RECON_SHARED_SAMPLES_DIR;
  if (!std::filesystem::exists(directory)) GTEST_SKIP() << directory << " is absent (a fresh clone has no ../shared)";
  const Sample& sample = GetParam();
  const Settlement settlement = read_settlement((directory / sample.file).string());
  EXPECT_EQ(settlement.id, sample.settlement_id);
  EXPECT_EQ(settlement.format, ReportFormat::amazon_v1);
  EXPECT_EQ(settlement.currency.code(), "CAD");
  EXPECT_EQ(to_plain_string(settlement.total), sample.total);
  EXPECT_TRUE(settlement.footed()) << "lines sum to " << to_plain_string(settlement.lines_total);
  EXPECT_EQ(settlement.line_account.body_rows, sample.body_rows);
  EXPECT_EQ(settlement.posted_outside_period, 0U);
}

INSTANTIATE_TEST_SUITE_P(AmazonCa, SharedSamples, ::testing::ValuesIn(samples),
                         [](const ::testing::TestParamInfo<Sample>& param_info) { return std::string(param_info.param.settlement_id); });

} // namespace
} // namespace recon
