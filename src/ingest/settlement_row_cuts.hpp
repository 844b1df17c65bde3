#pragma once
// Which columns of a report's rows SettlementRows may take from the row before instead of cutting
// them out again, worked out once per file from its layout: those that the rows of one order, or
// of one order item, repeat byte for byte (see SettlementRows::read_row). The layout says where
// the file's columns are; this is the row reader's own business.

#include <cstddef>

#include "ingest/report_layout.hpp"

namespace recon {

struct RowCuts {
  // How many leading columns come before the first that changes from line to line (amounts, their
  // labels, posting dates), provided they hold the columns checked once per row (settlement-id,
  // total-amount, currency); else 0. The rows of one order repeat these columns byte for byte.
  std::size_t order_columns = 0;
  // The first column after the amounts and their labels, when order_columns are known and a column
  // follows; else 0. The rows of one order item repeat the columns from here to the end of the line
  // (fulfillment-id to promotion-id in V2) byte for byte.
  std::size_t item_columns_from = 0;
  // Whether posted-date and posted-date-time are among the item columns: then the rows of one item
  // share their posting day.
  bool posting_in_item_columns = false;
};

// The cuts `layout` allows. RowCuts{} reuses nothing: every row is cut whole, the plain path that
// these cuts must agree with.
[[nodiscard]] RowCuts row_cuts(const ReportLayout& layout);

} // namespace recon
