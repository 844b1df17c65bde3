#include "io/file_window.hpp"

#include <signal.h> // NOLINT(modernize-deprecated-headers): sigaction and siginfo_t are POSIX, not in <csignal>
#include <sys/mman.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <mutex>

#include "io/fatal_exit_cleanup.hpp"
#include "recon/base/input_error.hpp"

namespace recon {
namespace {

// The mapped windows alive now, for the SIGBUS handler to name the file whose bytes vanished. A
// fixed table of atomics, because a signal handler may neither lock nor allocate. A report read in
// parts holds about three windows a thread (the one being parsed, and those waiting for the hash),
// so the table serves some eighty threads. A window that finds no free slot is still read, but a
// fault in it ends recon with the plain signal.
struct LiveWindow {
  std::atomic<std::uintptr_t> begin{0};
  std::atomic<std::uintptr_t> end{0};
  std::atomic<const char*> path{nullptr};
};
std::array<LiveWindow, 256> live_windows;
struct sigaction previous_sigbus_action {};

void write_to_stderr(const char* text) noexcept {
  std::size_t left = std::strlen(text);
  while (left > 0) {
    const ssize_t written = ::write(STDERR_FILENO, text, left);
    if (written <= 0) return;
    text += written;
    left -= static_cast<std::size_t>(written);
  }
}

// Async-signal-safe: reads atomics, writes with write(2), removes with unlink(2), leaves with _exit(2).
void on_sigbus(int signal_number, siginfo_t* info, void* context) {
  const auto address = reinterpret_cast<std::uintptr_t>(info->si_addr);
  for (const LiveWindow& window : live_windows) {
    const char* path = window.path.load();
    if (path != nullptr && window.begin.load() <= address && address < window.end.load()) {
      write_to_stderr("recon: error: ");
      write_to_stderr(path);
      write_to_stderr(": the file was cut short while recon read it, or could not be read\n"
                      "hint: Something truncated or rewrote the file (a download, a sync, an editor), or the disk or "
                      "network share holding it failed. Run recon again once the file is complete; nothing was "
                      "written.\n");
      remove_registered_files();
      ::_exit(2);
    }
  }
  // Not a window's bytes: whatever would have happened without recon's handler happens now.
  if ((previous_sigbus_action.sa_flags & SA_SIGINFO) != 0 && previous_sigbus_action.sa_sigaction != nullptr) {
    previous_sigbus_action.sa_sigaction(signal_number, info, context);
    return;
  }
  ::sigaction(SIGBUS, &previous_sigbus_action, nullptr); // the faulting access runs again and gets it
}

void catch_sigbus_once() {
  static std::once_flag installed;
  std::call_once(installed, [] {
    struct sigaction action {};
    action.sa_sigaction = on_sigbus;
    action.sa_flags = SA_SIGINFO;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGBUS, &action, &previous_sigbus_action);
  });
}

void register_window(const void* begin, std::size_t length, const char* path) noexcept {
  for (LiveWindow& window : live_windows) {
    const char* free = nullptr;
    if (window.path.compare_exchange_strong(free, path)) {
      const auto first = reinterpret_cast<std::uintptr_t>(begin);
      window.begin.store(first);
      window.end.store(first + length);
      return;
    }
  }
}

void unregister_window(const void* begin) noexcept {
  const auto first = reinterpret_cast<std::uintptr_t>(begin);
  for (LiveWindow& window : live_windows) {
    if (window.path.load() != nullptr && window.begin.load() == first) {
      window.end.store(0);
      window.begin.store(0);
      window.path.store(nullptr);
      return;
    }
  }
}

std::uint64_t page_size() {
  static const auto size = static_cast<std::uint64_t>(::sysconf(_SC_PAGESIZE));
  return size;
}

} // namespace

FileWindow::FileWindow(int fd, std::string path, std::uint64_t offset, std::size_t length, bool mappable)
    : path_(std::move(path)) {
  if (length == 0) return;
  if (!mappable || !map(fd, offset, length)) read(fd, offset, length);
}

FileWindow::~FileWindow() {
  if (mapping_ == nullptr) return;
  unregister_window(mapping_);
  ::munmap(mapping_, mapping_length_);
}

// Maps the pages holding the bytes; false if the system will not map this file.
bool FileWindow::map(int fd, std::uint64_t offset, std::size_t length) {
  catch_sigbus_once();
  const std::uint64_t page_start = offset - offset % page_size();
  const auto lead = static_cast<std::size_t>(offset - page_start);
  void* mapping = ::mmap(nullptr, lead + length, PROT_READ, MAP_PRIVATE, fd, static_cast<off_t>(page_start));
  if (mapping == MAP_FAILED) return false;
  mapping_ = mapping;
  mapping_length_ = lead + length;
  register_window(mapping_, mapping_length_, path_.c_str());
  bytes_ = std::string_view(static_cast<const char*>(mapping) + lead, length);
  return true;
}

void FileWindow::read(int fd, std::uint64_t offset, std::size_t length) {
  buffer_.resize(length);
  std::size_t got_total = 0;
  while (got_total < length) {
    const ssize_t got = ::pread(fd, buffer_.data() + got_total, length - got_total, static_cast<off_t>(offset + got_total));
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) throw InputError(path_, 0, std::string("cannot read the file: ") + std::strerror(errno));
    if (got == 0) break;
    got_total += static_cast<std::size_t>(got);
  }
  bytes_ = std::string_view(buffer_.data(), got_total);
}

} // namespace recon
