#include "recon/run/settle_run.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <utility>

#include <fmt/format.h>

#include "recon/base/input_error.hpp"
#include "recon/book/book.hpp"
#include "recon/checks/plausible_dates.hpp"
#include "recon/ingest/importer.hpp"
#include "recon/ingest/rates_file.hpp"
#include "recon/io/atomic_file.hpp"
#include "recon/run/input_files.hpp"
#include "recon/run/output_paths.hpp"
#include "recon/run/settle.hpp"
#include "run/stale_journal_parts.hpp"

namespace recon {
namespace {

// The run's files, each with the importer that reads it, in the order given.
struct IdentifiedFile {
  std::string path;
  const Importer* importer;
};

std::vector<IdentifiedFile> identify(const RunInputs& inputs) {
  std::vector<IdentifiedFile> identified;
  for (const auto& path : inputs.bank_files) identified.push_back({path, &bank_importer_for(read_file_head(path))});
  for (const auto& path : inputs.files) identified.push_back({path, &importer_for(read_file_head(path))});
  return identified;
}

std::uint64_t total_size(const std::vector<IdentifiedFile>& files, ImportedKind kind) {
  std::uint64_t total = 0;
  for (const auto& file : files) {
    std::error_code error;
    const auto size = std::filesystem::file_size(file.path, error);
    if (file.importer->kind == kind && !error) total += size;
  }
  return total;
}

// Every settlement the run's files hold, in the order given. Importers that share a reader hand it
// their files in one call, so that it can read them side by side; errors are those of reading the
// files one after the other.
std::vector<Settlement> read_settlement_files(const std::vector<IdentifiedFile>& files, const ReadOptions& read) {
  std::vector<Settlement> settlements;
  std::vector<decltype(Importer::read_settlements)> readers;
  for (const auto& file : files) {
    const auto reader = file.importer->read_settlements;
    if (file.importer->kind != ImportedKind::settlements || std::find(readers.begin(), readers.end(), reader) != readers.end()) continue;
    readers.push_back(reader);
    std::vector<std::string> paths;
    for (const auto& same : files) {
      if (same.importer->kind == ImportedKind::settlements && same.importer->read_settlements == reader) paths.push_back(same.path);
    }
    for (auto& settlement : reader(paths, read)) settlements.push_back(std::move(settlement));
  }
  return settlements;
}

struct BankCurrency {
  Currency currency;
  CurrencyOrigin origin;
};

// The currency of a bank export that does not state its own: as given, else the one currency the
// settlements share, else unknown: then every export must state its currency, since recon cannot
// tell which account is which (check_bank_currencies_known).
BankCurrency bank_currency(const RunOptions& options, const std::vector<Settlement>& book, const std::vector<Settlement>& run) {
  if (options.bank_currency) return {*options.bank_currency, CurrencyOrigin::given};
  std::optional<Currency> shared;
  for (const auto* settlements : {&book, &run}) {
    for (const auto& settlement : *settlements) {
      if (shared && *shared != settlement.currency) return {unknown_currency_reading(), CurrencyOrigin::unknown};
      shared = settlement.currency;
    }
  }
  return {shared.value_or(*Currency::from_code("USD")), CurrencyOrigin::settlements};
}

// Settlements in several currencies are paid into several accounts (a USD and a CAD one), or into
// one account converted: each export must then say its currency, and one that does not is refused.
void check_bank_currencies_known(const std::vector<BankStatement>& statements) {
  for (const auto& statement : statements) {
    if (statement.currency_origin != CurrencyOrigin::unknown) continue;
    throw InputError(statement.file, 0,
                     "the settlements are in more than one currency and this bank export does not state its own, so "
                     "recon cannot tell which account it is")
        .with_hint("Name the currency of the exports that do not state theirs with --bank-currency (an OFX, CAMT or "
                   "currency-column export keeps its own), or give a currency column with --bank-columns currency=COLUMN.");
  }
}

std::vector<BankStatement> read_bank_files(const std::vector<IdentifiedFile>& files, const BankReading& reading) {
  std::vector<BankStatement> statements;
  for (const auto& file : files) {
    if (file.importer->kind == ImportedKind::bank_statements) statements.push_back(file.importer->read_bank_statement(file.path, reading));
  }
  return statements;
}

// The files no output may overwrite: the book, the inputs and the map.
ProtectedPaths protected_paths(const RunInputs& inputs, const RunOptions& options) {
  std::vector<std::string> read = inputs.files;
  read.insert(read.end(), inputs.bank_files.begin(), inputs.bank_files.end());
  ProtectedPaths protect{options.use_book ? std::optional(Book::resolve_path(options.book_path)) : std::nullopt, read};
  if (inputs.map_file) protect.inputs.push_back(*inputs.map_file);
  if (inputs.rates_file) protect.inputs.push_back(*inputs.rates_file);
  return protect;
}

std::vector<std::string> unfooted_settlements(const Report& report) {
  std::vector<std::string> ids;
  for (const auto& reported : report.settlements) {
    if (!reported.settlement.footed()) ids.push_back(reported.settlement.id);
  }
  return ids;
}

// The journal's files, checked and staged (nothing is in place until the run commits), what the
// run will say it wrote, what the book records as exported, and the files of an earlier run that
// the new ones replace (removed once they are in place).
struct StagedJournal {
  std::vector<StagedFile> files;
  JournalWritten written;
  std::vector<ExportedEntry> exported;
  std::vector<std::string> stale;
};

// The entries each file holds, as the book records their export: the files hold the journal's
// entries in order, each file its count of them.
std::vector<ExportedEntry> exported_entries_of(const Journal& journal, const std::vector<JournalFile>& files) {
  std::vector<ExportedEntry> exported;
  exported.reserve(journal.entries.size());
  auto entry = journal.entries.begin();
  for (const auto& file : files) {
    for (std::size_t i = 0; i < file.entries; ++i, ++entry) {
      exported.push_back({entry->id, entry->settlement_id, entry->kind, exported_content(*entry), file.path});
    }
  }
  return exported;
}

// `exported_before`: what the book exported in this format before, when the format is exported
// once and there is a book; a --no-book run writes every entry it computed.
StagedJournal stage_journal(const JournalOutput& output, const SettleResult& settled, const RunInputs& inputs,
                            const RunOptions& options, const std::optional<std::vector<ExportedEntry>>& exported_before) {
  ExportSelection selection =
      select_for_export(settled.journal, output.format, output.options, unfooted_settlements(settled.report));
  check_reexport(output.reexport, settled.journal);
  if (exported_before) leave_out_exported(selection, *exported_before, output.reexport);
  check_journal_export(selection.journal, output.format, output.options);
  const auto files = export_journal_files(selection.journal, output.format, output.options, output.path);
  if (files.size() > 1) { // the parts' names were not known when the run's files were checked
    std::vector<OutputPath> parts;
    parts.reserve(files.size());
    for (const auto& file : files) parts.push_back({file.path, "--journal", "a part of the journal"});
    check_output_paths(parts, protected_paths(inputs, options));
  }
  StagedJournal staged{{}, {output.path, output.format, {}, selection.journal.entries.size(), std::move(selection.withheld),
                            selection.exported_before, selection.reexported, {}, {}}, {}, {}};
  if (exported_before) staged.exported = exported_entries_of(selection.journal, files);
  staged.files.reserve(files.size());
  staged.written.files.reserve(files.size());
  for (const auto& file : files) {
    staged.files.emplace_back(file.path, file.text);
    staged.written.files.push_back(file.path);
  }
  if (output.format == JournalFormat::xero) staged.stale = stale_journal_parts(output, staged.written.files, protected_paths(inputs, options));
  return staged;
}

// What the run adds to the book: its new settlements, what became of each report, the journal and
// what of it went to QuickBooks Online or Xero, the bank profile it was given, the deposits it
// matched, and its findings.
void record_in_book(Book& book, SettleResult& result, const BankEvidence& bank, const BankProfile& profile,
                    const std::optional<StagedJournal>& journal) {
  for (const Settlement* settlement : result.new_settlements) book.add(*settlement);
  for (const auto& import : result.imports) book.note_import(import);
  book.store_entries(result.journal);
  if (journal && !journal->exported.empty()) book.record_exports(journal_format_name(journal->written.format), journal->exported);
  if (!profile.empty() && !bank.statements.empty()) book.store_bank_profile(profile);
  for (const auto& reported : result.report.settlements) {
    const auto& deposit = reported.posted->deposit;
    if (deposit.bank && !bank.matched_before.contains(reported.settlement.id)) {
      book.store_bank_match(reported.settlement.id, *deposit.bank);
    }
  }
  book.sync_findings(result.report.findings);
}

// --reexport writes again what the book exported before: there is nothing to write again without a
// book, or in a format that holds the whole book every time.
void check_reexport_option(const JournalOutput& journal, bool use_book) {
  if (journal.reexport.empty()) return;
  if (!use_book) {
    throw InputError("--reexport", 0, "--reexport does nothing with --no-book, which exports every entry it computes")
        .with_hint("Leave out --reexport, or run with the book.");
  }
  if (!exported_once(journal.format)) {
    throw InputError("--reexport", 0,
                     fmt::format("--reexport does nothing for a {} journal, which holds the whole book every time",
                                 journal_format_name(journal.format)))
        .with_hint("It applies to qbo and xero; leave it out, or name that --journal-format.");
  }
}

// Every file the run writes, checked against what it reads, before the book is opened: a run
// refused here has touched nothing.
void check_run_files(const RunInputs& inputs, const RunOptions& options) {
  std::vector<std::string> read = inputs.files;
  read.insert(read.end(), inputs.bank_files.begin(), inputs.bank_files.end());
  if (inputs.rates_file) read.push_back(*inputs.rates_file);
  std::vector<OutputPath> outputs;
  if (options.journal) outputs.push_back({options.journal->path, "--journal", "the journal"});
  if (options.exceptions) outputs.push_back({options.exceptions->path, "--exceptions", "the exceptions"});
  check_output_paths(outputs, protected_paths(inputs, options));
  require_regular_files(read);
  if (options.journal) {
    check_export_options(options.journal->format, options.journal->options);
    check_reexport_option(*options.journal, options.use_book);
  }
}

} // namespace

RunResult run_settle(const RunInputs& inputs, const RunOptions& options) {
  check_run_files(inputs, options);
  std::optional<Book> book;
  if (options.use_book) {
    book.emplace(Book::resolve_path(options.book_path), Book::Open::create_if_missing);
    book->begin("settle"); // the run's transaction: nothing reaches the book unless it commits
  }
  std::vector<Settlement> in_book = book ? book->settlements() : std::vector<Settlement>{};

  const std::vector<IdentifiedFile> files = identify(inputs);
  ReadOptions read;
  read.month_zone = options.month_zone;
  if (options.progress) read.progress = options.progress(total_size(files, ImportedKind::settlements));
  std::vector<Settlement> run = read_settlement_files(files, read);
  for (const auto& settlement : run) check_plausible_dates(settlement);
  BankEvidence bank{{}, book ? book->bank_matches() : std::map<std::string, BankLine>{}, options.matching};
  if (inputs.rates_file) bank.options.rates = std::make_shared<const ExchangeRates>(read_rates_file(*inputs.rates_file));
  const bool any_bank_file = std::any_of(files.begin(), files.end(), [](const IdentifiedFile& file) {
    return file.importer->kind == ImportedKind::bank_statements;
  });
  if (any_bank_file) {
    const BankCurrency currency = bank_currency(options, in_book, run);
    const BankReading reading{currency.currency, options.bank_profile,
                              book ? book->bank_profiles() : std::vector<BankProfile>{}, currency.origin};
    bank.statements = read_bank_files(files, reading);
    check_bank_currencies_known(bank.statements);
  }

  SettleResult settled = settle(std::move(in_book), std::move(run), options.map, options.posting, bank);

  RunResult result;
  std::optional<StagedJournal> journal;
  if (options.journal) {
    std::optional<std::vector<ExportedEntry>> exported_before;
    if (book && exported_once(options.journal->format)) {
      exported_before = book->exported_entries(journal_format_name(options.journal->format));
    }
    journal.emplace(stage_journal(*options.journal, settled, inputs, options, exported_before));
  }
  if (book) record_in_book(*book, settled, bank, options.bank_profile, journal);
  std::optional<StagedFile> exceptions;
  if (options.exceptions) exceptions.emplace(stage_exceptions(options.exceptions->path, options.exceptions->format, settled.report));
  if (book) {
    book->commit();
    result.book_path = book->path();
  }
  if (journal) {
    for (auto& file : journal->files) file.commit();
    journal->written.not_removed = remove_stale_parts(journal->stale);
    for (const auto& stale : journal->stale) {
      const auto& kept = journal->written.not_removed;
      if (std::find(kept.begin(), kept.end(), stale) == kept.end()) journal->written.removed.push_back(stale);
    }
    result.journal = std::move(journal->written);
  }
  if (exceptions) exceptions->commit();
  result.report = std::move(settled.report);
  return result;
}

} // namespace recon
