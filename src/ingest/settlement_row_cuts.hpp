#pragma once
// How SettlementRows cuts a report's rows into fields, worked out once per file from its layout.
// The layout says where the file's columns are; this says which of them a row's reader may skip:
// the columns after the last one recon reads, and those that the rows of one order, or of one
// order item, repeat byte for byte from the row before (see SettlementRows::read_row).

#include <cstddef>

#include "ingest/report_layout.hpp"

namespace recon {

struct RowCuts {
  // How many leading columns hold every column recon reads: a row's later fields need not be cut out.
  std::size_t columns_read = 0;
  // How many leading columns come before the first that changes from line to line (amounts, their
  // labels, posting dates), provided they hold the columns checked once per row (settlement-id,
  // total-amount, currency); else 0. The rows of one order repeat these columns byte for byte.
  std::size_t order_columns = 0;
  // The first column after the amounts and their labels, when order_columns are known and some
  // column read follows; else 0 (so it is always below columns_read). The rows of one order item
  // repeat the columns from here to the end of the line (fulfillment-id to promotion-id in V2)
  // byte for byte.
  std::size_t item_columns_from = 0;
  // Whether posted-date and posted-date-time are among the item columns: then the rows of one item
  // share their posting day.
  bool posting_in_item_columns = false;
};

// The cuts `layout` allows.
[[nodiscard]] RowCuts row_cuts(const ReportLayout& layout);
// Every column cut from every row, nothing reused: the plain path that row_cuts must agree with.
[[nodiscard]] RowCuts whole_row_cuts(const ReportLayout& layout);

} // namespace recon
