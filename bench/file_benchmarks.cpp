// Whole files: the report recon-gen writes at start-up (see generated_report.hpp), read line by
// line, read as a settlement, and hashed. The page cache holds it after the first pass, so these
// measure recon, not the disk.

#include <cstdint>
#include <filesystem>
#include <string>

#include <benchmark/benchmark.h>

#include "generated_report.hpp"
#include "io/parallel.hpp"
#include "io/line_source.hpp"
#include "recon/ingest/settlement_reader.hpp"
#include "io/sha256.hpp"

namespace {

std::int64_t file_bytes(const std::string& path) {
  return static_cast<std::int64_t>(std::filesystem::file_size(path));
}

void line_source(benchmark::State& state) {
  const std::string& path = recon_bench::generated_report();
  std::int64_t lines = 0;
  for (auto _ : state) {
    recon::LineSource source(path);
    while (auto line = source.next()) {
      benchmark::DoNotOptimize(line->text.data());
      ++lines;
    }
  }
  state.SetItemsProcessed(lines);
  state.SetBytesProcessed(state.iterations() * file_bytes(path));
}
BENCHMARK(line_source)->Unit(benchmark::kMillisecond);

// Without the digest, which sha256_of_file below measures on its own.
void read_settlement(benchmark::State& state) {
  const std::string& path = recon_bench::generated_report();
  recon::ReadOptions options;
  options.file_digest = false;
  options.threads = static_cast<unsigned>(state.range(0));
  std::int64_t lines = 0;
  for (auto _ : state) {
    const recon::Settlement settlement = recon::read_settlement(path, options);
    lines += static_cast<std::int64_t>(settlement.line_account.total());
  }
  state.SetItemsProcessed(lines);
  state.SetBytesProcessed(state.iterations() * file_bytes(path));
}
// One thread, then one per core (recon's default); wall time, since the helper threads' CPU time
// is not the calling thread's.
BENCHMARK(read_settlement)
    ->ArgName("threads")
    ->Arg(1)
    ->Arg(static_cast<std::int64_t>(recon::thread_count(0)))
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

void sha256_of_file(benchmark::State& state) {
  const std::string& path = recon_bench::generated_report();
  for (auto _ : state) {
    std::string digest = recon::sha256_of_file(path);
    benchmark::DoNotOptimize(digest);
  }
  state.SetBytesProcessed(state.iterations() * file_bytes(path));
}
BENCHMARK(sha256_of_file)->Unit(benchmark::kMillisecond);

} // namespace
