#pragma once
// The rows of one settlement report, turned into a Settlement: the header decides the layout, the
// summary row the currency and period, and every body row is checked and summed. It reads lines
// from LineSources; a file can be given in one source, or in consecutive parts, each to a copy
// made by for_later_part() and joined back with absorb() (see settlement_reader.cpp).

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "recon/base/amount_text.hpp"
#include "io/line_source.hpp"
#include "recon/ingest/posted_date.hpp"
#include "recon/model/settlement.hpp"
#include "recon/ingest/settlement_reader.hpp"
#include "ingest/report_layout.hpp"
#include "ingest/settlement_builder.hpp"
#include "ingest/settlement_row_cuts.hpp"

namespace recon {

// Whether a row that repeats the last body row's order or item columns takes those fields from it
// (see read_row), or every row is cut whole: the plain path, which tests hold the reuse against.
enum class ReuseRepeatedColumns : bool { no, yes };

class SettlementRows {
public:
  SettlementRows(std::string path, const ReadOptions& options,
                 ReuseRepeatedColumns reuse = ReuseRepeatedColumns::yes);
  SettlementRows(const SettlementRows&) = delete; // fields_ may point into order_prefix_ and item_suffix_
  SettlementRows& operator=(const SettlementRows&) = delete;
  SettlementRows(SettlementRows&&) noexcept = default;
  SettlementRows& operator=(SettlementRows&&) noexcept = default;
  ~SettlementRows() = default;

  // Reads every line of `source`; `line_base` lines of the file come before its first. Throws
  // InputError naming the file and line for anything that keeps the report from being read.
  void read(LineSource& source, std::uint64_t line_base);

  // True once the header and the summary row are read: the rest of the file can be read in parts.
  [[nodiscard]] bool ready_for_parts() const noexcept;
  // A reader for a later part of the file, knowing what this one has learned, with nothing summed.
  [[nodiscard]] SettlementRows for_later_part() const;
  // True when reading a part taught this reader something that `origin` did not know (the file's
  // decimal mark or date order): the later parts, read without it, must be read again.
  [[nodiscard]] bool learned_beyond(const SettlementRows& origin) const noexcept;
  // Adds a later part read by a copy from for_later_part(), whose lines come right after this
  // one's. False when its sums overflow when joined; read the file in one pass to blame a line.
  [[nodiscard]] bool absorb(SettlementRows&& part);

  [[nodiscard]] std::uint64_t lines() const noexcept { return lines_; }
  // The summary row's currency, once it is read.
  // The settlement read; throws InputError when the file had no header or no summary row.
  [[nodiscard]] Settlement finish(std::string sha256) &&;

private:
  void read_header();
  void read_row();
  void check_field_count(std::size_t field_count) const;
  [[nodiscard]] bool repeats_order_columns() const;
  void cut_after_order_columns();
  [[nodiscard]] bool repeats_item_columns();
  void remember_order_columns();
  void remember_item_columns();
  void keep_columns(std::vector<char>& copy, std::size_t begin, std::size_t end, std::size_t first, std::size_t last);
  [[nodiscard]] std::size_t offset_in_row(std::string_view field) const;
  void check_settlement_id();
  void check_currency() const;
  void read_summary();
  void replay_deferred_rows();
  // `same_item`: the row repeats the last body row's item columns (see repeats_item_columns).
  void read_body(bool same_item = false);
  void read_v1_amounts(std::string_view transaction_type, std::string_view marketplace, Day posted);
  [[nodiscard]] Day posted_day(std::string_view posted_date, std::string_view posted_time);
  [[nodiscard]] Day same_posted_day();
  void add(const SettlementLine& line);
  Money money_at(std::size_t column);
  Instant instant_at(std::size_t column, std::string_view name);
  Day deposit_date();
  [[nodiscard]] std::string_view field(std::size_t index) const { return fields_[index]; }
  [[noreturn]] void fail(std::string_view span, std::string message, std::string hint) const;

  std::string path_;
  ReadOptions options_;
  TextLine row_{0, {}};
  std::vector<std::string_view> fields_;
  // The last body row's order columns (RowCuts::order_columns), which the first fields point
  // into. A vector, not a string: moving it keeps its bytes where they are.
  std::vector<char> order_prefix_;
  std::vector<char> item_suffix_; // and its item columns, from the tab before them (item_columns_from)
  ReuseRepeatedColumns reuse_;
  std::optional<ReportLayout> layout_;
  RowCuts cuts_; // once the layout is known
  std::optional<Currency> currency_;
  std::optional<AmountReader> amounts_;
  std::optional<PostedDateResolver> posted_dates_;
  std::optional<SettlementBuilder> builder_;
  std::string settlement_id_;
  std::uint64_t settlement_id_line_ = 0;
  std::string last_id_field_; // the id field as last read, already checked
  // The last posted-date and posted-date-time read, and the day they gave: the rows of one order
  // share them, so most rows skip date parsing.
  std::string last_posted_date_;
  std::string last_posted_time_;
  std::optional<Day> last_posted_day_;
  bool last_posted_inside_ = true;
  std::vector<std::pair<std::uint64_t, std::string>> deferred_;
  LineAccount account_;
  std::uint64_t lines_ = 0;
  bool saw_windows1252_ = false;
};

} // namespace recon
