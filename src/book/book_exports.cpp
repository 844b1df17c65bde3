// Which entries went to QuickBooks Online or Xero, and when (export/export_once.hpp).
#include "recon/book/book.hpp"

#include <map>

#include "book/book_errors.hpp"
#include "book/sqlite.hpp"
#include "recon/base/input_error.hpp"

namespace recon {

std::vector<ExportedEntry> Book::exported_entries(std::string_view format) const {
  if (version_ < 2) return {}; // a book from before exports were recorded has recorded none
  return reporting_refusals(path_, "cannot read the book", [&] {
    std::map<std::string, ExportedEntry> latest;
    auto rows = db_->prepare("SELECT entry_id, settlement_id, kind, content, file FROM exports WHERE format = ?1 ORDER BY run_id");
    rows.bind(1, format);
    while (rows.step()) {
      const std::string kind = rows.text(2);
      if (kind != "settlement" && kind != "deposit") {
        throw InputError(path_, 0, "the book is damaged: an export record is unreadable")
            .with_hint("Restore the book from a backup (see docs/book.md).");
      }
      ExportedEntry entry{rows.text(0), rows.text(1), kind == "deposit" ? EntryKind::deposit : EntryKind::settlement, rows.text(3),
                          rows.text(4)};
      latest.insert_or_assign(entry.entry_id, std::move(entry));
    }
    std::vector<ExportedEntry> entries;
    entries.reserve(latest.size());
    for (auto& [id, entry] : latest) entries.push_back(std::move(entry));
    return entries;
  });
}

void Book::record_exports(std::string_view format, const std::vector<ExportedEntry>& entries) {
  reporting_refusals(path_, "cannot write to the book", [&] {
    auto row = db_->prepare(
        "INSERT INTO exports (format, entry_id, run_id, settlement_id, kind, content, file, exported_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    const std::string exported_at = to_iso_instant(now());
    for (const auto& entry : entries) {
      row.bind(1, format).bind(2, entry.entry_id).bind(3, run_id_).bind(4, entry.settlement_id);
      row.bind(5, std::string_view(entry.kind == EntryKind::deposit ? "deposit" : "settlement")).bind(6, entry.content);
      row.bind(7, entry.file).bind(8, exported_at);
      row.run();
    }
  });
}

} // namespace recon
