#pragma once
// A file with given bytes in a fresh temporary directory, removed when the test ends.

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include <unistd.h>

namespace recon::test {

class TempFile {
public:
  explicit TempFile(std::string_view bytes, std::string_view name = "report.txt") {
    std::string pattern = (std::filesystem::temp_directory_path() / "recon-test-XXXXXX").string();
    directory_ = ::mkdtemp(pattern.data());
    path_ = (directory_ / name).string();
    std::ofstream(path_, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  }
  ~TempFile() { std::filesystem::remove_all(directory_); }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;

  [[nodiscard]] const std::string& path() const { return path_; }
  [[nodiscard]] std::string directory() const { return directory_.string(); }

private:
  std::filesystem::path directory_;
  std::string path_;
};

} // namespace recon::test
