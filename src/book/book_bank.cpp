// What the book remembers of the bank: the line that paid each settlement, and how to read a
// bank's export.
#include "recon/book/book.hpp"

#include "book/book_errors.hpp"
#include "book/sqlite.hpp"
#include "recon/base/input_error.hpp"

namespace recon {

std::map<std::string, BankLine> Book::bank_matches() const {
  if (version_ == 0) return {};
  return reporting_refusals(path_, "cannot read the book", [&] {
    std::map<std::string, BankLine> matches;
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
  });
}

void Book::store_bank_match(const std::string& settlement_id, const BankLine& line) {
  reporting_refusals(path_, "cannot write to the book", [&] {
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
  });
}

std::vector<BankProfile> Book::bank_profiles() const {
  if (version_ == 0) return {};
  return reporting_refusals(path_, "cannot read the book", [&] {
    std::vector<BankProfile> profiles;
    auto rows = db_->prepare("SELECT columns, date_format FROM bank_profiles ORDER BY id DESC");
    while (rows.step()) profiles.push_back({rows.text(0), rows.text(1)});
    return profiles;
  });
}

void Book::store_bank_profile(const BankProfile& profile) {
  reporting_refusals(path_, "cannot write to the book", [&] {
    // Stored again, it moves to the front: the profile used last is tried first.
    db_->prepare("DELETE FROM bank_profiles WHERE columns = ?1 AND date_format = ?2").bind(1, profile.columns).bind(2, profile.date_format).run();
    db_->prepare("INSERT INTO bank_profiles (columns, date_format) VALUES (?1, ?2)").bind(1, profile.columns).bind(2, profile.date_format).run();
  });
}

} // namespace recon
