#include "ingest/statement_text.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "recon/base/input_error.hpp"
#include "io/line_source.hpp"

namespace recon {

StatementText::StatementText(const std::string& path, std::uint64_t max_bytes) {
  LineSource source(path);
  if (source.file_size() > max_bytes) {
    throw InputError(path, 0, fmt::format("the file is {} bytes, more than the {} a bank statement file may have", source.file_size(), max_bytes))
        .with_hint("Export one account and one period a file.");
  }
  while (const auto line = source.next()) {
    line_starts_.push_back(text_.size());
    text_ += line->text;
    text_ += '\n';
  }
}

std::uint64_t StatementText::line_at(std::size_t offset) const noexcept {
  const auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  return static_cast<std::uint64_t>(after - line_starts_.begin());
}

std::string_view StatementText::line_text(std::uint64_t line) const noexcept {
  if (line == 0 || line > line_starts_.size()) return {};
  const std::size_t begin = line_starts_[line - 1];
  const std::size_t end = text_.find('\n', begin);
  return std::string_view(text_).substr(begin, end - begin);
}

std::vector<std::size_t> find_tags(std::string_view text, std::string_view tag, std::size_t from, std::size_t to) {
  const auto upper = [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; };
  const auto same = [&](char a, char b) { return upper(a) == upper(b); };
  std::vector<std::size_t> found;
  const std::string_view range = text.substr(0, std::min(to, text.size()));
  const auto* at = range.begin() + static_cast<std::ptrdiff_t>(std::min(from, range.size()));
  while ((at = std::search(at, range.end(), tag.begin(), tag.end(), same)) != range.end()) {
    found.push_back(static_cast<std::size_t>(at - range.begin()));
    at += static_cast<std::ptrdiff_t>(tag.size());
  }
  return found;
}

} // namespace recon
