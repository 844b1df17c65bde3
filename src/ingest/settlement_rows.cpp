#include "ingest/settlement_rows.hpp"

#include <date/tz.h>
#include <spdlog/spdlog.h>

#include "recon/base/input_error.hpp"
#include "recon/ingest/settlement_id.hpp"
#include "ingest/settlement_plain_amount.hpp"
#include "io/tab_fields.hpp"

namespace recon {
namespace {

constexpr std::string_view download_again =
    "Download the report again from Seller Central (Reports > Payments > All Statements) and give it to "
    "recon without opening it in a spreadsheet first.";

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t") == std::string_view::npos;
}

} // namespace

SettlementRows::SettlementRows(std::string path, const ReadOptions& options, ReuseRepeatedColumns reuse)
    : path_(std::move(path)), options_(options), reuse_(reuse) {}

void SettlementRows::read(LineSource& source, std::uint64_t line_base) {
  std::uint64_t reported = source.position();
  const auto report_progress = [&] {
    if (options_.progress == nullptr) return;
    options_.progress->advance(source.position() - reported);
    reported = source.position();
  };
  while (const auto line = source.next()) {
    row_ = TextLine{line_base + line->number, line->text};
    if ((++lines_ & 0x3FFFU) == 0) report_progress();
    if (!layout_) {
      read_header();
    } else if (is_blank(row_.text)) {
      ++account_.blank_lines;
    } else {
      read_row();
    }
  }
  report_progress();
  saw_windows1252_ = saw_windows1252_ || source.saw_windows1252();
}

bool SettlementRows::ready_for_parts() const noexcept { return layout_ && builder_ && deferred_.empty(); }

SettlementRows SettlementRows::for_later_part() const {
  SettlementRows part(path_, options_, reuse_);
  part.layout_ = layout_;
  part.cuts_ = cuts_;
  part.fields_.resize(fields_.size());
  part.currency_ = currency_;
  part.amounts_ = amounts_;
  part.posted_dates_ = posted_dates_;
  part.builder_.emplace(builder_->empty_copy());
  part.settlement_id_ = settlement_id_;
  part.settlement_id_line_ = settlement_id_line_;
  part.last_id_field_ = last_id_field_;
  return part;
}

bool SettlementRows::learned_beyond(const SettlementRows& origin) const noexcept {
  return amounts_->mark() != origin.amounts_->mark() || *posted_dates_ != *origin.posted_dates_;
}

bool SettlementRows::absorb(SettlementRows&& part) {
  if (!builder_->absorb(std::move(*part.builder_), lines_)) return false;
  account_.body_rows += part.account_.body_rows;
  account_.quantity_rows += part.account_.quantity_rows;
  account_.blank_lines += part.account_.blank_lines;
  lines_ += part.lines_;
  saw_windows1252_ = saw_windows1252_ || part.saw_windows1252_;
  return true;
}

Settlement SettlementRows::finish(std::string sha256) && {
  if (!layout_) throw InputError(path_, 0, "the file is empty").with_hint(std::string(download_again));
  if (!builder_) {
    throw InputError(path_, 0, "the report has no summary row (the row with total-amount and no transaction-type)")
        .with_hint("The file may have been cut short or edited. " + std::string(download_again));
  }
  if (saw_windows1252_) spdlog::debug("{}: read as Windows-1252 where it was not UTF-8", path_);
  return std::move(*builder_).finish(account_, amounts_->mark(), std::move(sha256));
}

void SettlementRows::read_header() {
  std::vector<std::string_view> header;
  split_tab_fields(row_.text, header);
  layout_ = detect_layout(header, row_.text, path_);
  cuts_ = reuse_ == ReuseRepeatedColumns::yes ? row_cuts(*layout_) : RowCuts{};
  fields_.resize(layout_->field_count); // storage for a row's fields, sized once per file
  account_.header = 1;
  spdlog::debug("{}: {} with {} columns", path_, format_name(layout_->format), layout_->field_count);
}

void SettlementRows::read_row() {
  if (repeats_order_columns()) {
    const bool same_item = repeats_item_columns();
    if (!same_item) cut_after_order_columns();
    read_body(same_item);
    if (!same_item) remember_item_columns();
    return;
  }
  check_field_count(split_leading_tab_fields(row_.text, fields_));
  check_settlement_id();
  if (!trim_field(field(layout_->summary.total_amount)).empty()) {
    read_summary();
    replay_deferred_rows();
  } else if (builder_) {
    check_currency();
    read_body();
    remember_order_columns();
    remember_item_columns();
  } else {
    // Body rows before the summary row: keep them until the summary says what currency they are in.
    deferred_.emplace_back(row_.number, std::string(row_.text));
  }
}

