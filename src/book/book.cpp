#include "recon/book/book.hpp"

#include <cstdlib>
#include <filesystem>
#include <thread>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "book/book_schema.hpp"
#include "io/fatal_exit_cleanup.hpp"
#include "recon/base/input_error.hpp"
#include "recon/checks/settlement_merge.hpp"
#include "book/sqlite.hpp"

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

// A finding's identity across runs: what it is about, not how its message reads today.
std::string finding_key(const Finding& finding) {
  return fmt::format("{}|{}|{}", code_name(finding.code), finding.settlement_id.value_or(""),
                     finding.source ? finding.source->line : 0);
}

std::string resolution_text(const std::string& by, const std::string& at, const std::string& note) {
  return fmt::format("by {} on {}: {}", by, at.substr(0, 10), note);
}

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
                          .format = row.text(1) == "amazon-v1" ? ReportFormat::amazon_v1 : ReportFormat::amazon_v2,
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
    if (!row.is_null(18)) settlement.decimal_mark = row.text(18) == "comma" ? DecimalMark::comma : DecimalMark::point;
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

std::string Book::resolve_path(const std::optional<std::string>& option) {
  if (option) return *option;
  if (const char* from_environment = std::getenv("RECON_BOOK"); from_environment != nullptr && *from_environment != '\0') {
    return from_environment;
  }
  return "recon.db";
}

Book::Book(std::string path, Open open, std::chrono::milliseconds lock_wait) : path_(std::move(path)), lock_wait_(lock_wait) {
  created_ = !std::filesystem::exists(path_);
  if (open == Open::must_exist && created_) {
    throw InputError(path_, 0, "there is no book here")
        .with_hint("recon settle creates the book on its first run; name another with --book or RECON_BOOK.");
  }
  try {
    db_ = std::make_unique<sqlite::Database>(path_, open == Open::create_if_missing);
    db_->execute(fmt::format("PRAGMA busy_timeout = {}; PRAGMA foreign_keys = ON;", lock_wait_.count()));
    // Switching a new book to WAL needs a moment alone with it, which SQLite's busy handler does
    // not wait for; another recon creating the same book at once is waited for here instead.
    for (std::int64_t waited_ms = 0;; waited_ms += 50) {
      try {
        db_->execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
        version_ = schema_version();
        break;
      } catch (const sqlite::Error& error) {
        if (!error.busy() || waited_ms >= lock_wait_.count()) throw;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
      }
    }
  } catch (const sqlite::Error& error) {
    throw InputError(path_, 0, std::string("cannot open the book: ") + error.what())
        .with_hint("Is it a recon book? recon keeps its book in an SQLite file, recon.db by default.");
  }
  if (version_ > book_schema::migrations.size()) {
    throw InputError(path_, 0, fmt::format("the book is at version {}, made by a newer recon than this one (which knows up to {})",
                                           version_, book_schema::migrations.size()))
        .with_hint("Use the recon that wrote the book, or a newer one.");
  }
  if (version_ == 0) {
    auto tables = db_->prepare("SELECT count(*) FROM sqlite_master");
    tables.step();
    if (tables.integer(0) != 0) {
      throw InputError(path_, 0, "this SQLite file is not a recon book").with_hint("Name the book with --book or RECON_BOOK.");
    }
  }
  // Registered last: a constructor that throws runs no destructor to unregister it.
  if (created_) remove_on_fatal_exit(path_.c_str());
}

std::size_t Book::schema_version() const {
  auto query = db_->prepare("PRAGMA user_version");
  query.step();
  return static_cast<std::size_t>(query.integer(0));
}

Book::~Book() {
  db_.reset();
  if (created_ && !committed_) {
    // A book this run created but never committed to holds nothing: leave no file behind.
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(path_ + suffix, ignored);
  }
  if (created_) stop_removing_on_fatal_exit(path_.c_str());
}

void Book::begin(const std::string& command) {
  try {
    db_->execute("BEGIN IMMEDIATE");
  } catch (const sqlite::Error& error) {
    if (!error.busy()) throw InputError(path_, 0, std::string("cannot use the book: ") + error.what());
    const auto waited = lock_wait_.count();
    throw InputError(path_, 0, fmt::format("the book stayed locked for {}: another recon is using it",
                                           waited % 1000 == 0 ? fmt::format("{} seconds", waited / 1000) : fmt::format("{} ms", waited)))
        .with_hint("Let the other run finish, then run recon again. Nothing was written.");
  }
  migrate();
  auto run = db_->prepare("INSERT INTO runs (started_at, command, recon_version) VALUES (?1, ?2, ?3)");
  run.bind(1, to_iso_instant(now())).bind(2, command).bind(3, std::string_view(RECON_VERSION)).run();
  run_id_ = db_->last_insert_id();
}

void Book::commit() {
  db_->execute("COMMIT");
  committed_ = true;
  if (created_) stop_removing_on_fatal_exit(path_.c_str()); // kept now, whatever happens next
}

