#pragma once
// Writes a report's exceptions for the people who work them: `.csv` (Excel-safe, see
// exceptions_csv.hpp), `.json` (schema recon.exceptions/1), or `.xlsx` with a second sheet of the
// settlements. The format follows the file's extension; the file appears whole or not at all.

#include <optional>
#include <string>

#include "recon/io/atomic_file.hpp"
#include "recon/model/report.hpp"

namespace recon {

enum class ExceptionsFormat { csv, json, xlsx };

[[nodiscard]] std::optional<ExceptionsFormat> exceptions_format_for_path(std::string_view path);

// The exceptions file written beside `path`, put in place by its commit(). Throws InputError naming
// `path` when it cannot be written.
[[nodiscard]] StagedFile stage_exceptions(const std::string& path, ExceptionsFormat format, const Report& report);

} // namespace recon
