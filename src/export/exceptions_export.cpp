#include "recon/export/exceptions_export.hpp"

#include "export/exceptions_xlsx.hpp"
#include "recon/io/atomic_file.hpp"
#include "recon/export/exceptions_csv.hpp"
#include "recon/base/input_error.hpp"
#include "recon/export/report_json.hpp"

namespace recon {
namespace {

// libxlsxwriter writes the file itself, to the staged name.
StagedFile stage_workbook(const std::string& path, const Report& report) {
  return StagedFile(path, [&](const std::string& temporary) {
    try {
      write_exceptions_workbook(temporary, report);
    } catch (const std::runtime_error& error) {
      throw InputError(path, 0, std::string("cannot write the workbook: ") + error.what());
    }
  });
}

} // namespace

std::optional<ExceptionsFormat> exceptions_format_for_path(std::string_view path) {
  if (path.ends_with(".csv")) return ExceptionsFormat::csv;
  if (path.ends_with(".json")) return ExceptionsFormat::json;
  if (path.ends_with(".xlsx")) return ExceptionsFormat::xlsx;
  return std::nullopt;
}

StagedFile stage_exceptions(const std::string& path, ExceptionsFormat format, const Report& report) {
  switch (format) {
  case ExceptionsFormat::csv: return {path, exceptions_to_csv(report.findings)};
  case ExceptionsFormat::json: return {path, exceptions_to_json(report.findings)};
  case ExceptionsFormat::xlsx: break;
  }
  return stage_workbook(path, report);
}

} // namespace recon
