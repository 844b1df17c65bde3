#include "ingest/bank_file_sample.hpp"

#include <cstdint>

#include "ingest/bank_sign_indicator.hpp"
#include "io/csv_reader.hpp"
#include "io/line_source.hpp"
#include "recon/base/input_error.hpp"

namespace recon {

FileSample sample_file(const std::string& path) {
  LineSource source(path, {0, std::uint64_t{64} << 10U});
  std::string text;
  while (const auto line = source.next()) (text += line->text) += '\n';
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
  return sample;
}

} // namespace recon
