#include "generated_report.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>

#include <stdlib.h> // mkdtemp: POSIX, not in <cstdlib>

namespace recon_bench {
namespace {

// One argument for /bin/sh, whatever characters the path holds.
std::string shell_quoted(const std::string& text) {
  std::string quoted = "'";
  for (const char c : text) {
    if (c == '\'') {
      quoted += "'\\''";
    } else {
      quoted += c;
    }
  }
  return quoted + "'";
}

class GeneratedReport {
public:
  GeneratedReport() {
    // mkdtemp, not a name of our own: two runs at once must not share or delete each other's folder.
    std::string folder = (std::filesystem::temp_directory_path() / "recon-bench-XXXXXX").string();
    if (mkdtemp(folder.data()) == nullptr) fail("cannot create a temporary folder");
    folder_ = folder;
    const std::string command = shell_quoted(RECON_GEN) + " --lines " + std::to_string(generated_lines) +
                                " -o " + shell_quoted(folder_.string()) + " > /dev/null";
    if (std::system(command.c_str()) != 0) fail("recon-gen failed: " + command);
    path_ = (folder_ / "settlement-001.txt").string();
    if (!std::filesystem::is_regular_file(path_)) fail("recon-gen wrote no " + path_);
  }
  ~GeneratedReport() { remove_folder(); }
  GeneratedReport(const GeneratedReport&) = delete;
  GeneratedReport& operator=(const GeneratedReport&) = delete;

  [[nodiscard]] const std::string& path() const noexcept { return path_; }

private:
  void remove_folder() noexcept {
    if (folder_.empty()) return;
    std::error_code ignored;
    std::filesystem::remove_all(folder_, ignored);
  }

  // The destructor will not run for an object whose constructor never finished, so clean up here.
  [[noreturn]] void fail(const std::string& why) noexcept {
    std::fprintf(stderr, "recon_benchmarks: %s\n", why.c_str());
    remove_folder();
    std::exit(EXIT_FAILURE);
  }

  std::filesystem::path folder_;
  std::string path_;
};

} // namespace

const std::string& generated_report() {
  static const GeneratedReport report;
  return report.path();
}

} // namespace recon_bench
