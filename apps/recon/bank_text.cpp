#include "bank_text.hpp"

#include <ostream>

#include <fmt/format.h>

#include "text_table.hpp"
#include "visible_text.hpp"

namespace recon::cli {
namespace {

// Descriptions run long (card numbers, references) and may hold the line breaks of a quoted field;
// a table row stays on one line of a terminal. Breaks and tabs become spaces, other characters that
// would not show as themselves are spelled out (visible_text), and a long text is cut between whole
// characters as shown, visibly.
std::string shortened_spelled(const std::string& text, std::size_t max_columns) {
  std::u32string line;
  for (const auto& character : shown_characters(text)) {
    const char c = text[character.byte];
    const std::u32string_view shown = c == '\n' || c == '\r' || c == '\t' ? std::u32string_view(U" ") : character.text;
    if (line.size() + shown.size() >= max_columns) return to_utf8(line) + "…";
    line += shown;
  }
  return to_utf8(line);
}

// The same, byte by byte for the ASCII text most descriptions are: a bank export can hold millions.
std::string shortened(const std::string& text, std::size_t max_columns = 48) {
  std::string line;
  for (const char c : text) {
    const bool space = c == '\n' || c == '\r' || c == '\t';
    if (!space && !is_plain_ascii(c)) return shortened_spelled(text, max_columns);
    if (line.size() + 1 >= max_columns) return line + "…";
    line += space ? ' ' : c;
  }
  return line;
}

std::string plural(std::size_t count, std::string_view noun) {
  return fmt::format("{} {}{}", count, noun, count == 1 ? "" : "s");
}

void print_statement(std::ostream& out, const BankStatement& statement) {
  out << fmt::format("{}  ({})\n", visible_text(statement.file), format_name(statement.format));
  if (statement.currency_origin != CurrencyOrigin::unknown) {
    out << fmt::format("  currency: {}\n", statement.currency.code());
  } else {
    out << "  currency: not stated in the file; give --bank-currency\n";
  }
  for (const auto& fact : statement.layout) out << fmt::format("  {}: {}\n", fact.name, visible_text(fact.value));
  out << fmt::format("  {} to {}: {}, {} skipped\n\n", to_iso_date(statement.first), to_iso_date(statement.last),
                     plural(statement.lines.size(), "transaction"), statement.skipped.size());

  TextTable lines({Align::right, Align::left, Align::right, Align::left, Align::left});
  lines.add_row({"Line", "Date", "Amount", "Currency", "Description"});
  const std::string currency = statement.currency_origin == CurrencyOrigin::unknown ? "?" : std::string();
  for (const auto& line : statement.lines) {
    lines.add_row({std::to_string(line.source.line), to_iso_date(line.date), to_grouped_string(line.amount),
                   currency.empty() ? std::string(line.amount.currency().code()) : currency, shortened(line.description)});
  }
  lines.print(out, "  ");

  if (!statement.skipped.empty()) {
    out << "\n  Skipped:\n";
    TextTable skipped({Align::right, Align::left, Align::left});
    skipped.add_row({"Line", "Reason", "Text"});
    for (const auto& skip : statement.skipped) skipped.add_row({std::to_string(skip.line), skip.reason, shortened(skip.text)});
    skipped.print(out, "  ");
  }
  out << '\n';
}

} // namespace

void print_bank_statements(std::ostream& out, const std::vector<BankStatement>& statements) {
  for (const auto& statement : statements) print_statement(out, statement);
}

} // namespace recon::cli
