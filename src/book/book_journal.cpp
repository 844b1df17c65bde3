// The journal entries last posted, kept in the book.
#include "recon/book/book.hpp"

#include "book/book_errors.hpp"
#include "book/sqlite.hpp"

namespace recon {
namespace {

std::string_view entry_kind_name(EntryKind kind) { return kind == EntryKind::deposit ? "deposit" : "settlement"; }

} // namespace

void Book::store_entries(const Journal& journal) {
  reporting_refusals(path_, "cannot write to the book", [&] {
    db_->execute("DELETE FROM postings; DELETE FROM entries;");
    auto entry_row = db_->prepare(
        "INSERT INTO entries (id, settlement_id, kind, date, pending, narration, run_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    auto posting_row = db_->prepare("INSERT INTO postings (entry_id, position, account, amount, currency) VALUES (?1, ?2, ?3, ?4, ?5)");
    for (const Entry& entry : journal.entries) {
      entry_row.bind(1, entry.id).bind(2, entry.settlement_id).bind(3, entry_kind_name(entry.kind));
      entry_row.bind(4, to_iso_date(entry.date)).bind(5, std::int64_t{entry.pending ? 1 : 0}).bind(6, entry.narration).bind(7, run_id_);
      entry_row.run();
      for (std::size_t i = 0; i < entry.postings.size(); ++i) {
        const Posting& posting = entry.postings[i];
        posting_row.bind(1, entry.id).bind(2, static_cast<std::int64_t>(i)).bind(3, posting.account);
        posting_row.bind(4, posting.amount.minor_units()).bind(5, posting.amount.currency().code());
        posting_row.run();
      }
    }
  });
}

} // namespace recon
