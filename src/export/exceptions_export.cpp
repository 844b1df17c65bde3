#include "recon/export/exceptions_export.hpp"

#include "export/exceptions_xlsx.hpp"
#include "recon/io/atomic_file.hpp"
#include "recon/export/exceptions_csv.hpp"
#include "recon/base/input_error.hpp"
#include "recon/export/report_json.hpp"

namespace recon {
namespace {

// libxlsxwriter writes the file itself, to the staged name; it appears only once it is complete.
void write_workbook_atomically(const std::string& path, const Report& report) {
  StagedFile(path, [&](const std::string& temporary) {
    try {
      write_exceptions_workbook(temporary, report);
    } catch (const std::runtime_error& error) {
      throw InputError(path, 0, std::string("cannot write the workbook: ") + error.what());
    }
  }).commit();
}

} // namespace

std::optional<ExceptionsFormat> exceptions_format_for_path(std::string_view path) {
  if (path.ends_with(".csv")) return ExceptionsFormat::csv;
  if (path.ends_with(".json")) return ExceptionsFormat::json;
  if (path.ends_with(".xlsx")) return ExceptionsFormat::xlsx;
  return std::nullopt;
}

void export_exceptions(const std::string& path, ExceptionsFormat format, const Report& report) {
  switch (format) {
  case ExceptionsFormat::csv: write_file_atomically(path, exceptions_to_csv(report.findings)); return;
  case ExceptionsFormat::json: write_file_atomically(path, exceptions_to_json(report.findings)); return;
  case ExceptionsFormat::xlsx: write_workbook_atomically(path, report); return;
  }
}

} // namespace recon
