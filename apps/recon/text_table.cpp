#include "text_table.hpp"

#include <algorithm>
#include <ostream>

#include "recon/base/text_encoding.hpp"
#include "visible_text.hpp"

namespace recon::cli {
namespace {

std::size_t characters(const std::string& text) { return is_ascii(text) ? text.size() : decode_utf8(text).size(); }

} // namespace

void TextTable::add_row(std::vector<std::string> cells) {
  for (auto& cell : cells) {
    if (!is_plain_ascii(cell)) cell = visible_text(cell);
  }
  rows_.push_back(std::move(cells));
}

void TextTable::add_row_from(std::size_t column, std::vector<std::string> cells) {
  cells.insert(cells.begin(), column, std::string());
  add_row(std::move(cells));
}

void TextTable::print(std::ostream& out, std::string_view indent) const {
  std::vector<std::size_t> widths(alignment_.size(), 0);
  for (const auto& row : rows_) {
    for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i) widths[i] = std::max(widths[i], characters(row[i]));
  }
  for (const auto& row : rows_) {
    std::string line(indent);
    for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i) {
      const std::string padding(widths[i] - characters(row[i]), ' ');
      if (i > 0) line += "  ";
      line += alignment_[i] == Align::right ? padding + row[i] : row[i] + padding;
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << '\n';
  }
}

} // namespace recon::cli