void SettlementRows::check_field_count(std::size_t field_count) const {
  if (field_count != layout_->field_count) {
    fail({}, "the row has " + std::to_string(field_count) + " fields but the header has " +
                 std::to_string(layout_->field_count),
         "Rows of a settlement report have one field per header column, separated by tabs. The file may be cut "
         "short or edited. " + std::string(download_again));
  }
}

// The rows of one order repeat its leading columns (settlement-id to marketplace-name in V2) byte
// for byte, and the rows of one item its trailing ones (fulfillment-id to promotion-id). Where a
// row starts, or ends, with the same bytes as the last body row, its fields there are the same and
// were checked then: only the rest of the row is cut out, and nothing is checked twice. The bytes
// compared run through the tab that bounds them, so they are whole fields.
bool SettlementRows::repeats_order_columns() const {
  const std::string_view prefix(order_prefix_.data(), order_prefix_.size());
  return !prefix.empty() && row_.text.starts_with(prefix);
}

void SettlementRows::cut_after_order_columns() {
  const std::size_t columns = cuts_.order_columns;
  check_field_count(columns + split_leading_tab_fields(row_.text.substr(order_prefix_.size()),
                                                       std::span(fields_).subspan(columns)));
}

// For a row repeating the order columns: true when it repeats the item columns too, and the amount
// columns between them are cut out (they hold as many fields as the layout has there, so the row
// has its header's field count).
bool SettlementRows::repeats_item_columns() {
  const std::string_view suffix(item_suffix_.data(), item_suffix_.size());
  const std::size_t prefix = order_prefix_.size();
  if (suffix.empty() || row_.text.size() < prefix + suffix.size() || !row_.text.ends_with(suffix)) return false;
  const std::string_view between = row_.text.substr(prefix, row_.text.size() - prefix - suffix.size());
  const std::size_t first = cuts_.order_columns;
  const std::size_t count = cuts_.item_columns_from - first;
  return split_leading_tab_fields(between, std::span(fields_).subspan(first, count)) == count;
}

void SettlementRows::remember_order_columns() {
  const std::size_t columns = cuts_.order_columns;
  if (columns == 0) return;
  keep_columns(order_prefix_, 0, offset_in_row(fields_[columns]), 0, columns);
}

void SettlementRows::remember_item_columns() {
  const std::size_t first = cuts_.item_columns_from;
  if (first == 0) return;
  keep_columns(item_suffix_, offset_in_row(fields_[first]) - 1, row_.text.size(), first, fields_.size());
}

// Copies the row's bytes [begin, end) into `copy` and points fields [first, last), cut from those
// bytes, into the copy, where the rows that repeat them will find them.
void SettlementRows::keep_columns(std::vector<char>& copy, std::size_t begin, std::size_t end, std::size_t first,
                                  std::size_t last) {
  const std::string_view kept = row_.text.substr(begin, end - begin);
  copy.assign(kept.begin(), kept.end());
  for (std::size_t index = first; index < last; ++index) {
    fields_[index] = std::string_view(copy.data() + offset_in_row(fields_[index]) - begin, fields_[index].size());
  }
}

std::size_t SettlementRows::offset_in_row(std::string_view field) const {
  return static_cast<std::size_t>(field.data() - row_.text.data());
}

void SettlementRows::check_settlement_id() {
  const std::string_view raw = field(layout_->summary.settlement_id);
  if (raw == last_id_field_ && !settlement_id_.empty()) return; // the row before's id, checked then
  const std::string_view id = trim_field(raw);
  if (id.empty()) fail(id, "the row has no settlement-id", std::string(download_again));
  if (const auto damage = spreadsheet_damage(id)) {
    fail(raw,
         "settlement-id \"" + std::string(id) + "\" was damaged by a spreadsheet: " + *damage +
             ", and the digits it dropped cannot be recovered",
         std::string(download_again));
  }
  if (const auto bad = first_non_digit(id)) {
    fail(id.substr(bad->offset, bad->length),
         "settlement-id \"" + visible_id(id) + "\" has " + bad->shown + " where only digits belong: Amazon's settlement ids are digits",
         "The file was edited, or is not an Amazon settlement report. " + std::string(download_again));
  }
  if (settlement_id_.empty()) {
    settlement_id_ = id;
    settlement_id_line_ = row_.number;
  } else if (id != settlement_id_) {
    fail(id, "the row belongs to settlement " + std::string(id) + ", but line " + std::to_string(settlement_id_line_) +
                 " belongs to settlement " + settlement_id_,
         "A settlement report holds one settlement. Were two files joined together? Give recon each report as "
         "Amazon delivered it.");
  }
  last_id_field_ = raw;
}

