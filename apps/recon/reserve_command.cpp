// recon reserve: the reserve roll-forward per marketplace and currency, from the book. Each row is a
// settlement: what Amazon held before it (opening), released and newly held in it, held after it
// (closing), and whether the next report releases exactly that.

#include <iostream>
#include <memory>

#include <fmt/format.h>

#include "book_option.hpp"
#include "command.hpp"
#include "recon/checks/rollforward.hpp"
#include "text_table.hpp"
#include "visible_text.hpp"

namespace recon::cli {
namespace {

int reserve(const std::optional<std::string>& book_path) {
  Book book = open_book_to_read(book_path);
  const std::vector<Settlement> settlements = book.settlements();
  bool all_tie = true;
  for (const auto& chain : reserve_chains(settlements)) {
    std::cout << fmt::format("Marketplace {}, {}\n\n", visible_text(chain.marketplace), chain.currency.code());
    TextTable table({Align::left, Align::left, Align::right, Align::right, Align::right, Align::right, Align::left});
    table.add_row({"Period", "Settlement", "Opening", "Released", "Held", "Closing", "Ties to next"});
    std::optional<Money> opening;
    for (const auto& step : chain.steps) {
      const Settlement& settlement = *step.settlement;
      const Money before = opening.value_or(step.released); // before the first report, only its release tells
      all_tie = all_tie && step.ties();
      table.add_row({settlement.period_text(" .. "), settlement.id, to_grouped_string(before), to_grouped_string(step.released), to_grouped_string(step.held),
                     to_grouped_string(step.held),
                     !step.next_opens ? "-" : step.ties() ? "yes" : fmt::format("NO: next releases {}", to_grouped_string(*step.next_opens))});
      opening = step.held;
    }
    table.print(std::cout, "  ");
    std::cout << '\n';
  }
  std::cout << (all_tie ? "The reserve ties from each report to the next.\n"
                        : "The reserve does NOT tie everywhere: see the rows marked NO (reserve-break in recon settle).\n");
  return 0;
}

} // namespace

Action define_reserve(CLI::App& app) {
  auto book_path = std::make_shared<std::optional<std::string>>();
  add_book_option(app, *book_path);
  return [book_path] { return reserve(*book_path); };
}

} // namespace recon::cli
