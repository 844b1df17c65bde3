#pragma once
// Writes a file so that it either appears whole or not at all: the text goes to a temporary file in
// the same directory, is flushed to disk, and is then renamed over the target. A crash, a full disk
// or an error part-way leaves no half-written journal behind.

#include <string>
#include <string_view>

namespace recon {

// Throws InputError naming `path` when it cannot be written.
void write_file_atomically(const std::string& path, std::string_view content);

} // namespace recon
