#pragma once
// Which settlement format a file is, and where its columns are, decided from the header line.
// Columns are found by name, never by position: Amazon has added columns before (promotion-id),
// and the V1 file exists with and without its three promotion columns.

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "recon/model/settlement.hpp"
#include "recon/base/source_ref.hpp"

namespace recon {

// The six columns of the summary row, the same in both formats.
struct SummaryColumns {
  std::size_t settlement_id = 0;
  std::size_t start_date = 0;
  std::size_t end_date = 0;
  std::size_t deposit_date = 0;
  std::size_t total_amount = 0;
  std::size_t currency = 0;
};

// One of V1's nine typed amount columns, and the V2 amount-type its amounts are filed under.
struct V1AmountColumn {
  std::size_t amount;
  std::optional<std::size_t> label; // the column naming the amount (price-type, …), if it has one
  std::string_view amount_type;
};

struct ReportLayout {
  ReportFormat format = ReportFormat::amazon_v2;
  std::size_t field_count = 0;
  SummaryColumns summary;
  std::size_t transaction_type = 0;
  std::size_t marketplace = 0;
  std::size_t posted_date = 0;
  std::optional<std::size_t> posted_date_time; // V2 only, and not in every V2 file
  // V2 only:
  std::size_t amount_type = 0;
  std::size_t amount_description = 0;
  std::size_t amount = 0;
  // V1 only:
  std::vector<V1AmountColumn> v1_amounts;
};

// Reads the header fields of `file`; throws InputError when it is not a settlement report header,
// saying what the file looks like instead where that can be told.
[[nodiscard]] ReportLayout detect_layout(const std::vector<std::string_view>& header, std::string_view header_line,
                                         const std::string& file);

} // namespace recon
