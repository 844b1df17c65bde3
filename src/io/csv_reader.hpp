#pragma once
// Records of a delimited text file (RFC 4180 quoting: "a, b" and "say ""hi"""), read from lines
// so that a quoted field may hold the delimiter and even line breaks. Used for the account map
// and for bank exports.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "io/line_source.hpp"

namespace recon {

struct CsvRecord {
  std::uint64_t line = 0;          // where the record starts
  std::vector<std::string> fields; // unquoted
  std::string text;                // the record as written (its lines joined by '\n'), for messages
};

class CsvReader {
public:
  using NextLine = std::function<std::optional<TextLine>()>;

  // `file` names the input in errors; `next_line` supplies its lines (a LineSource, or a string).
  CsvReader(std::string file, NextLine next_line, char delimiter = ',');

  // Reads the next record into `record`, reusing its storage; false at the end. Throws InputError
  // for a quote that is never closed.
  [[nodiscard]] bool next(CsvRecord& record);

private:
  std::string file_;
  NextLine next_line_;
  char delimiter_;
};

// Lines of an in-memory text, numbered from 1, for CsvReader.
[[nodiscard]] CsvReader::NextLine lines_of(const std::string& text);

} // namespace recon
