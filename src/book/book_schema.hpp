#pragma once
// The book's schema, as an ordered list of migrations. Migration N takes a book from version N-1
// to N (SQLite's user_version); a book is brought up to date inside the first run's transaction.
// Never edit a migration that has shipped: add the next one.

#include <array>
#include <string_view>

namespace recon::book_schema {

inline constexpr std::array<std::string_view, 2> migrations = {
    // 1: the first book.
    R"sql(
CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  command TEXT NOT NULL,
  recon_version TEXT NOT NULL
);
CREATE TABLE settlements (
  id TEXT PRIMARY KEY,
  format TEXT NOT NULL,
  file TEXT NOT NULL,
  file_sha256 TEXT NOT NULL,
  content_digest TEXT NOT NULL,
  summary_line INTEGER NOT NULL,
  marketplaces TEXT NOT NULL,
  currency TEXT NOT NULL,
  period_start TEXT NOT NULL,
  period_end TEXT NOT NULL,
  deposit_date TEXT NOT NULL,
  total INTEGER NOT NULL,
  lines_total INTEGER NOT NULL,
  amount_lines INTEGER NOT NULL,
  header_lines INTEGER NOT NULL,
  summary_lines INTEGER NOT NULL,
  body_rows INTEGER NOT NULL,
  quantity_rows INTEGER NOT NULL,
  blank_lines INTEGER NOT NULL,
  decimal_mark TEXT,
  posted_outside_period INTEGER NOT NULL,
  first_posted_outside_period INTEGER NOT NULL,
  imported_at TEXT NOT NULL,
  run_id INTEGER NOT NULL REFERENCES runs(id)
);
CREATE TABLE categories (
  settlement_id TEXT NOT NULL REFERENCES settlements(id),
  position INTEGER NOT NULL,
  transaction_type TEXT NOT NULL,
  amount_type TEXT NOT NULL,
  amount_description TEXT NOT NULL,
  lines INTEGER NOT NULL,
  total INTEGER NOT NULL,
  first_line INTEGER NOT NULL,
  PRIMARY KEY (settlement_id, position)
);
CREATE TABLE category_months (
  settlement_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  month TEXT NOT NULL,
  lines INTEGER NOT NULL,
  total INTEGER NOT NULL,
  PRIMARY KEY (settlement_id, position, month),
  FOREIGN KEY (settlement_id, position) REFERENCES categories(settlement_id, position)
);
CREATE TABLE carry_lines (
  settlement_id TEXT NOT NULL REFERENCES settlements(id),
  position INTEGER NOT NULL,
  kind TEXT NOT NULL,
  amount INTEGER NOT NULL,
  line INTEGER NOT NULL,
  PRIMARY KEY (settlement_id, position)
);
CREATE TABLE imports (
  run_id INTEGER NOT NULL REFERENCES runs(id),
  file TEXT NOT NULL,
  file_sha256 TEXT NOT NULL,
  settlement_id TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('imported', 'duplicate', 'changed'))
);
CREATE TABLE entries (
  id TEXT PRIMARY KEY,
  settlement_id TEXT NOT NULL REFERENCES settlements(id),
  kind TEXT NOT NULL,
  date TEXT NOT NULL,
  pending INTEGER NOT NULL,
  narration TEXT NOT NULL,
  run_id INTEGER NOT NULL REFERENCES runs(id)
);
CREATE TABLE postings (
  entry_id TEXT NOT NULL REFERENCES entries(id),
  position INTEGER NOT NULL,
  account TEXT NOT NULL,
  amount INTEGER NOT NULL,
  currency TEXT NOT NULL,
  PRIMARY KEY (entry_id, position)
);
CREATE TABLE bank_matches (
  settlement_id TEXT PRIMARY KEY REFERENCES settlements(id),
  bank_file TEXT NOT NULL,
  bank_line INTEGER NOT NULL,
  bank_date TEXT NOT NULL,
  amount INTEGER NOT NULL,
  currency TEXT NOT NULL,
  description TEXT NOT NULL,
  run_id INTEGER NOT NULL REFERENCES runs(id)
);
CREATE TABLE bank_profiles (
  id INTEGER PRIMARY KEY,
  columns TEXT NOT NULL,
  date_format TEXT NOT NULL,
  UNIQUE (columns, date_format)
);
CREATE TABLE exceptions (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  code TEXT NOT NULL,
  severity TEXT NOT NULL,
  settlement_id TEXT,
  amount INTEGER,
  currency TEXT,
  message TEXT NOT NULL,
  source_file TEXT,
  source_line INTEGER,
  state TEXT NOT NULL CHECK (state IN ('open', 'resolved')),
  resolved_by TEXT,
  resolved_at TEXT,
  note TEXT,
  first_seen_run INTEGER NOT NULL REFERENCES runs(id),
  last_seen_run INTEGER NOT NULL REFERENCES runs(id)
);
)sql",
    // 2: which entries went to which import format, and when, so that each goes there once
    // (export/export_once.hpp). One row per entry and export: a re-export adds a row, the latest
    // is what the target holds. No reference to entries: those are replaced by every run.
    R"sql(
CREATE TABLE exports (
  format TEXT NOT NULL,
  entry_id TEXT NOT NULL,
  run_id INTEGER NOT NULL REFERENCES runs(id),
  settlement_id TEXT NOT NULL REFERENCES settlements(id),
  kind TEXT NOT NULL CHECK (kind IN ('settlement', 'deposit')),
  content TEXT NOT NULL,
  file TEXT NOT NULL,
  exported_at TEXT NOT NULL,
  PRIMARY KEY (format, entry_id, run_id)
);
)sql",
};

} // namespace recon::book_schema
