#pragma once
// A plain-text table: columns sized to their widest cell (counting characters, not bytes, so
// "MÜSLI" lines up), left- or right-aligned. Cells hold text from the files (descriptions, names),
// so each is printed through visible_text: a control character in one is spelled out, not obeyed.

#include <iosfwd>
#include <string>
#include <vector>

namespace recon::cli {

enum class Align { left, right };

class TextTable {
public:
  explicit TextTable(std::vector<Align> alignment) : alignment_(std::move(alignment)) {}

  void add_row(std::vector<std::string> cells);
  // A row whose cells start at `column`; the cells before it stay empty.
  void add_row_from(std::size_t column, std::vector<std::string> cells);

  void print(std::ostream& out, std::string_view indent) const;

private:
  std::vector<Align> alignment_;
  std::vector<std::vector<std::string>> rows_;
};

} // namespace recon::cli
