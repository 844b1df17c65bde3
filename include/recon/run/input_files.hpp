#pragma once
// The files a run reads must be regular files, and this is checked with stat() before the run
// opens one or takes the book's lock: opening a named pipe waits for a writer that may never come,
// and a run stuck there would hold the book locked against every other recon.

#include <string>
#include <vector>

namespace recon {

// Throws InputError naming the first path that is missing, or is a directory, a named pipe, a
// device or a socket.
void require_regular_files(const std::vector<std::string>& paths);

} // namespace recon
