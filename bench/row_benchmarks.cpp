// Whole-row work: every line of a report is checked for plain ASCII and split into its fields.

#include <cstdint>
#include <string_view>
#include <vector>

#include <benchmark/benchmark.h>

#include "io/tab_fields.hpp"
#include "recon/base/text_encoding.hpp"

namespace {

// A body row of testdata/demo/settlement-01.txt (line 3): the 24 fields of a V2 order row, most of
// them empty, as in real reports.
constexpr std::string_view v2_row =
    "17000001003\t\t\t\t\t\tOrder\t112-2841283-5033894\t112-2841283-5033894\t\tDyu9x8U0E\t"
    "Amazon.com\tItemPrice\tPrincipal\t39.95\tAFN\t03/02/26\t2026-03-02 09:41:41 UTC\t"
    "90485149951951\t\t\tKB-KNIFE-SHARP\t1\t";
constexpr std::size_t v2_fields = 24;

void set_bytes_processed(benchmark::State& state, std::string_view text) {
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}

void split_tab_fields(benchmark::State& state) {
  // One vector for every row, as the reader keeps it: after the first row no call allocates.
  std::vector<std::string_view> fields;
  recon::split_tab_fields(v2_row, fields);
  if (fields.size() != v2_fields) {
    state.SkipWithError("the sample row does not split into 24 fields");
    return;
  }
  for (auto _ : state) {
    recon::split_tab_fields(v2_row, fields);
    benchmark::DoNotOptimize(fields.data());
    benchmark::ClobberMemory();
  }
  set_bytes_processed(state, v2_row);
}
BENCHMARK(split_tab_fields);

void is_ascii(benchmark::State& state) {
  for (auto _ : state) {
    bool ascii = recon::is_ascii(v2_row);
    benchmark::DoNotOptimize(ascii);
  }
  set_bytes_processed(state, v2_row);
}
BENCHMARK(is_ascii);

} // namespace
