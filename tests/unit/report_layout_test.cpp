#include "ingest/report_layout.hpp"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "io/tab_fields.hpp"
#include "report_text.hpp"

namespace recon {
namespace {

ReportLayout layout_of(const std::string& header_line) {
  std::vector<std::string_view> header;
  split_tab_fields(header_line, header);
  return detect_layout(header, header_line, "report.txt");
}

std::string joined(const std::vector<std::string>& columns) {
  std::string line;
  for (const auto& column : columns) line += (line.empty() ? "" : "\t") + column;
  return line;
}

TEST(ReportLayout, FindsTheV2ColumnsByName) {
  const ReportLayout layout = layout_of(joined(test::v2_columns));
  EXPECT_EQ(layout.format, ReportFormat::amazon_v2);
  EXPECT_EQ(layout.field_count, 24U);
  EXPECT_EQ(layout.summary.total_amount, 4U);
  EXPECT_EQ(layout.amount_type, 12U);
  EXPECT_EQ(layout.amount, 14U);
  EXPECT_EQ(layout.posted_date_time, 17U);
}

} // namespace
} // namespace recon
