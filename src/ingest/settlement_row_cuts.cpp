#include "ingest/settlement_row_cuts.hpp"

#include <algorithm>
#include <cstdint>

namespace recon {
namespace {

std::size_t order_columns(const ReportLayout& layout) {
  std::size_t first_per_line = std::min(layout.posted_date, layout.posted_date_time.value_or(SIZE_MAX));
  if (layout.format == ReportFormat::amazon_v2) {
    first_per_line = std::min({first_per_line, layout.amount_type, layout.amount_description, layout.amount});
  }
  for (const auto& column : layout.v1_amounts) {
    first_per_line = std::min({first_per_line, column.amount, column.label.value_or(SIZE_MAX)});
  }
  const SummaryColumns& summary = layout.summary;
  const std::size_t checked = std::max({summary.settlement_id, summary.total_amount, summary.currency});
  return checked < first_per_line ? first_per_line : 0;
}

std::size_t last_amount_column(const ReportLayout& layout) {
  std::size_t last = 0;
  if (layout.format == ReportFormat::amazon_v2) last = std::max({layout.amount_type, layout.amount_description, layout.amount});
  for (const auto& column : layout.v1_amounts) last = std::max({last, column.amount, column.label.value_or(0)});
  return last;
}

} // namespace

RowCuts row_cuts(const ReportLayout& layout) {
  RowCuts cuts;
  cuts.order_columns = order_columns(layout);
  const std::size_t after_amounts = last_amount_column(layout) + 1;
  const bool follows = cuts.order_columns > 0 && after_amounts < layout.field_count;
  cuts.item_columns_from = follows ? after_amounts : 0;
  const std::size_t from = cuts.item_columns_from;
  cuts.posting_in_item_columns = from > 0 && layout.posted_date >= from && layout.posted_date_time.value_or(from) >= from;
  return cuts;
}

} // namespace recon
