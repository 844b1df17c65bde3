#pragma once
// A file written through a large buffer: the generator produces hundreds of megabytes a line at
// a time, and a write per line would dominate its run time.

#include <cstdio>
#include <stdexcept>
#include <string>

namespace recon_gen {

class OutputFile {
public:
  explicit OutputFile(const std::string& path) : path_(path), file_(std::fopen(path.c_str(), "wb")) {
    if (file_ == nullptr) throw std::runtime_error("cannot write " + path);
    buffer_.reserve(flush_at + 64 * 1024);
  }
  ~OutputFile() {
    if (file_ != nullptr) std::fclose(file_);
  }
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  // The text to append to; call line_done() after each line.
  std::string& text() noexcept { return buffer_; }
  void line_done() {
    if (buffer_.size() >= flush_at) flush();
  }

  void close() {
    flush();
    const bool failed = std::fclose(file_) != 0;
    file_ = nullptr;
    if (failed) throw std::runtime_error("cannot write " + path_);
  }

private:
  static constexpr std::size_t flush_at = 1U << 20U;

  void flush() {
    if (!buffer_.empty() && std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size()) {
      throw std::runtime_error("cannot write " + path_);
    }
    buffer_.clear();
  }

  std::string path_;
  std::FILE* file_;
  std::string buffer_;
};

} // namespace recon_gen
