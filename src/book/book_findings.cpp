// The book's exceptions: the findings of every run, with their state across runs.
#include "recon/book/book.hpp"

#include <optional>
#include <string_view>

#include <fmt/format.h>

#include "book/book_errors.hpp"
#include "book/sqlite.hpp"
#include "recon/base/input_error.hpp"

namespace recon {
namespace {

// A finding's identity across runs: what it is about, not how its message reads today.
std::string finding_key(const Finding& finding) {
  return fmt::format("{}|{}|{}", code_name(finding.code), finding.settlement_id.value_or(""),
                     finding.source ? finding.source->line : 0);
}

std::string resolution_text(const std::string& by, const std::string& at, const std::string& note) {
  return fmt::format("by {} on {}: {}", by, at.substr(0, 10), note);
}

// An exception's state as the book stores it: the schema allows exactly these two words, which the
// statements below bind rather than spell out.
enum class ExceptionState { open, resolved };

std::string_view state_name(ExceptionState state) { return state == ExceptionState::open ? "open" : "resolved"; }

std::optional<ExceptionState> state_named(std::string_view name) {
  for (const ExceptionState state : {ExceptionState::open, ExceptionState::resolved}) {
    if (state_name(state) == name) return state;
  }
  return std::nullopt;
}

[[noreturn]] void damaged(const std::string& path, std::string_view what) {
  throw InputError(path, 0, fmt::format("the book is damaged: an exception has an unknown {}", what))
      .with_hint("Restore the book from a backup (see docs/book.md).");
}

} // namespace

void Book::sync_findings(std::vector<Finding>& findings) {
  reporting_refusals(path_, "cannot write to the book", [&] {
    auto lookup = db_->prepare("SELECT id, state, resolved_by, resolved_at, note FROM exceptions WHERE key = ?1");
    auto insert = db_->prepare(
        "INSERT INTO exceptions (key, code, severity, settlement_id, amount, currency, message, source_file, source_line, "
        "state, first_seen_run, last_seen_run) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?11, ?10, ?10)");
    auto update = db_->prepare(
        "UPDATE exceptions SET severity = ?2, amount = ?3, currency = ?4, message = ?5, source_file = ?6, source_line = ?7, "
        "last_seen_run = ?8, state = CASE WHEN resolved_by = 'recon' THEN ?9 ELSE state END WHERE id = ?1");
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
        const auto state = state_named(lookup.text(1));
        if (!state) damaged(path_, "state");
        const bool resolved_by_person = *state == ExceptionState::resolved && lookup.text(2) != "recon";
        if (resolved_by_person) {
          finding.resolved = true;
          finding.resolution = resolution_text(lookup.text(2), lookup.text(3), lookup.text(4));
        }
        lookup.reset();
        update.bind(1, finding.book_id).bind(2, severity_name(finding.severity));
        amount(update, 3);
        update.bind(5, finding.message);
        source(update, 6);
        update.bind(8, run_id_).bind(9, state_name(ExceptionState::open));
        update.run();
      } else {
        lookup.reset();
        insert.bind(1, key).bind(2, code_name(finding.code)).bind(3, severity_name(finding.severity));
        insert.bind_optional(4, finding.settlement_id);
        amount(insert, 5);
        insert.bind(7, finding.message);
        source(insert, 8);
        insert.bind(10, run_id_).bind(11, state_name(ExceptionState::open));
        insert.run();
        finding.book_id = db_->last_insert_id();
      }
    }
    // Open exceptions this run no longer finds (a gap filled, a duplicate no longer given) are closed.
    db_->prepare(
           "UPDATE exceptions SET state = ?3, resolved_by = 'recon', resolved_at = ?2, "
           "note = 'no longer found' WHERE state = ?4 AND last_seen_run <> ?1")
        .bind(1, run_id_)
        .bind(2, to_iso_instant(now()))
        .bind(3, state_name(ExceptionState::resolved))
        .bind(4, state_name(ExceptionState::open))
        .run();
  });
}

std::vector<Finding> Book::exceptions(bool open_only) const {
  if (version_ == 0) return {};
  return reporting_refusals(path_, "cannot read the book", [&] {
    auto rows = db_->prepare(
        "SELECT id, code, severity, settlement_id, amount, currency, message, source_file, source_line, state, resolved_by, "
        "resolved_at, note FROM exceptions WHERE ?1 = 0 OR state = ?2 ORDER BY id");
    rows.bind(1, std::int64_t{open_only ? 1 : 0}).bind(2, state_name(ExceptionState::open));
    std::vector<Finding> findings;
    while (rows.step()) {
      const auto code = code_named(rows.text(1));
      const auto severity = severity_named(rows.text(2));
      if (!code) damaged(path_, "code");
      if (!severity) damaged(path_, "severity");
      const auto state = state_named(rows.text(9));
      if (!state) damaged(path_, "state");
      Finding finding{*code, *severity, std::nullopt, std::nullopt, rows.text(6), std::nullopt, rows.integer(0), false, {}};
      if (!rows.is_null(3)) finding.settlement_id = rows.text(3);
      if (!rows.is_null(4)) {
        if (const auto currency = Currency::from_code(rows.text(5))) finding.amount = Money(rows.integer(4), *currency);
      }
      if (!rows.is_null(7)) finding.source = SourceRef{rows.text(7), static_cast<std::uint64_t>(rows.integer(8))};
      if (*state == ExceptionState::resolved) {
        finding.resolved = true;
        finding.resolution = resolution_text(rows.text(10), rows.text(11), rows.text(12));
      }
      findings.push_back(std::move(finding));
    }
    return findings;
  });
}

void Book::resolve(std::int64_t id, const std::string& note, const std::string& by) {
  reporting_refusals(path_, "cannot write to the book", [&] {
    auto update = db_->prepare("UPDATE exceptions SET state = ?5, resolved_by = ?2, resolved_at = ?3, note = ?4 WHERE id = ?1");
    update.bind(1, id).bind(2, by).bind(3, to_iso_instant(now())).bind(4, note).bind(5, state_name(ExceptionState::resolved)).run();
    auto changed = db_->prepare("SELECT changes()");
    changed.step();
    if (changed.integer(0) == 0) {
      throw InputError(path_, 0, fmt::format("the book has no exception {}", id)).with_hint("`recon exceptions` lists them with their ids.");
    }
  });
}

} // namespace recon
