#pragma once
// QuickBooks Online and Xero post what they import as final, so they are given only entries that
// are: a settlement that does not foot is left out until it does, a deposit until the bank confirms
// it, and for Xero every deposit unless it goes to a transfer account the user names (a manual
// journal cannot post to a bank account; the bank feed line is coded to the clearing account
// instead). What is left out is reported, never dropped silently. Before anything is written, the
// journal is checked against the importer's published rules (docs/journals.md), so that the import
// cannot fail half-way or read a number in the wrong currency.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "recon/export/journal_export.hpp"
#include "recon/model/journal.hpp"

namespace recon {

// changed_since_export: exported before, and posted differently now (export_once.hpp).
enum class WithheldReason { not_footed, deposit_pending, deposit_by_bank_feed, changed_since_export };

[[nodiscard]] std::string_view withheld_reason_code(WithheldReason reason); // "deposit-pending", for the JSON
[[nodiscard]] std::string_view withheld_reason_text(WithheldReason reason); // for people

struct WithheldEntry {
  std::string entry_id;
  std::string settlement_id;
  WithheldReason reason;
};

struct ExportSelection {
  Journal journal; // the entries to write, as the format writes them
  std::vector<WithheldEntry> withheld;
  std::size_t exported_before = 0; // left out as exported to this format before (export_once.hpp)
  std::size_t reexported = 0;      // of the entries to write, those exported before (--reexport)
};

// The entries `format` is given. The plain-text formats and the generic CSV hold the whole journal
// (the file is the ledger; pending deposits are marked there); QuickBooks Online and Xero hold the
// final entries only. `unfooted_settlements` are the ids of the settlements that do not foot.
[[nodiscard]] ExportSelection select_for_export(const Journal& journal, JournalFormat format, const JournalExportOptions& options,
                                                const std::vector<std::string>& unfooted_settlements);

// Throws InputError for an option the format does not take (--date-format for beancount, …), so
// that a run can refuse it before it reads anything.
void check_export_options(JournalFormat format, const JournalExportOptions& options);

// Throws InputError (exit 2, nothing written) for an option the format does not take, or for a
// journal its importer would refuse or misread: an account it cannot hold (named with the map rule
// or option it came from), a missing Xero tax rate, a currency other than the home currency where
// the format cannot say so, a QuickBooks journal number that is too long, an A/R or A/P line
// without a Name.
void check_journal_export(const Journal& journal, JournalFormat format, const JournalExportOptions& options);

// QuickBooks Online's Journal No. (at most 21 characters): the settlement id for its summary entry,
// ID-YYYYMM for the part of a month (--split month), ID-D for its deposit. Stable from run to run,
// and unique, as the entry ids they stand for are.
[[nodiscard]] std::string quickbooks_journal_number(const Entry& entry);
constexpr std::size_t quickbooks_journal_number_limit = 21;

// What a run wrote: the files (one, or a Xero journal's parts) and what was left out of them.
struct JournalWritten {
  std::string path; // as given with --journal
  JournalFormat format;
  std::vector<std::string> files;
  std::size_t entries = 0;
  std::vector<WithheldEntry> withheld;
  std::size_t exported_before = 0; // entries left out because the book exported them before
  std::size_t reexported = 0;      // entries written again on purpose (--reexport)
  // Files an earlier run wrote for this journal that this run's replace (a Xero journal's parts),
  // removed; and those that could not be.
  std::vector<std::string> removed;
  std::vector<std::string> not_removed;
};

} // namespace recon
