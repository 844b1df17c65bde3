#pragma once
// The files a run will write, checked before it reads anything or opens the book. A journal or an
// exceptions export is written beside its target and renamed over it, so an output that names the
// book, an input or another output would replace that file whole: each is refused, as is an output
// that names a directory, a pipe or a device, or a file in a folder that does not exist.
//
// Two paths are the same file when they lead to the same device and inode, so a symlink or a
// `./` spelling is caught; a file not yet there is known by its folder's resolved absolute path
// and its name, which is where it would be created.

#include <optional>
#include <string>
#include <vector>

namespace recon {

struct OutputPath {
  std::string path;
  std::string option; // as the user gave it: "--journal"
  std::string what;   // what is written there: "the journal"
};

// The files the run reads (or opens) and must not overwrite.
struct ProtectedPaths {
  std::optional<std::string> book;
  std::vector<std::string> inputs;
};

// Throws InputError naming the first output that cannot be written safely.
void check_output_paths(const std::vector<OutputPath>& outputs, const ProtectedPaths& protect);

} // namespace recon
