#include "io/fatal_exit_cleanup.hpp"

#include <unistd.h>

#include <array>
#include <atomic>
#include <cstring>

namespace recon {
namespace {

// A fixed table of atomics, because a signal handler may neither lock nor allocate.
std::array<std::atomic<const char*>, 8> registered_files{};

} // namespace

void remove_on_fatal_exit(const char* path) noexcept {
  for (auto& slot : registered_files) {
    const char* free = nullptr;
    if (slot.compare_exchange_strong(free, path)) return;
  }
}

void stop_removing_on_fatal_exit(const char* path) noexcept {
  for (auto& slot : registered_files) {
    const char* registered = path;
    if (slot.compare_exchange_strong(registered, nullptr)) return;
  }
}

void remove_registered_files() noexcept {
  for (const auto& slot : registered_files) {
    const char* path = slot.load();
    if (path == nullptr) continue;
    ::unlink(path);
    std::array<char, 4096> companion{};
    const std::size_t length = std::strlen(path);
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
      if (length + std::strlen(suffix) >= companion.size()) break;
      std::memcpy(companion.data(), path, length);
      std::memcpy(companion.data() + length, suffix, std::strlen(suffix) + 1);
      ::unlink(companion.data());
    }
  }
}

} // namespace recon
