#include "recon/io/background.hpp"

#include <pthread.h>
#include <sched.h>

namespace recon {

void run_this_thread_when_idle() noexcept {
#if defined(SCHED_IDLE)
  sched_param no_priority{};
  (void)pthread_setschedparam(pthread_self(), SCHED_IDLE, &no_priority); // best effort: a hint, not a need
#endif
}

} // namespace recon
