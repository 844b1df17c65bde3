#pragma once
// Files to remove should the process be stopped by a fatal signal it handles (see file_window.cpp),
// where the stack is not unwound and no destructor runs. A module that creates a file it would
// remove on an ordinary error (a new book before its first commit) registers it here, and
// unregisters it once the file is kept or removed. Knows nothing of which signal, or why.

namespace recon {

// `path` must stay valid until it is unregistered. SQLite's companions (-wal, -shm, -journal) go
// with it. At most eight files are registered at once; more are not removed.
void remove_on_fatal_exit(const char* path) noexcept;
void stop_removing_on_fatal_exit(const char* path) noexcept;

// Removes every registered file. Async-signal-safe: for a signal handler about to _exit.
void remove_registered_files() noexcept;

} // namespace recon
