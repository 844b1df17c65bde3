#include "recon/exceptions_export.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "exceptions_xlsx.hpp"
#include "recon/atomic_file.hpp"
#include "recon/exceptions_csv.hpp"
#include "recon/input_error.hpp"
#include "recon/report_json.hpp"

namespace recon {
namespace {

// libxlsxwriter writes the file itself, so the workbook goes to a fresh name beside the target and
// is renamed into place only once it is complete.
void write_workbook_atomically(const std::string& path, const Report& report) {
  const std::filesystem::path target(path);
  const std::filesystem::path directory = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
  std::string temporary = (directory / ("." + target.stem().string() + "-XXXXXX.xlsx")).string();
  const int fd = ::mkstemps(temporary.data(), 5);
  if (fd < 0) {
    throw InputError(path, 0, std::string("cannot create a file beside it: ") + std::strerror(errno));
  }
  ::close(fd);
  try {
    write_exceptions_workbook(temporary, report);
  } catch (const std::exception& error) {
    std::remove(temporary.c_str());
    throw InputError(path, 0, std::string("cannot write the workbook: ") + error.what());
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    const int error_number = errno;
    std::remove(temporary.c_str());
    throw InputError(path, 0, std::string("cannot put the workbook in place: ") + std::strerror(error_number));
  }
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
