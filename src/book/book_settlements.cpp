// The settlements in the book: adding them with their categories and carry lines, the import log,
// and reading them back.
#include "recon/book/book.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "book/book_errors.hpp"
#include "book/sqlite.hpp"
#include "recon/base/input_error.hpp"
#include "recon/checks/settlement_merge.hpp"

namespace recon {
namespace {

std::string_view carry_kind_name(CarryKind kind) {
  switch (kind) {
  case CarryKind::reserve_released: return "reserve-released";
  case CarryKind::reserve_held: return "reserve-held";
  case CarryKind::payable_to_amazon: return "payable-to-amazon";
  case CarryKind::successful_charge: return "successful-charge";
  case CarryKind::none: break;
  }
  return "none";
}

std::string_view decimal_mark_name(DecimalMark mark) { return mark == DecimalMark::comma ? "comma" : "point"; }

// Reads settlements back from their rows; a value that does not parse means the file was changed
// behind recon's back.
class SettlementLoader {
public:
  SettlementLoader(sqlite::Database& db, const std::string& path) : db_(db), path_(path) {}

  std::vector<Settlement> load() {
    std::vector<Settlement> settlements;
    auto rows = db_.prepare(
        "SELECT id, format, file, file_sha256, summary_line, marketplaces, currency, period_start, period_end, "
        "deposit_date, total, lines_total, amount_lines, header_lines, summary_lines, body_rows, quantity_rows, "
        "blank_lines, decimal_mark, posted_outside_period, first_posted_outside_period FROM settlements ORDER BY rowid");
    while (rows.step()) settlements.push_back(settlement_from(rows));
    return settlements;
  }

private:
  Settlement settlement_from(const sqlite::Statement& row) {
    const std::string id = row.text(0);
    const auto currency = Currency::from_code(row.text(6));
    if (!currency) damaged(id, "currency");
    const auto money = [&](std::int64_t minor) { return Money(minor, *currency); };
    Settlement settlement{.id = id,
                          .format = format(id, row.text(1)),
                          .file = row.text(2),
                          .sha256 = row.text(3),
                          .summary_line = unsigned_at(row, 4),
                          .marketplaces = nlohmann::json::parse(row.text(5)).get<std::vector<std::string>>(),
                          .currency = *currency,
                          .start = instant(id, row.text(7)),
                          .end = instant(id, row.text(8)),
                          .deposit_date = day(id, row.text(9)),
                          .total = money(row.integer(10)),
                          .lines_total = money(row.integer(11)),
                          .amount_lines = unsigned_at(row, 12),
                          .categories = {},
                          .carry_lines = {},
                          .line_account = {unsigned_at(row, 13), unsigned_at(row, 14), unsigned_at(row, 15),
                                           unsigned_at(row, 16), unsigned_at(row, 17)},
                          .decimal_mark = std::nullopt,
                          .posted_outside_period = unsigned_at(row, 19),
                          .first_posted_outside_period = unsigned_at(row, 20)};
    if (!row.is_null(18)) settlement.decimal_mark = decimal_mark(id, row.text(18));
    load_categories(settlement);
    load_carry_lines(settlement);
    return settlement;
  }

  void load_categories(Settlement& settlement) {
    auto rows = db_.prepare(
        "SELECT position, transaction_type, amount_type, amount_description, lines, total, first_line "
        "FROM categories WHERE settlement_id = ?1 ORDER BY position");
    rows.bind(1, settlement.id);
    while (rows.step()) {
      settlement.categories.push_back({rows.text(1), rows.text(2), rows.text(3), unsigned_at(rows, 4),
                                       Money(rows.integer(5), settlement.currency), unsigned_at(rows, 6), {}});
    }
    auto months = db_.prepare("SELECT position, month, lines, total FROM category_months WHERE settlement_id = ?1 ORDER BY position, month");
    months.bind(1, settlement.id);
    while (months.step()) {
      const auto position = static_cast<std::size_t>(months.integer(0));
      if (position >= settlement.categories.size()) damaged(settlement.id, "category months");
      const auto month = parse_date(months.text(1) + "-01");
      if (!month) damaged(settlement.id, "category month");
      const date::year_month_day first{*month.value().month_first};
      settlement.categories[position].months.push_back(
          {first.year() / first.month(), unsigned_at(months, 2), Money(months.integer(3), settlement.currency)});
    }
  }

  void load_carry_lines(Settlement& settlement) {
    auto rows = db_.prepare("SELECT kind, amount, line FROM carry_lines WHERE settlement_id = ?1 ORDER BY position");
    rows.bind(1, settlement.id);
    while (rows.step()) {
      const std::string kind_name = rows.text(0);
      CarryKind kind = CarryKind::none;
      for (const CarryKind candidate : {CarryKind::reserve_released, CarryKind::reserve_held, CarryKind::payable_to_amazon,
                                        CarryKind::successful_charge}) {
        if (carry_kind_name(candidate) == kind_name) kind = candidate;
      }
      if (kind == CarryKind::none) damaged(settlement.id, "carry line");
      settlement.carry_lines.push_back({kind, Money(rows.integer(1), settlement.currency), unsigned_at(rows, 2)});
    }
  }

  ReportFormat format(const std::string& id, const std::string& name) {
    for (const ReportFormat format : {ReportFormat::amazon_v2, ReportFormat::amazon_v1}) {
      if (format_name(format) == name) return format;
    }
    damaged(id, "format");
  }