void SettlementRows::read_summary() {
  if (builder_) {
    fail(field(layout_->summary.total_amount),
         "a second summary row (a row with total-amount); the first is on line " +
             std::to_string(builder_->summary().summary_line),
         "A settlement report has exactly one summary row. Were two files joined together?");
  }
  if (!trim_field(field(layout_->transaction_type)).empty()) {
    fail(field(layout_->transaction_type),
         "the row has both a total-amount, as the summary row has, and a transaction-type, as body rows have",
         std::string(download_again));
  }
  const std::string_view currency_text = trim_field(field(layout_->summary.currency));
  const auto currency = Currency::from_code(currency_text);
  if (!currency) {
    fail(field(layout_->summary.currency), "unknown currency \"" + std::string(currency_text) + "\"",
         "The summary row's currency column holds an ISO 4217 code such as USD, EUR or JPY.");
  }
  currency_ = currency;
  amounts_.emplace(currency->exponent());
  const Instant start = instant_at(layout_->summary.start_date, "settlement-start-date");
  const Instant end = instant_at(layout_->summary.end_date, "settlement-end-date");
  if (end < start) {
    fail(field(layout_->summary.end_date), "settlement-end-date is before settlement-start-date", std::string(download_again));
  }
  posted_dates_.emplace(std::chrono::floor<date::days>(start), std::chrono::floor<date::days>(end));

  builder_.emplace(Settlement{.id = settlement_id_,
                              .format = layout_->format,
                              .file = path_,
                              .sha256 = {},
                              .summary_line = row_.number,
                              .marketplaces = {},
                              .currency = *currency,
                              .start = start,
                              .end = end,
                              .deposit_date = deposit_date(),
                              .total = money_at(layout_->summary.total_amount),
                              .lines_total = Money::zero(*currency),
                              .amount_lines = 0,
                              .categories = {},
                              .carry_lines = {},
                              .line_account = {},
                              .decimal_mark = std::nullopt,
                              .posted_outside_period = 0,
                              .first_posted_outside_period = 0});
  account_.summary = 1;
}

void SettlementRows::replay_deferred_rows() {
  for (const auto& [number, text] : std::exchange(deferred_, {})) {
    row_ = TextLine{number, text};
    (void)split_leading_tab_fields(row_.text, fields_); // counted when first read
    check_currency();
    read_body();
  }
}

void SettlementRows::check_currency() const {
  const std::string_view currency = trim_field(field(layout_->summary.currency));
  if (!currency.empty() && currency != builder_->summary().currency.code()) {
    fail(currency, "the row's currency differs from the summary row's " + std::string(builder_->summary().currency.code()),
         std::string(download_again));
  }
}

void SettlementRows::read_body(bool same_item) {
  ++account_.body_rows;
  Day posted{};
  if (same_item && cuts_.posting_in_item_columns) {
    posted = same_posted_day();
  } else {
    const std::string_view posted_time =
        layout_->posted_date_time ? trim_field(field(*layout_->posted_date_time)) : std::string_view{};
    posted = posted_day(trim_field(field(layout_->posted_date)), posted_time);
  }

  const std::string_view transaction_type = trim_field(field(layout_->transaction_type));
  const std::string_view marketplace = trim_field(field(layout_->marketplace));
  if (layout_->format == ReportFormat::amazon_v2) {
    const std::string_view amount = field(layout_->amount);
    if (trim_field(amount).empty()) fail(amount, "the row has no amount", std::string(download_again));
    add({row_.number, transaction_type, trim_field(field(layout_->amount_type)),
         trim_field(field(layout_->amount_description)), money_at(layout_->amount), posted, marketplace});
    return;
  }
  read_v1_amounts(transaction_type, marketplace, posted);
}

