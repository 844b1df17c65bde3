#include "run/stale_journal_parts.hpp"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <filesystem>
#include <fstream>

#include "recon/export/journal_export.hpp"

namespace recon {
namespace {

namespace fs = std::filesystem;

// Whether a row's first cell, the narration, ends with "]": recon ends each narration with its entry
// id in brackets ("… [17000001003]"), so that no two journals share one.
bool narration_ends_with_entry_id(std::string_view row) {
  if (row.empty()) return false;
  if (row.front() != '"') {
    const auto comma = row.find(',');
    return comma != std::string_view::npos && comma > 0 && row[comma - 1] == ']';
  }
  for (std::size_t i = 1; i < row.size(); ++i) {
    if (row[i] != '"') continue;
    if (i + 1 < row.size() && row[i + 1] == '"') {
      ++i; // a doubled quote inside the cell
      continue;
    }
    return row[i - 1] == ']';
  }
  return false;
}

// A Xero journal as recon writes it: the template's header row, then rows whose narrations end with
// an entry id, each ended by CRLF. A file of Xero's own template, filled in by hand, fails on its
// narrations; a part is at most 300 lines, so anything much larger is not one.
bool written_as_recon_writes(const fs::path& file, const std::string& header) {
  constexpr std::uintmax_t largest = 4U << 20U;
  std::error_code error;
  const auto size = fs::file_size(file, error);
  if (error || size > largest) return false;
  std::ifstream in(file, std::ios::binary);
  std::string text(static_cast<std::size_t>(size), '\0');
  if (!in.read(text.data(), static_cast<std::streamsize>(text.size())) || !text.starts_with(header)) return false;
  for (std::size_t at = header.size(); at < text.size();) {
    const auto end = text.find("\r\n", at);
    if (end == std::string::npos || !narration_ends_with_entry_id(std::string_view(text).substr(at, end - at))) return false;
    at = end + 2;
  }
  return true;
}

bool is_protected(const fs::path& file, const ProtectedPaths& protect) {
  std::vector<std::string> paths = protect.inputs;
  if (protect.book) paths.push_back(*protect.book);
  return std::any_of(paths.begin(), paths.end(), [&](const std::string& path) {
    std::error_code error;
    return fs::equivalent(file, path, error) && !error;
  });
}

} // namespace

std::vector<std::string> stale_journal_parts(const JournalOutput& output, const std::vector<std::string>& written,
                                             const ProtectedPaths& protect) {
  const fs::path target(output.path);
  const std::string name = target.filename().string();
  const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::vector<std::string> written_names;
  written_names.reserve(written.size());
  for (const auto& file : written) written_names.push_back(fs::path(file).filename().string());
  const bool writes_parts = std::find(written_names.begin(), written_names.end(), name) == written_names.end();
  // What every journal of this format starts with: the file an empty journal is.
  const std::string header = export_journal(Journal{}, output.format, output.options);

  std::vector<std::string> stale;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(folder, error)) {
    const std::string candidate = entry.path().filename().string();
    const bool ours_by_name = (writes_parts && candidate == name) || journal_part_number(name, candidate).has_value();
    if (!ours_by_name || std::find(written_names.begin(), written_names.end(), candidate) != written_names.end()) continue;
    std::error_code status_error;
    if (!fs::is_regular_file(fs::symlink_status(entry.path(), status_error)) || status_error) continue;
    const fs::path path = target.has_parent_path() ? folder / candidate : fs::path(candidate);
    if (!written_as_recon_writes(path, header) || is_protected(path, protect)) continue;
    stale.push_back(path.string());
  }
  // NAME first, then the parts in their order (NAME-2 before NAME-10).
  const auto order = [&](const std::string& path) {
    return journal_part_number(name, fs::path(path).filename().string()).value_or(0);
  };
  std::sort(stale.begin(), stale.end(), [&](const std::string& a, const std::string& b) { return order(a) < order(b); });
  return stale;
}

std::vector<std::string> remove_stale_parts(const std::vector<std::string>& stale) {
  std::vector<std::string> not_removed;
  for (const auto& path : stale) {
    std::error_code error;
    if (!fs::remove(path, error) || error) not_removed.push_back(path);
  }
  return not_removed;
}

} // namespace recon
