#include "recon/ingest/importer.hpp"

#include <array>

#include "ingest/amazon_other_reports.hpp"
#include "ingest/camt_statement.hpp"
#include "ingest/ofx_statement.hpp"
#include "recon/base/input_error.hpp"
#include "io/line_source.hpp"

namespace recon {
namespace {

bool header_names(const FileHead& head, std::string_view column) {
  return !head.lines.empty() && head.lines.front().find(column) != std::string::npos;
}

// Flat File V2: one amount a row, typed by amount-type and amount-description.
bool looks_like_amazon_v2(const FileHead& head) {
  return header_names(head, "settlement-id") && header_names(head, "amount-type");
}

// The legacy V1 flat file, and any other header that starts a settlement report: the settlement
// reader refuses a damaged one with what is wrong with it, which says more than "not recognised".
bool looks_like_amazon_v1(const FileHead& head) { return header_names(head, "settlement-id"); }

// Bank statement files, by what they say they are (a QBO served as "chase.CSV" is still OFX).
bool looks_like_ofx_file(const FileHead& head) { return looks_like_ofx(head.lines); }
BankStatement read_ofx_file(const std::string& path, const BankReading& /*reading*/) { return read_ofx_statement(path); }
bool looks_like_camt_file(const FileHead& head) { return looks_like_camt(head.lines); }
BankStatement read_camt_file(const std::string& path, const BankReading& /*reading*/) { return read_camt_statement(path); }

// Whatever text is left: the CSV bank reader looks for a header with a date and an amount, and
// refuses the file, naming the columns it looked for, when there is none.
bool any_text(const FileHead& /*head*/) { return true; }

// A CSV export, read as it shows itself; with the profile this run was given, if any; else, failing
// that, with each profile the book remembers (the error reported is the file's own).
BankStatement read_bank_csv_with(const std::string& path, const BankReading& reading, const BankProfile& profile) {
  BankReadOptions options = bank_read_options(reading.currency, profile);
  options.currency_origin = reading.currency_origin;
  options.all_lines = reading.all_lines;
  return read_bank_statement(path, options);
}

BankStatement read_bank_csv(const std::string& path, const BankReading& reading) {
  if (!reading.given.empty()) return read_bank_csv_with(path, reading, reading.given);
  try {
    return read_bank_csv_with(path, reading, {});
  } catch (const InputError&) {
    for (const auto& profile : reading.remembered) {
      try {
        return read_bank_csv_with(path, reading, profile);
      } catch (const InputError&) {
        continue; // not this bank's profile
      }
    }
    throw;
  }
}

constexpr std::array table{
    Importer{"amazon-v2", ImportedKind::settlements, looks_like_amazon_v2, read_settlements, nullptr},
    Importer{"amazon-v1", ImportedKind::settlements, looks_like_amazon_v1, read_settlements, nullptr},
    // Amazon's other reports, refused by name before bank-csv takes them for bank exports.
    Importer{"amazon-date-range", ImportedKind::refused, looks_like_date_range_report, nullptr, nullptr,
             refuse_date_range_report},
    Importer{"amazon-xml", ImportedKind::refused, looks_like_xml_settlement_report, nullptr, nullptr,
             refuse_xml_settlement_report},
    // Bank statement files (OFX, CAMT): their currency is their own, not the run's.
    Importer{"bank-ofx", ImportedKind::bank_statements, looks_like_ofx_file, nullptr, read_ofx_file},
    Importer{"bank-camt", ImportedKind::bank_statements, looks_like_camt_file, nullptr, read_camt_file},
    Importer{"bank-csv", ImportedKind::bank_statements, any_text, nullptr, read_bank_csv},
};

} // namespace

FileHead read_file_head(const std::string& path, std::size_t max_lines) {
  FileHead head{path, {}};
  LineSource source(path);
  while (head.lines.size() < max_lines) {
    const auto line = source.next();
    if (!line) break;
    head.lines.emplace_back(line->text);
  }
  return head;
}

std::span<const Importer> importers() noexcept { return table; }

const Importer& importer_for(const FileHead& head) {
  for (const Importer& importer : table) {
    if (!importer.recognises(head)) continue;
    if (importer.kind == ImportedKind::refused) importer.refuse(head);
    return importer;
  }
  return table.back();
}

const Importer& bank_importer_for(const FileHead& head) {
  for (const Importer& importer : table) {
    if (importer.kind == ImportedKind::settlements || !importer.recognises(head)) continue;
    if (importer.kind == ImportedKind::refused) importer.refuse(head);
    return importer;
  }
  return table.back();
}

Currency unknown_currency_reading() { return *Currency::from_code("USD"); }

} // namespace recon
