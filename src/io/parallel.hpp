#pragma once
// The few threads recon uses: large reports are read in parts, and many small ones side by side,
// on every core the machine has (ReadOptions::threads can ask for fewer).

#include <cstddef>
#include <functional>

namespace recon {

// `requested` threads, or one per core when it is 0.
[[nodiscard]] unsigned thread_count(unsigned requested) noexcept;

// Runs task(0) … task(count - 1) on up to `threads` threads, the caller's among them, taking
// tasks in index order, and returns when all have run. A task must not throw: it records its own
// failure for the caller to report in order.
void run_in_parallel(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& task);

} // namespace recon
