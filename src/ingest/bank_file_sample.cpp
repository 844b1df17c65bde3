#include "ingest/bank_file_sample.hpp"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "ingest/bank_column_names.hpp"
#include "ingest/bank_sign_indicator.hpp"
#include "io/csv_reader.hpp"
#include "io/line_source.hpp"
#include "recon/base/input_error.hpp"

namespace recon {
namespace {

constexpr std::uint64_t sample_size = std::uint64_t{64} << 10U;

// The sample's text, its lines that are not UTF-8 read in `encoding`; and whether any of those
// held a byte that reads otherwise in the other single-byte encoding.
std::pair<std::string, bool> sample_text(const std::string& path, ByteEncoding encoding) {
  LineSource source(path, {0, sample_size});
  source.read_single_byte_as(encoding);
  std::string text;
  while (const auto line = source.next()) (text += line->text) += '\n';
  return {std::move(text), source.saw_encoding_dependent_text()};
}

// The first twenty records' fields, as far as they can be split.
std::vector<std::vector<std::string>> first_records(const std::string& text, char delimiter) {
  std::vector<std::vector<std::string>> records;
  CsvReader reader("", lines_of(text), delimiter);
  CsvRecord record;
  try {
    while (records.size() < 20 && reader.next(record)) records.push_back(record.fields);
  } catch (const InputError&) {
    // the real read reports it
  }
  return records;
}

// Whether a column name is one recon knows, or one --bank-columns names.
bool known_name(const std::string& name, const BankReadOptions& options) {
  const std::string lowered = lowered_column_name(name);
  if (is_common_column_name(lowered)) return true;
  const std::optional<std::string>* given[] = {&options.date_column,        &options.amount_column, &options.debit_column,
                                               &options.credit_column,      &options.description_column,
                                               &options.sign_column,        &options.currency_column};
  return std::any_of(std::begin(given), std::end(given),
                     [&](const auto* named) { return named->has_value() && lowered_column_name(**named) == lowered; });
}

// Whether the first records, read as ISO-8859-2, have a column name recon knows that they do not
// have read as Windows-1252 (`western`): then that is the file's encoding.
bool names_show_iso8859_2(const std::string& western, const std::string& central, char delimiter, const BankReadOptions& options) {
  const auto western_records = first_records(western, delimiter);
  const auto central_records = first_records(central, delimiter);
  for (std::size_t r = 0; r < std::min(western_records.size(), central_records.size()); ++r) {
    const auto& fields = central_records[r];
    for (std::size_t i = 0; i < std::min(fields.size(), western_records[r].size()); ++i) {
      if (known_name(fields[i], options) && !known_name(western_records[r][i], options)) return true;
    }
  }
  return false;
}

} // namespace

FileSample sample_file(const std::string& path, const BankReadOptions& options) {
  auto [text, encoding_matters] = sample_text(path, ByteEncoding::windows1252);
  FileSample sample;
  std::size_t best_score = 0;
  for (const char candidate : {',', ';', '\t'}) {
    CsvReader reader("", lines_of(text), candidate);
    std::size_t score = 0;
    CsvRecord record;
    for (int i = 0; i < 20; ++i) {
      try {
        if (!reader.next(record)) break;
      } catch (const InputError&) {
        break; // an unclosed quote is reported by the real read below
      }
      if (record.fields.size() >= 2) score += record.fields.size();
    }
    if (score > best_score) {
      best_score = score;
      sample.delimiter = candidate;
    }
  }
  CsvReader reader("", lines_of(text), sample.delimiter);
  CsvRecord record;
  try {
    while (reader.next(record)) {
      for (std::size_t i = 0; i < record.fields.size(); ++i) {
        if (indicated_direction(record.fields[i])) sample.indicator_columns.insert(i);
      }
    }
  } catch (const InputError&) {
    // the real read reports it
  }
  if (encoding_matters) {
    const std::string central = sample_text(path, ByteEncoding::iso8859_2).first;
    if (names_show_iso8859_2(text, central, sample.delimiter, options)) {
      sample.encoding = ByteEncoding::iso8859_2;
      sample.encoding_shown = true;
    }
  }
  return sample;
}

} // namespace recon
