#include "io/parallel.hpp"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace recon {

unsigned thread_count(unsigned requested) noexcept {
  if (requested > 0) return requested;
  return std::max(1U, std::thread::hardware_concurrency());
}

void run_in_parallel(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& task) {
  std::atomic<std::size_t> next{0};
  const auto work = [&] {
    for (std::size_t index = next++; index < count; index = next++) task(index);
  };
  const std::size_t helpers = std::min<std::size_t>(threads, count) - std::min<std::size_t>(1, count);
  std::vector<std::jthread> pool;
  pool.reserve(helpers);
  for (std::size_t i = 0; i < helpers; ++i) pool.emplace_back(work);
  work();
}

} // namespace recon
