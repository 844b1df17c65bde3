#pragma once
// What the first records of a bank CSV export (those starting in its first 64 KiB) show before the
// real read: the delimiter; which columns hold sign-indicator words, so that a column the header
// leaves unnamed (a card export's CR flags) is known to sign the amounts from the first row on; and
// the encoding of lines that are not UTF-8, where the column names show it.

#include <cstddef>
#include <set>
#include <string>

#include "recon/base/text_encoding.hpp"
#include "recon/ingest/bank_statement.hpp"

namespace recon {

struct FileSample {
  char delimiter = ',';
  std::set<std::size_t> indicator_columns;
  // Windows-1252 and ISO-8859-2 read most text alike but not all: 0xE8 is è in one, č in the other.
  // ISO-8859-2 when a column name reads as one recon knows (or was given) only in it ("Částka",
  // "Měna"); Windows-1252 otherwise, and then `encoding_shown` is false: recon assumed it.
  ByteEncoding encoding = ByteEncoding::windows1252;
  bool encoding_shown = false;
};

// The delimiter is the one that splits the first twenty records into the most fields, consistently.
[[nodiscard]] FileSample sample_file(const std::string& path, const BankReadOptions& options);

} // namespace recon