// The day the row was posted, in the zone whose months the books use (a bare date is already
// local), noting rows posted outside the period. Rows repeating the dates of the row before
// reuse its answer: resolving the same text again could not give another.
Day SettlementRows::posted_day(std::string_view posted_date, std::string_view posted_time) {
  if (!last_posted_day_ || posted_time != last_posted_time_ || posted_date != last_posted_date_) {
    const auto posted = posted_dates_->resolve(posted_date, posted_time);
    if (!posted) fail(posted_time.empty() ? field(layout_->posted_date) : posted_time, posted.error(), {});
    last_posted_inside_ = posted_dates_->inside_period(posted.value().day);
    Day local = posted.value().day;
    if (posted.value().instant && options_.month_zone != nullptr) {
      local = std::chrono::floor<date::days>(options_.month_zone->to_local(*posted.value().instant).time_since_epoch()) + Day{};
    }
    last_posted_day_ = local;
    last_posted_date_ = posted_date;
    last_posted_time_ = posted_time;
  }
  return same_posted_day();
}

// The day of the row before, for a row posted at the same time.
Day SettlementRows::same_posted_day() {
  if (!last_posted_inside_) builder_->note_posted_outside_period(row_.number);
  return *last_posted_day_;
}

// A V1 row spreads its money over typed columns; each filled one is a line of its own. Events
// without an order (fees, reserve, carry lines) name themselves in transaction-type and put the
// money in other-amount: they become V2's other-transaction lines, described by that name.
void SettlementRows::read_v1_amounts(std::string_view transaction_type, std::string_view marketplace, Day posted) {
  bool any_amount = false;
  for (const auto& column : layout_->v1_amounts) {
    if (trim_field(field(column.amount)).empty()) continue;
    any_amount = true;
    const Money amount = money_at(column.amount);
    if (column.amount_type == "other-transaction") {
      add({row_.number, "other-transaction", "other-transaction", transaction_type, amount, posted, marketplace});
    } else {
      const std::string_view label = column.label ? trim_field(field(*column.label)) : std::string_view{};
      add({row_.number, transaction_type, column.amount_type, label, amount, posted, marketplace});
    }
  }
  if (!any_amount) ++account_.quantity_rows; // V1 gives each order item a row carrying only its quantity
}

void SettlementRows::add(const SettlementLine& line) {
  if (!builder_->add(line)) {
    fail({}, "the amounts add up to more than recon can hold exactly (about 92 quadrillion units)",
         "No real settlement comes near this: check that the amount column holds amounts.");
  }
}

Money SettlementRows::money_at(std::size_t column) {
  const std::string_view text = field(column);
  if (const auto plain = read_plain_amount(text, amounts_->exponent(), amounts_->mark())) {
    return Money(*plain, *currency_); // nearly every amount
  }
  const auto minor_units = amounts_->read(text);
  if (!minor_units) {
    std::string hint = "Amounts are written like -32.40 or 179,99.";
    if (const auto mark = amounts_->mark()) {
      hint += " This file's amounts use " + std::string(describe(*mark)) + ".";
    }
    fail(text, "cannot read the amount \"" + std::string(trim_field(text)) + "\": " + minor_units.error(), hint);
  }
  return Money(minor_units.value(), *currency_);
}

Instant SettlementRows::instant_at(std::size_t column, std::string_view name) {
  const auto instant = parse_instant(field(column));
  if (!instant) fail(field(column), "cannot read " + std::string(name) + ": " + instant.error(), {});
  return instant.value();
}

Day SettlementRows::deposit_date() {
  const std::string_view text = field(layout_->summary.deposit_date);
  const auto reading = parse_date(text);
  if (!reading) fail(text, "cannot read deposit-date: " + reading.error(), {});
  if (reading.value().ambiguous()) fail(text, "deposit-date could be month-first or day-first", {});
  return reading.value().month_first ? *reading.value().month_first : *reading.value().day_first;
}

// Stops the read with an input error pointing at `span`, which is a view into the current row
// (an empty view without data points at the whole row).
void SettlementRows::fail(std::string_view span, std::string message, std::string hint) const {
  std::size_t offset = 0;
  std::size_t length = row_.text.size();
  if (span.data() != nullptr && span.data() >= row_.text.data() && span.data() <= row_.text.data() + row_.text.size()) {
    offset = static_cast<std::size_t>(span.data() - row_.text.data());
    length = span.size();
  }
  auto error = InputError(path_, row_.number, std::move(message)).with_excerpt(std::string(row_.text), offset, length);
  if (hint.empty()) throw error; // NOLINT(misc-throw-by-value-catch-by-reference): built just above
  throw std::move(error).with_hint(std::move(hint));
}

} // namespace recon
