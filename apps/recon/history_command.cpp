// recon history: one line per settlement in the book, in period order.

#include <algorithm>
#include <iostream>
#include <memory>

#include <fmt/format.h>

#include "book_option.hpp"
#include "command.hpp"
#include "text_table.hpp"
#include "visible_text.hpp"

namespace recon::cli {
namespace {

std::string deposit_of(const Settlement& settlement) {
  if (!settlement.total.is_positive()) return "not expected";
  return fmt::format("expected {}", to_iso_date(settlement.deposit_date));
}

int history(const std::optional<std::string>& book_path) {
  Book book = open_book_to_read(book_path);
  std::vector<Settlement> settlements = book.settlements();
  std::stable_sort(settlements.begin(), settlements.end(), [](const Settlement& a, const Settlement& b) { return a.start < b.start; });

  TextTable table({Align::left, Align::left, Align::left, Align::right, Align::left, Align::left, Align::left});
  table.add_row({"Period", "Settlement", "Marketplace", "Total", "Footing", "Deposit", "Imported from"});
  for (const auto& settlement : settlements) {
    table.add_row({settlement.period_text(" .. "), settlement.id, fmt::format("{}", fmt::join(settlement.marketplaces, ", ")),
                   to_grouped_string(settlement.total) + " " + std::string(settlement.currency.code()),
                   settlement.footed() ? "footed" : "NOT FOOTED", deposit_of(settlement),
                   fmt::format("{}:{}", settlement.file, settlement.summary_line)});
  }
  std::cout << fmt::format("Book {}: {} settlement{}\n\n", visible_text(book.path()), settlements.size(), settlements.size() == 1 ? "" : "s");
  table.print(std::cout, "");
  return 0;
}

} // namespace

Action define_history(CLI::App& app) {
  auto book_path = std::make_shared<std::optional<std::string>>();
  add_book_option(app, *book_path);
  return [book_path] { return history(*book_path); };
}

} // namespace recon::cli
