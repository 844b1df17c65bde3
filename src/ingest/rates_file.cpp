#include "recon/ingest/rates_file.hpp"

#include <fstream>
#include <sstream>
#include <vector>

#include <fmt/format.h>

#include "recon/base/calendar.hpp"
#include "recon/base/input_error.hpp"

namespace recon {
namespace {

std::vector<std::string> cells_of(const std::string& line) {
  std::vector<std::string> cells;
  std::string cell;
  std::istringstream in(line);
  while (std::getline(in, cell, ',')) {
    while (!cell.empty() && (cell.back() == ' ' || cell.back() == '\r')) cell.pop_back();
    while (!cell.empty() && cell.front() == ' ') cell.erase(cell.begin());
    cells.push_back(cell);
  }
  // The ECB ends every row with a comma: a last empty cell is no column.
  if (!cells.empty() && cells.back().empty()) cells.pop_back();
  return cells;
}

// Where `cell` stands in `line`, to point at it (the whole line when it cannot be found).
std::size_t offset_of(const std::string& line, const std::string& cell) {
  const auto at = line.find(cell);
  return at == std::string::npos ? 0 : at;
}

std::string lower(std::string text) {
  for (char& c : text) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  return text;
}

class RatesReader {
public:
  explicit RatesReader(const std::string& path) : path_(path), rates_(path) {}

  ExchangeRates read() {
    std::ifstream in(path_, std::ios::binary);
    if (!in) throw InputError(path_, 0, "cannot open the rates file");
    std::string line;
    std::uint64_t number = 0;
    bool header_seen = false;
    while (std::getline(in, line)) {
      ++number;
      if (number == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty()) continue;
      const auto cells = cells_of(line);
      if (!header_seen) {
        header(cells, line, number);
        header_seen = true;
      } else if (plain_) {
        plain_row(cells, line, number);
      } else {
        ecb_row(cells, line, number);
      }
    }
    if (!header_seen) throw InputError(path_, 0, "the rates file is empty");
    return std::move(rates_);
  }

private:
  void header(const std::vector<std::string>& cells, const std::string& line, std::uint64_t number) {
    if (cells.size() == 4 && lower(cells[0]) == "date" && lower(cells[1]) == "from" && lower(cells[2]) == "to" &&
        lower(cells[3]) == "rate") {
      plain_ = true;
      return;
    }
    if (cells.size() >= 2 && lower(cells[0]) == "date") {
      for (std::size_t i = 1; i < cells.size(); ++i) columns_.push_back(Currency::from_code(cells[i]));
      return;
    }
    throw InputError(path_, number, "this is not a rates file recon can read")
        .with_excerpt(line, 0, line.size())
        .with_hint("recon reads the ECB's euro reference rates history (a header Date,USD,JPY,... and rates per "
                   "euro) or a CSV with the header date,from,to,rate.");
  }

  [[nodiscard]] Day day_of(const std::string& cell, const std::string& line, std::uint64_t number) const {
    const auto day = parse_iso_day(cell);
    if (!day) {
      throw InputError(path_, number, fmt::format("\"{}\" is not a date as YYYY-MM-DD", cell)).with_excerpt(line, 0, cell.size());
    }
    return *day;
  }

  [[nodiscard]] Rate rate_of(const std::string& cell, const std::string& line, std::uint64_t number) const {
    const auto rate = Rate::parse(cell);
    if (!rate) {
      throw InputError(path_, number, fmt::format("the rate \"{}\" is not a positive decimal such as 1.0876", cell))
          .with_excerpt(line, offset_of(line, cell), cell.size());
    }
    return *rate;
  }

  [[nodiscard]] Currency currency_of(const std::string& cell, const std::string& line, std::uint64_t number) const {
    const auto currency = Currency::from_code(cell);
    if (!currency) {
      throw InputError(path_, number, fmt::format("\"{}\" is not an ISO 4217 code recon knows", cell))
          .with_excerpt(line, offset_of(line, cell), cell.size());
    }
    return *currency;
  }

  void plain_row(const std::vector<std::string>& cells, const std::string& line, std::uint64_t number) {
    if (cells.size() != 4) {
      throw InputError(path_, number, fmt::format("{} cells where the header date,from,to,rate has 4", cells.size()))
          .with_excerpt(line, 0, line.size());
    }
    rates_.add(day_of(cells[0], line, number), currency_of(cells[1], line, number), currency_of(cells[2], line, number),
               rate_of(cells[3], line, number));
  }

  void ecb_row(const std::vector<std::string>& cells, const std::string& line, std::uint64_t number) {
    if (cells.size() > columns_.size() + 1) {
      throw InputError(path_, number, fmt::format("{} cells where the header has {}", cells.size(), columns_.size() + 1))
          .with_excerpt(line, 0, line.size());
    }
    const Day day = day_of(cells[0], line, number);
    for (std::size_t i = 1; i < cells.size(); ++i) {
      const auto& currency = columns_[i - 1];
      if (!currency || cells[i].empty() || cells[i] == "N/A") continue; // not quoted that day
      rates_.add(day, euro_, *currency, rate_of(cells[i], line, number));
    }
  }

  std::string path_;
  ExchangeRates rates_;
  bool plain_ = false;
  std::vector<std::optional<Currency>> columns_; // the ECB layout's, in order
  Currency euro_ = *Currency::from_code("EUR");
};

} // namespace

ExchangeRates read_rates_file(const std::string& path) { return RatesReader(path).read(); }

} // namespace recon
