#pragma once
// The report the file benchmarks read: written once by recon-gen into a fresh temporary folder,
// which is removed at exit.

#include <string>

namespace recon_bench {

// Lines in the generated report: about 40 MB, large enough to be read in parts on every core.
inline constexpr int generated_lines = 200000;

// The path of the generated report. The first call generates it (untimed, before any benchmark
// loop); a failure to generate ends the program, since no file benchmark could run.
[[nodiscard]] const std::string& generated_report();

} // namespace recon_bench
