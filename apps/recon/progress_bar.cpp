#include "progress_bar.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include <fmt/format.h>

namespace recon::cli {
namespace {

// About half a second of reading at recon's speed: below that a bar would only flicker.
constexpr std::uint64_t threshold_bytes = 50'000'000;
// Ten redraws a second are enough for the eye and cost nothing next to the reading.
constexpr std::chrono::milliseconds redraw_every{100};

std::int64_t clock_now() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

std::uint64_t total_size(const std::vector<std::string>& files) {
  std::uint64_t total = 0;
  for (const auto& file : files) {
    std::error_code error;
    const auto size = std::filesystem::file_size(file, error);
    if (!error) total += size;
  }
  return total;
}

} // namespace

std::string progress_line(std::uint64_t done, std::uint64_t total, int width) {
  done = std::min(done, total); // a part read past its end to finish its last line counts early
  const auto filled = total == 0 ? width : static_cast<int>(done * static_cast<std::uint64_t>(width) / total);
  const auto percent = total == 0 ? 100U : static_cast<unsigned>(done * 100 / total);
  return fmt::format("[{}{}] {:3}% {:>5} / {} MB", std::string(static_cast<std::size_t>(filled), '#'),
                     std::string(static_cast<std::size_t>(width - filled), ' '), percent, done / 1'000'000,
                     total / 1'000'000);
}

ProgressBar::ProgressBar(const std::vector<std::string>& files) : ProgressBar(total_size(files)) {}

ProgressBar::ProgressBar(std::uint64_t total_bytes)
    : total_(total_bytes), shown_(total_bytes >= threshold_bytes && ::isatty(STDERR_FILENO) == 1) {}

ProgressBar::~ProgressBar() {
  if (drawn_) std::fputs("\r\033[K", stderr);
}

void ProgressBar::advance(std::uint64_t bytes) noexcept {
  const std::uint64_t done = done_ += bytes;
  const std::int64_t now = clock_now();
  if (now < next_draw_.load(std::memory_order_relaxed)) return;
  const std::unique_lock lock(drawing_, std::try_to_lock);
  if (!lock.owns_lock()) return; // another thread is drawing
  next_draw_ = now + std::chrono::duration_cast<std::chrono::nanoseconds>(redraw_every).count();
  std::fprintf(stderr, "\rrecon: reading %s", progress_line(done, total_, 30).c_str());
  std::fflush(stderr);
  drawn_ = true;
}

} // namespace recon::cli