  DecimalMark decimal_mark(const std::string& id, const std::string& name) {
    for (const DecimalMark mark : {DecimalMark::point, DecimalMark::comma}) {
      if (decimal_mark_name(mark) == name) return mark;
    }
    damaged(id, "decimal mark");
  }

  Instant instant(const std::string& id, const std::string& text) {
    const auto parsed = parse_instant(text);
    if (!parsed) damaged(id, "period");
    return parsed.value();
  }

  Day day(const std::string& id, const std::string& text) {
    const auto parsed = parse_date(text);
    if (!parsed || !parsed.value().month_first) damaged(id, "deposit date");
    return *parsed.value().month_first;
  }

  static std::uint64_t unsigned_at(const sqlite::Statement& row, int column) {
    return static_cast<std::uint64_t>(row.integer(column));
  }

  [[noreturn]] void damaged(const std::string& id, const std::string& what) const {
    throw InputError(path_, 0, fmt::format("the book is damaged: settlement {} has an unreadable {}", id, what))
        .with_hint("Restore the book from a backup (see docs/book.md).");
  }

  sqlite::Database& db_;
  const std::string& path_;
};

} // namespace

std::vector<Settlement> Book::settlements() const {
  if (version_ == 0) return {}; // a book no run has committed to yet
  return reporting_refusals(path_, "cannot read the book", [&] {
    return SettlementLoader(*db_, path_).load();
  });
}

void Book::add(const Settlement& settlement) {
  reporting_refusals(path_, "cannot write to the book", [&] {
    const LineAccount& account = settlement.line_account;
    auto insert = db_->prepare(
        "INSERT INTO settlements (id, format, file, file_sha256, content_digest, summary_line, marketplaces, currency, "
        "period_start, period_end, deposit_date, total, lines_total, amount_lines, header_lines, summary_lines, body_rows, "
        "quantity_rows, blank_lines, decimal_mark, posted_outside_period, first_posted_outside_period, imported_at, run_id) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24)");
    const auto count = [](std::uint64_t n) { return static_cast<std::int64_t>(n); };
    insert.bind(1, settlement.id)
        .bind(2, format_name(settlement.format))
        .bind(3, settlement.file)
        .bind(4, settlement.sha256)
        .bind(5, content_digest(settlement))
        .bind(6, count(settlement.summary_line))
        .bind(7, nlohmann::json(settlement.marketplaces).dump())
        .bind(8, settlement.currency.code())
        .bind(9, to_iso_instant(settlement.start))
        .bind(10, to_iso_instant(settlement.end))
        .bind(11, to_iso_date(settlement.deposit_date))
        .bind(12, settlement.total.minor_units())
        .bind(13, settlement.lines_total.minor_units())
        .bind(14, count(settlement.amount_lines))
        .bind(15, count(account.header))
        .bind(16, count(account.summary))
        .bind(17, count(account.body_rows))
        .bind(18, count(account.quantity_rows))
        .bind(19, count(account.blank_lines))
        .bind(21, count(settlement.posted_outside_period))
        .bind(22, count(settlement.first_posted_outside_period))
        .bind(23, to_iso_instant(now()))
        .bind(24, run_id_);
    if (settlement.decimal_mark) {
      insert.bind(20, decimal_mark_name(*settlement.decimal_mark));
    } else {
      insert.bind_null(20);
    }
    insert.run();

    auto category = db_->prepare(
        "INSERT INTO categories (settlement_id, position, transaction_type, amount_type, amount_description, lines, total, "
        "first_line) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    auto month = db_->prepare("INSERT INTO category_months (settlement_id, position, month, lines, total) VALUES (?1, ?2, ?3, ?4, ?5)");
    for (std::size_t i = 0; i < settlement.categories.size(); ++i) {
      const Category& c = settlement.categories[i];
      const auto position = static_cast<std::int64_t>(i);
      category.bind(1, settlement.id).bind(2, position).bind(3, c.transaction_type).bind(4, c.amount_type);
      category.bind(5, c.amount_description).bind(6, count(c.lines)).bind(7, c.sum.minor_units()).bind(8, count(c.first_line));
      category.run();
      for (const MonthSum& m : c.months) {
        const std::string month_text = fmt::format("{:04}-{:02}", static_cast<int>(m.month.year()), static_cast<unsigned>(m.month.month()));
        month.bind(1, settlement.id).bind(2, position).bind(3, month_text).bind(4, count(m.lines)).bind(5, m.sum.minor_units());
        month.run();
      }
    }
    auto carry = db_->prepare("INSERT INTO carry_lines (settlement_id, position, kind, amount, line) VALUES (?1, ?2, ?3, ?4, ?5)");
    for (std::size_t i = 0; i < settlement.carry_lines.size(); ++i) {
      const CarryEntry& c = settlement.carry_lines[i];
      carry.bind(1, settlement.id).bind(2, static_cast<std::int64_t>(i)).bind(3, carry_kind_name(c.kind));
      carry.bind(4, c.amount.minor_units()).bind(5, count(c.line));
      carry.run();
    }
  });
}

void Book::note_import(const ImportRecord& import) {
  reporting_refusals(path_, "cannot write to the book", [&] {
    db_->prepare("INSERT INTO imports (run_id, file, file_sha256, settlement_id, outcome) VALUES (?1, ?2, ?3, ?4, ?5)")
        .bind(1, run_id_)
        .bind(2, import.file)
        .bind(3, import.file_sha256)
        .bind(4, import.settlement_id)
        .bind(5, outcome_name(import.outcome))
        .run();
  });
}

} // namespace recon
