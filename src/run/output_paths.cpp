#include "recon/run/output_paths.hpp"

#include <cerrno>
#include <filesystem>
#include <system_error>

#include <sys/stat.h>

#include "recon/base/input_error.hpp"
#include "run/file_kind.hpp"

namespace recon {
namespace {

namespace fs = std::filesystem;

// Where a path leads: the file itself when it exists, else the place it would be created.
struct FileIdentity {
  bool exists = false;
  mode_t mode = 0;
  dev_t device = 0;
  ino_t inode = 0;
  fs::path would_be; // for a file not yet there: its folder, resolved, and its name

  [[nodiscard]] bool same_file(const FileIdentity& other) const {
    if (exists != other.exists) return false;
    return exists ? device == other.device && inode == other.inode : would_be == other.would_be;
  }
};

fs::path folder_of(const std::string& path) {
  const fs::path folder = fs::path(path).parent_path();
  return folder.empty() ? fs::path(".") : folder;
}

// Errors other than a missing file (no permission to look, say) leave the path to be compared as
// spelt; writing it will then say what is wrong, still before the book commits.
FileIdentity identity_of(const std::string& path) {
  FileIdentity identity;
  struct stat status {};
  if (::stat(path.c_str(), &status) == 0) {
    identity.exists = true;
    identity.mode = status.st_mode;
    identity.device = status.st_dev;
    identity.inode = status.st_ino;
    return identity;
  }
  std::error_code error;
  const fs::path folder = fs::canonical(folder_of(path), error);
  identity.would_be = error ? fs::absolute(path, error).lexically_normal() : folder / fs::path(path).filename();
  return identity;
}

FileIdentity output_identity(const OutputPath& output) {
  FileIdentity identity = identity_of(output.path);
  if (!identity.exists) {
    const fs::path folder = folder_of(output.path);
    std::error_code error;
    if (!fs::exists(folder, error)) {
      throw InputError(output.path, 0, "the folder " + folder.string() + " does not exist, so " + output.what + " cannot be written there")
          .with_hint("Create it first (mkdir -p " + folder.string() + "), or give " + output.option + " a file in a folder that exists.");
    }
    if (!fs::is_directory(folder, error)) {
      throw InputError(output.path, 0, folder.string() + " is not a folder, so " + output.what + " cannot be written there")
          .with_hint("Give " + output.option + " a file in a folder that exists.");
    }
    return identity;
  }
  if (S_ISDIR(identity.mode)) {
    throw InputError(output.path, 0, output.option + " names a directory, not a file")
        .with_hint("Name a file inside it for " + output.what + ".");
  }
  if (const auto kind = special_file_kind(identity.mode)) {
    throw InputError(output.path, 0, output.option + " names " + std::string(*kind) + "; recon writes " + output.what +
                                         " to a new file and renames it into place, which would replace it")
        .with_hint("Name a regular file for " + output.what + ".");
  }
  return identity;
}

[[noreturn]] void refuse_overwrite(const OutputPath& output, const std::string& names, const std::string& hint) {
  throw InputError(output.path, 0, output.option + " names " + names + "; writing " + output.what + " there would destroy it")
      .with_hint(hint);
}

} // namespace

void check_output_paths(const std::vector<OutputPath>& outputs, const ProtectedPaths& protect) {
  std::vector<FileIdentity> checked;
  for (const auto& output : outputs) {
    const FileIdentity identity = output_identity(output);
    if (protect.book && identity.same_file(identity_of(*protect.book))) {
      refuse_overwrite(output, "the book (" + *protect.book + ")",
                       "Give " + output.option + " another file name; the book is where recon keeps every settlement.");
    }
    for (const auto& input : protect.inputs) {
      if (identity.same_file(identity_of(input))) {
        refuse_overwrite(output, "an input (" + input + ")", "Give " + output.option + " a new file name, not one of the files recon reads.");
      }
    }
    for (std::size_t earlier = 0; earlier < checked.size(); ++earlier) {
      if (identity.same_file(checked[earlier])) {
        throw InputError(output.path, 0,
                         output.option + " names the same file as " + outputs[earlier].option + "; one would overwrite the other")
            .with_hint("Give each output its own file.");
      }
    }
    checked.push_back(identity);
  }
}

} // namespace recon
