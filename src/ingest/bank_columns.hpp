#pragma once
// Where a bank CSV export keeps each thing recon reads: found from its header row, or, in an export
// without one, from --bank-columns places or a known shape (Wells Fargo's). Shared by the reader
// (bank_statement.cpp) and the layout detection (bank_columns.cpp).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/bank_file_sample.hpp"
#include "recon/ingest/bank_statement.hpp"

namespace recon {

// Blank or spaces only: KBC pads its fields with spaces.
inline bool is_blank_cell(std::string_view field) { return field.find_first_not_of(' ') == std::string_view::npos; }

struct Columns {
  std::size_t date = 0;
  std::optional<std::size_t> amount;
  std::optional<std::size_t> debit;
  std::optional<std::size_t> credit;
  std::optional<std::size_t> description;
  std::optional<std::size_t> sign = std::nullopt;     // D/K, Af Bij, a CR flag: signs an unsigned amount
  std::optional<std::size_t> row_type = std::nullopt; // Swedbank's: only type 20 is a transaction
  std::optional<std::size_t> currency = std::nullopt; // each line's own currency
  std::optional<std::size_t> status = std::nullopt;   // Schwab's Status, Sparkasse's Info: pending or booked
  std::vector<std::string> header = {}; // the header's names, for the layout facts
};

// The columns of an export without a header, from the first record: as --bank-columns places them
// (date=1,amount=2,description=5), or Wells Fargo's five quoted columns (date, amount, "*", empty,
// description), recognised by that shape. Nothing when the record is not such a first row.
[[nodiscard]] std::optional<Columns> headerless_columns(const std::vector<std::string>& fields, const BankReadOptions& options);

// The columns of a header row, if it is one. A sign column is one named so (D/K, Af Bij) or, in a
// header that leaves a column unnamed, that column if the sample saw indicator words in it (CR).
[[nodiscard]] std::optional<Columns> header_columns(const std::vector<std::string>& fields, const BankReadOptions& options,
                                                    const FileSample& sample);

} // namespace recon
