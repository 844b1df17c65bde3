#pragma once
// The lines of a text file, read in large blocks by fast-cpp-csv-parser's LineReader (a reader
// thread fills the next block while this one is parsed), with its sharp edges filed off:
//   - a missing final newline, which some versions mishandle, is supplied;
//   - a NUL byte, which would silently cut a line short, is an input error naming its line;
//   - UTF-16 and UTF-32 files (Excel's "Unicode Text") are refused, naming the encoding;
//   - a line over the reader's 16 MiB limit is an input error, not a crash;
//   - CRLF endings and a UTF-8 byte-order mark are removed;
//   - a line that is not valid UTF-8 is read as Windows-1252 and handed out as UTF-8;
//   - the file's SHA-256 is computed on the way, without a second read.
// Every failure surfaces as recon::InputError naming the file and, where there is one, the line.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "recon/sha256.hpp"

namespace io {
class LineReader;
}

namespace recon {

struct TextLine {
  std::uint64_t number;  // 1-based
  std::string_view text; // valid until the next call to next()
};

class LineSource {
public:
  // Opens the file; throws InputError if it is missing, unreadable, a directory, or wide text.
  explicit LineSource(std::string path);
  ~LineSource();
  LineSource(const LineSource&) = delete;
  LineSource& operator=(const LineSource&) = delete;

  // The next line, or nullopt at the end of the file.
  [[nodiscard]] std::optional<TextLine> next();

  [[nodiscard]] const std::string& path() const noexcept { return path_; }
  // True once any line has been read as Windows-1252.
  [[nodiscard]] bool saw_windows1252() const noexcept { return saw_windows1252_; }
  // SHA-256 of the file's bytes, in hex, once next() has returned nullopt; empty before.
  [[nodiscard]] const std::string& sha256() const noexcept { return sha256_; }

private:
  [[noreturn]] void rethrow_as_input_error(std::exception_ptr failure) const;

  std::string path_;
  Sha256 digest_;
  std::string sha256_;
  std::unique_ptr<io::LineReader> reader_;
  std::uint64_t line_number_ = 0;
  std::string transcoded_;
  bool saw_windows1252_ = false;
};

} // namespace recon
