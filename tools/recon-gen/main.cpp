// recon-gen: deterministic Amazon settlement reports and bank exports of any size, for benchmarks
// and tests. The same arguments always write the same bytes (see docs/performance.md).

#include <cstdio>
#include <exception>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "bank_generator.hpp"
#include "market_locale.hpp"
#include "settlement_generator.hpp"

namespace {

struct Arguments {
  std::string locale = "us";
  int settlements = 1;
  std::int64_t lines = 1000;
  std::int64_t bank_lines = 0;
  std::uint64_t seed = 1;
  std::string start = "2026-03-02";
  std::string bank_locale;     // the account's locale, when not the marketplace's
  std::string rate = "1";      // account currency per marketplace currency
  std::string out;
};

recon_gen::Instant parse_start(const std::string& text) {
  std::istringstream in(text);
  date::sys_days day;
  in >> date::parse("%F", day);
  if (in.fail()) throw CLI::ValidationError("--start", "expected a date such as 2026-03-02");
  using namespace std::chrono_literals;
  return recon_gen::Instant{day} + 7h + 4min + 11s; // Amazon's periods start at a time of day
}

std::string settlement_id(const Arguments& arguments, std::size_t locale_index, int index) {
  const std::uint64_t series = (arguments.seed * 6U + locale_index) % 9000000U;
  return fmt::format("2{:010}", series * 1000U + static_cast<std::uint64_t>(index));
}

int generate(const Arguments& arguments) {
  const recon_gen::MarketLocale* locale = recon_gen::find_market_locale(arguments.locale);
  const auto locale_index = static_cast<std::size_t>(locale - recon_gen::market_locales().data());
  std::filesystem::create_directories(arguments.out);
  const int width = arguments.settlements >= 1000 ? 4 : 3;

  std::vector<recon_gen::SettlementFacts> written;
  recon_gen::Instant start = parse_start(arguments.start);
  for (int index = 0; index < arguments.settlements; ++index) {
    recon_gen::SettlementSpec spec;
    spec.locale = locale;
    spec.id = settlement_id(arguments, locale_index, index);
    spec.start = start;
    spec.lines = arguments.lines;
    if (!written.empty()) {
      spec.opening_reserve = written.back().closing_reserve;
      spec.carried_negative = std::min<std::int64_t>(written.back().total, 0);
    }
    spec.seed = arguments.seed * 1000003U + static_cast<std::uint64_t>(index);
    const std::string path = fmt::format("{}/settlement-{:0{}}.txt", arguments.out, index + 1, width);
    written.push_back(recon_gen::write_settlement(spec, path));
    start = written.back().end;
    fmt::print("{}\t{}\t{} lines\ttotal {} minor units\treserve held {}\n", path, spec.id, spec.lines,
               written.back().total, written.back().closing_reserve);
  }
  if (arguments.bank_lines > 0) {
    const std::string path = arguments.out + "/bank.csv";
    const recon_gen::MarketLocale* account =
        arguments.bank_locale.empty() ? locale : recon_gen::find_market_locale(arguments.bank_locale);
    const recon_gen::ConversionRate rate = recon_gen::parse_conversion_rate(arguments.rate);
    if (account->currency == locale->currency && rate.numerator != rate.denominator) {
      throw std::invalid_argument("--rate converts into an account in another currency: give --bank-locale");
    }
    recon_gen::write_bank_export({locale, arguments.bank_lines, arguments.seed, account, rate}, written, path);
    fmt::print("{}\t{} lines\n", path, arguments.bank_lines);
  }
  return 0;
}

int run(int argc, char** argv) {
  CLI::App app{"Writes deterministic Amazon V2 settlement reports (a reserve chain) and a matching bank export."};
  Arguments arguments;
  std::vector<std::string> codes;
  for (const auto& locale : recon_gen::market_locales()) codes.emplace_back(locale.code);
  app.add_option("--locale", arguments.locale, "Marketplace: currency, decimal mark, dates, bank layout")
      ->check(CLI::IsMember(codes))
      ->capture_default_str();
  app.add_option("--settlements", arguments.settlements, "Consecutive settlements, 14 days each")
      ->check(CLI::Range(1, 9999))
      ->capture_default_str();
  app.add_option("--lines", arguments.lines, "Lines per settlement file, header and summary included")
      ->check(CLI::Range(std::int64_t{4}, std::int64_t{1} << 40))
      ->capture_default_str();
  app.add_option("--bank-lines", arguments.bank_lines, "Lines of bank.csv, header included (0: none)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  app.add_option("--bank-locale", arguments.bank_locale,
                 "The bank account's locale (its layout and currency), when Amazon converts into another currency")
      ->check(CLI::IsMember(codes));
  app.add_option("--rate", arguments.rate, "Units of the account's currency one unit of the marketplace's buys (exact decimal)")
      ->capture_default_str();
  app.add_option("--seed", arguments.seed, "Same seed, same bytes")->capture_default_str();
  app.add_option("--start", arguments.start, "First period's start day (YYYY-MM-DD)")->capture_default_str();
  app.add_option("-o,--out", arguments.out, "Folder to write into (created if missing)")->required();
  CLI11_PARSE(app, argc, argv);
  return generate(arguments);
}

} // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& failure) {
    std::fprintf(stderr, "recon-gen: error: %s\n", failure.what());
    return 2;
  }
}
