// Parsing single fields: the amount and the posted instant of every body row.

#include <string_view>

#include <benchmark/benchmark.h>

#include "ingest/settlement_plain_amount.hpp"
#include "recon/base/amount_text.hpp"
#include "recon/base/calendar.hpp"

namespace {

// The reader of a file whose decimal mark is already known, as it is for every row but the first
// few: `text` itself teaches it the mark before the timed loop.
void amount_reader(benchmark::State& state, std::string_view text) {
  recon::AmountReader reader(2);
  if (!reader.read(text)) {
    state.SkipWithError("the sample amount does not parse");
    return;
  }
  for (auto _ : state) {
    auto minor_units = reader.read(text);
    benchmark::DoNotOptimize(minor_units);
  }
}
BENCHMARK_CAPTURE(amount_reader, point, std::string_view("-32.40"));
BENCHMARK_CAPTURE(amount_reader, comma, std::string_view("179,99"));

// The settlement reader's one-pass reading, which it tries before AmountReader on every amount.
void plain_amount(benchmark::State& state, std::string_view text, recon::DecimalMark mark) {
  for (auto _ : state) {
    auto minor_units = recon::read_plain_amount(text, 2, mark);
    benchmark::DoNotOptimize(minor_units);
  }
}
BENCHMARK_CAPTURE(plain_amount, point, std::string_view("-32.40"), recon::DecimalMark::point);
BENCHMARK_CAPTURE(plain_amount, comma, std::string_view("179,99"), recon::DecimalMark::comma);

// The bare parser, mark given: what AmountReader costs on top of it.
void parse_minor_units(benchmark::State& state, std::string_view text, recon::DecimalMark mark) {
  for (auto _ : state) {
    auto minor_units = recon::parse_minor_units(text, 2, mark);
    benchmark::DoNotOptimize(minor_units);
  }
}
BENCHMARK_CAPTURE(parse_minor_units, point, std::string_view("-32.40"), recon::DecimalMark::point);
BENCHMARK_CAPTURE(parse_minor_units, comma, std::string_view("179,99"), recon::DecimalMark::comma);

void parse_instant(benchmark::State& state) {
  constexpr std::string_view text = "2026-03-02 09:41:41 UTC"; // V2's posted-date-time
  for (auto _ : state) {
    auto instant = recon::parse_instant(text);
    benchmark::DoNotOptimize(instant);
  }
}
BENCHMARK(parse_instant);

} // namespace
