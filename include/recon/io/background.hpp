#pragma once
// Work that can start early but must not slow the work everyone waits on: recon settle reads the
// bank exports while the reports are read, on a thread the system runs only when a core would
// otherwise be idle.

#include <future>
#include <type_traits>
#include <utility>

namespace recon {

// Asks the system to run the calling thread only when a core would otherwise be idle (Linux's
// SCHED_IDLE). Without that policy, or permission for it, the thread runs as before.
void run_this_thread_when_idle() noexcept;

// Runs `work` on a thread of its own at that priority; the future gives its result or exception.
// Like std::async's, the future waits for the work when it is destroyed.
template <typename Work>
[[nodiscard]] std::future<std::invoke_result_t<Work&>> run_in_background(Work work) {
  return std::async(std::launch::async, [work = std::move(work)]() mutable {
    run_this_thread_when_idle();
    return work();
  });
}

} // namespace recon
