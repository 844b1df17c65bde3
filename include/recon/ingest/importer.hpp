#pragma once
// The kinds of file recon reads, as a table: each importer says whether a file looks like its kind
// and reads the files that do. Files are told apart by their content, never by their names, and the
// first importer in the table that recognises a file reads it. A new format or a new channel is a
// new row (and a file of its own in ingest/), not a new branch in the pipeline.

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "recon/ingest/bank_profile.hpp"
#include "recon/ingest/bank_statement.hpp"
#include "recon/ingest/settlement_reader.hpp"
#include "recon/model/settlement.hpp"

namespace recon {

// The first lines of a file, as LineSource hands them out (UTF-8, without line endings): what an
// importer recognises a file by.
struct FileHead {
  std::string path;
  std::vector<std::string> lines;
};

// Reads up to `max_lines` lines from the start of `path`. Throws InputError for a file that
// cannot be read at all (missing, a directory, NUL bytes, wide text).
// Sixteen lines: Amazon's Date Range report has up to 13 lines of preamble above its header.
[[nodiscard]] FileHead read_file_head(const std::string& path, std::size_t max_lines = 16);

// What an importer makes of its files: the settlements that are the source of truth, or the bank
// lines their deposits are matched against. The pipeline reads every settlement first, because how a
// bank export is read (its currency) can depend on them. A refused file is one recon knows and does
// not read (Amazon's Date Range report): it is recognised so that it can be refused by name, with
// the file to give instead, rather than be taken for a bank export it is not.
enum class ImportedKind { settlements, bank_statements, refused };

// How bank exports are to be read: the account's currency, the profile this run was given, and
// those the book remembers from earlier runs (the most recent first).
struct BankReading {
  Currency currency;
  BankProfile given;
  std::vector<BankProfile> remembered;
  // Where `currency` comes from, for statements whose file does not say: unknown means it only
  // sets how many decimals an amount may have.
  CurrencyOrigin currency_origin = CurrencyOrigin::given;
  // Keep every transaction, debits too, to show them (recon bank); matching needs only credits.
  bool all_lines = false;
};

// The currency an export is read in when nobody knows the account's (CurrencyOrigin::unknown): it
// sets only how many decimals an amount may have (two, as most currencies), and is never shown.
[[nodiscard]] Currency unknown_currency_reading();

struct Importer {
  std::string_view name; // "amazon-v2": the format's name in messages and reports
  ImportedKind kind;
  bool (*recognises)(const FileHead& head);
  // Exactly one of these, by kind. Settlement files are read together, so that an importer can
  // read many side by side; importers that share a reader are given their files in one call.
  std::vector<Settlement> (*read_settlements)(const std::vector<std::string>& paths, const ReadOptions& options);
  BankStatement (*read_bank_statement)(const std::string& path, const BankReading& reading);
  // Refused kind only: throws the InputError that names the file for what it is.
  void (*refuse)(const FileHead& head) = nullptr;
};

// Every importer, most specific first. The last, bank-csv, takes any text file the others do not
// recognise, and refuses it with what it looked for if it finds no bank layout in it.
[[nodiscard]] std::span<const Importer> importers() noexcept;

// The importer that reads this file. Throws InputError, from the importer that recognises it, for
// a file recon refuses: refused files never reach the pipeline.
[[nodiscard]] const Importer& importer_for(const FileHead& head);

// The importer that reads a file given with --bank: the first bank importer that recognises it.
// A file recon refuses is refused here too: --bank says how to read a bank export, and an Amazon
// report is none.
[[nodiscard]] const Importer& bank_importer_for(const FileHead& head);

} // namespace recon
