#pragma once
// Each entry once per target. QuickBooks Online and Xero post every journal a file holds, so a book
// that gave them an entry once does not give it to them again, unless asked to (--reexport). The
// book records every entry it exported, per format, with the content it had (exported_content).
//
// Why an entry id can stand for what the target booked: ids are made from the settlement alone
// ("ID" for the summary, "ID-YYYY-MM" for its part of a month with --split month, "ID-deposit" for
// its deposit), so they are the same in every run. A deposit confirmed by the bank is its own
// entry, apart from the settlement's summary, and these targets never see it before it is
// confirmed (journal_import.hpp withholds a pending deposit); once the bank confirmed it, the book
// keeps that bank line matched, so the version they see is the one it keeps. What can still change
// an entry already exported is the run itself: another account map, other account options, or
// another --split. Such an entry is not a new one, so it is left out and reported
// (changed-since-export), never exported as a second version of what the target already booked.

#include <string>
#include <string_view>
#include <vector>

#include "recon/base/calendar.hpp"
#include "recon/export/journal_export.hpp"
#include "recon/export/journal_import.hpp"
#include "recon/model/journal.hpp"

namespace recon {

// The formats whose files are imported once, so that each entry goes to them once: qbo and xero.
// The others are the ledger itself and hold the whole book every time.
[[nodiscard]] bool exported_once(JournalFormat format) noexcept;

// An entry as a run exported it: the book's record.
struct ExportedEntry {
  std::string entry_id;
  std::string settlement_id;
  EntryKind kind = EntryKind::settlement;
  std::string content; // exported_content() of the entry as it was written
  std::string file;    // the file it was written to, as given (a Xero journal's part)
};

// What the target books of an entry: its date, then each posting's account, amount and currency,
// one line each. Not its narration: that is text for people, which a later recon may word
// differently without changing anything booked.
[[nodiscard]] std::string exported_content(const Entry& entry);

// --reexport: `all`, a settlement id, or FROM..TO, the entries dated from FROM to TO (YYYY-MM-DD,
// both included).
struct ReexportRequest {
  enum class Kind { all, settlement, dates };
  Kind kind = Kind::all;
  std::string settlement_id;
  Day from;
  Day to;
};

// Throws InputError naming --reexport for a text that is none of these.
[[nodiscard]] ReexportRequest parse_reexport(std::string_view text);

// Throws InputError for a settlement id that no entry of the journal belongs to.
void check_reexport(const std::vector<ReexportRequest>& requests, const Journal& journal);

// Leaves out of `selection` the entries exported in its format before (`exported_before`, the
// book's latest record of each), except those `reexport` asks for, which are written again as
// they are now. An entry exported before whose content differs now, and a settlement's summary
// entry that is new although another summary entry of that settlement was exported (another
// --split), are withheld as changed-since-export.
void leave_out_exported(ExportSelection& selection, const std::vector<ExportedEntry>& exported_before,
                        const std::vector<ReexportRequest>& reexport);

} // namespace recon
