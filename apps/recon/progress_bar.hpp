#pragma once
// A progress bar on standard error while recon reads large inputs, for a person waiting at a
// terminal. Silent when stderr is not a terminal (scripts, CI, files) and for inputs under about
// 50 MB, which read in well under a second.

#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

#include "recon/io/read_progress.hpp"

namespace recon::cli {

// "[##########          ]  50%   93 / 186 MB": `width` characters of bar.
[[nodiscard]] std::string progress_line(std::uint64_t done, std::uint64_t total, int width);

class ProgressBar final : public ReadProgress {
public:
  // Shows progress through `files` (their sizes are the whole) if stderr is a terminal and they are
  // large enough to be worth it; otherwise does nothing.
  explicit ProgressBar(const std::vector<std::string>& files);
  // The same for inputs of `total_bytes`.
  explicit ProgressBar(std::uint64_t total_bytes);
  // Clears the bar, so that what recon prints next (a report, an error) starts on a clean line.
  ~ProgressBar() override;
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  // The bar when it should be shown, else nullptr: what ReadOptions::progress takes.
  [[nodiscard]] ReadProgress* if_shown() noexcept { return shown_ ? this : nullptr; }

  void advance(std::uint64_t bytes) noexcept override;

private:
  std::uint64_t total_ = 0;
  bool shown_ = false;
  std::atomic<std::uint64_t> done_{0};
  std::atomic<std::int64_t> next_draw_{0}; // steady-clock nanoseconds
  std::mutex drawing_;
  bool drawn_ = false;
};

} // namespace recon::cli