void Book::migrate() {
  // Inside the run's transaction, so a book is never left half-migrated.
  version_ = schema_version(); // another recon may have migrated it while this one waited
  for (std::size_t next = version_; next < book_schema::migrations.size(); ++next) {
    db_->execute(book_schema::migrations[next]);
    db_->execute(fmt::format("PRAGMA user_version = {}", next + 1));
  }
  version_ = book_schema::migrations.size();
}

std::vector<Settlement> Book::settlements() const {
  if (version_ == 0) return {}; // a book no run has committed to yet
  return SettlementLoader(*db_, path_).load();
}

void Book::add(const Settlement& settlement) {
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
    insert.bind(20, std::string_view(*settlement.decimal_mark == DecimalMark::comma ? "comma" : "point"));
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
}

void Book::note_import(const ImportRecord& import) {
  db_->prepare("INSERT INTO imports (run_id, file, file_sha256, settlement_id, outcome) VALUES (?1, ?2, ?3, ?4, ?5)")
      .bind(1, run_id_)
      .bind(2, import.file)
      .bind(3, import.file_sha256)
      .bind(4, import.settlement_id)
      .bind(5, import.outcome)
      .run();
}

void Book::store_entries(const Journal& journal) {
  db_->execute("DELETE FROM postings; DELETE FROM entries;");
  auto entry_row = db_->prepare(
      "INSERT INTO entries (id, settlement_id, kind, date, pending, narration, run_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
  auto posting_row = db_->prepare("INSERT INTO postings (entry_id, position, account, amount, currency) VALUES (?1, ?2, ?3, ?4, ?5)");
  for (const Entry& entry : journal.entries) {
    entry_row.bind(1, entry.id).bind(2, entry.settlement_id).bind(3, std::string_view(entry.kind == EntryKind::deposit ? "deposit" : "settlement"));
    entry_row.bind(4, to_iso_date(entry.date)).bind(5, std::int64_t{entry.pending ? 1 : 0}).bind(6, entry.narration).bind(7, run_id_);
    entry_row.run();
    for (std::size_t i = 0; i < entry.postings.size(); ++i) {
      const Posting& posting = entry.postings[i];
      posting_row.bind(1, entry.id).bind(2, static_cast<std::int64_t>(i)).bind(3, posting.account);
      posting_row.bind(4, posting.amount.minor_units()).bind(5, posting.amount.currency().code());
      posting_row.run();
    }
  }
}

std::map<std::string, BankLine> Book::bank_matches() const {
  std::map<std::string, BankLine> matches;
  if (version_ == 0) return matches;
  auto rows = db_->prepare("SELECT settlement_id, bank_file, bank_line, bank_date, amount, currency, description FROM bank_matches");
  while (rows.step()) {
    const auto date = parse_date(rows.text(3));
    const auto currency = Currency::from_code(rows.text(5));
    if (!date || !date.value().month_first || !currency) {
      throw InputError(path_, 0, "the book is damaged: a bank match is unreadable").with_hint("Restore the book from a backup (see docs/book.md).");
    }
    matches.emplace(rows.text(0), BankLine{{rows.text(1), static_cast<std::uint64_t>(rows.integer(2))}, *date.value().month_first,
                                           Money(rows.integer(4), *currency), rows.text(6)});
  }
  return matches;
}

void Book::store_bank_match(const std::string& settlement_id, const BankLine& line) {
  db_->prepare(
         "INSERT OR REPLACE INTO bank_matches (settlement_id, bank_file, bank_line, bank_date, amount, currency, description, "
         "run_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
      .bind(1, settlement_id)
      .bind(2, line.source.file)
      .bind(3, static_cast<std::int64_t>(line.source.line))
      .bind(4, to_iso_date(line.date))
      .bind(5, line.amount.minor_units())
      .bind(6, line.amount.currency().code())
      .bind(7, line.description)
      .bind(8, run_id_)
      .run();
}

std::vector<BankProfile> Book::bank_profiles() const {
  std::vector<BankProfile> profiles;
  if (version_ == 0) return profiles;
  auto rows = db_->prepare("SELECT columns, date_format FROM bank_profiles ORDER BY id DESC");
  while (rows.step()) profiles.push_back({rows.text(0), rows.text(1)});
  return profiles;
}

void Book::store_bank_profile(const BankProfile& profile) {
  // Stored again, it moves to the front: the profile used last is tried first.
  db_->prepare("DELETE FROM bank_profiles WHERE columns = ?1 AND date_format = ?2").bind(1, profile.columns).bind(2, profile.date_format).run();
  db_->prepare("INSERT INTO bank_profiles (columns, date_format) VALUES (?1, ?2)").bind(1, profile.columns).bind(2, profile.date_format).run();
}

void Book::sync_findings(std::vector<Finding>& findings) {
  auto lookup = db_->prepare("SELECT id, state, resolved_by, resolved_at, note FROM exceptions WHERE key = ?1");
  auto insert = db_->prepare(
      "INSERT INTO exceptions (key, code, severity, settlement_id, amount, currency, message, source_file, source_line, "
      "state, first_seen_run, last_seen_run) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'open', ?10, ?10)");
  auto update = db_->prepare(
      "UPDATE exceptions SET severity = ?2, amount = ?3, currency = ?4, message = ?5, source_file = ?6, source_line = ?7, "
      "last_seen_run = ?8, state = CASE WHEN resolved_by = 'recon' THEN 'open' ELSE state END WHERE id = ?1");
  for (Finding& finding : findings) {
    const std::string key = finding_key(finding);
    lookup.bind(1, key);
    const auto amount = [&](sqlite::Statement& statement, int index) {
      if (finding.amount) {
        statement.bind(index, finding.amount->minor_units()).bind(index + 1, finding.amount->currency().code());
      } else {
        statement.bind_null(index).bind_null(index + 1);
      }
    };
    const auto source = [&](sqlite::Statement& statement, int index) {
      if (finding.source) {
        statement.bind(index, finding.source->file).bind(index + 1, static_cast<std::int64_t>(finding.source->line));
      } else {
        statement.bind_null(index).bind_null(index + 1);
      }
    };
    if (lookup.step()) {
      finding.book_id = lookup.integer(0);
      const bool resolved_by_person = lookup.text(1) == "resolved" && lookup.text(2) != "recon";
      if (resolved_by_person) {
        finding.resolved = true;
        finding.resolution = resolution_text(lookup.text(2), lookup.text(3), lookup.text(4));
      }
      lookup.reset();
      update.bind(1, finding.book_id).bind(2, severity_name(finding.severity));
      amount(update, 3);
      update.bind(5, finding.message);
      source(update, 6);
      update.bind(8, run_id_);
      update.run();
    } else {
      lookup.reset();
      insert.bind(1, key).bind(2, code_name(finding.code)).bind(3, severity_name(finding.severity));
      insert.bind_optional(4, finding.settlement_id);
      amount(insert, 5);
      insert.bind(7, finding.message);
      source(insert, 8);
      insert.bind(10, run_id_);
      insert.run();
      finding.book_id = db_->last_insert_id();
    }
  }
  // Open exceptions this run no longer finds (a gap filled, a duplicate no longer given) are closed.
  db_->prepare(
         "UPDATE exceptions SET state = 'resolved', resolved_by = 'recon', resolved_at = ?2, "
         "note = 'no longer found' WHERE state = 'open' AND last_seen_run <> ?1")
      .bind(1, run_id_)
      .bind(2, to_iso_instant(now()))
      .run();
}

std::vector<Finding> Book::exceptions(bool open_only) const {
  if (version_ == 0) return {};
  auto rows = db_->prepare(
      "SELECT id, code, severity, settlement_id, amount, currency, message, source_file, source_line, state, resolved_by, "
      "resolved_at, note FROM exceptions WHERE ?1 = 0 OR state = 'open' ORDER BY id");
  rows.bind(1, std::int64_t{open_only ? 1 : 0});
  std::vector<Finding> findings;
  while (rows.step()) {
    const auto code = code_named(rows.text(1));
    const auto severity = severity_named(rows.text(2));
    if (!code || !severity) throw InputError(path_, 0, "the book is damaged: an exception has an unknown code");
    Finding finding{*code, *severity, std::nullopt, std::nullopt, rows.text(6), std::nullopt, rows.integer(0), false, {}};
    if (!rows.is_null(3)) finding.settlement_id = rows.text(3);
    if (!rows.is_null(4)) {
      if (const auto currency = Currency::from_code(rows.text(5))) finding.amount = Money(rows.integer(4), *currency);
    }
    if (!rows.is_null(7)) finding.source = SourceRef{rows.text(7), static_cast<std::uint64_t>(rows.integer(8))};
    if (rows.text(9) == "resolved") {
      finding.resolved = true;
      finding.resolution = resolution_text(rows.text(10), rows.text(11), rows.text(12));
    }
    findings.push_back(std::move(finding));
  }
  return findings;
}

void Book::resolve(std::int64_t id, const std::string& note, const std::string& by) {
  auto update = db_->prepare("UPDATE exceptions SET state = 'resolved', resolved_by = ?2, resolved_at = ?3, note = ?4 WHERE id = ?1");
  update.bind(1, id).bind(2, by).bind(3, to_iso_instant(now())).bind(4, note).run();
  auto changed = db_->prepare("SELECT changes()");
  changed.step();
  if (changed.integer(0) == 0) {
    throw InputError(path_, 0, fmt::format("the book has no exception {}", id)).with_hint("`recon exceptions` lists them with their ids.");
  }
}

} // namespace recon
