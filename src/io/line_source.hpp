#pragma once
// The lines of a text file, or of a byte range of one, read in large blocks with every sharp edge
// filed off:
//   - a missing final newline is supplied;
//   - a NUL byte, which would silently cut a line short, is an input error naming its line;
//   - UTF-16 and UTF-32 files (Excel's "Unicode Text") are refused, naming the encoding;
//   - a line over 16 MiB is an input error, not a memory blow-up;
//   - CRLF endings and a UTF-8 byte-order mark are removed;
//   - a line that is not valid UTF-8 is read as Windows-1252 (or ISO-8859-2, when told) and handed
//     out as UTF-8.
// Lines are views into a window of the file, mapped from the page cache where the file allows it:
// reading a file costs no copy and no allocation per line, and memory stays at a window (4 MiB,
// or the longest line) whatever the file's size.
// Every failure surfaces as recon::InputError naming the file and, where there is one, the line.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "recon/base/text_encoding.hpp"

namespace recon {

struct TextLine {
  std::uint64_t number;  // 1-based, counted from the start of the range read
  std::string_view text; // valid until the next call to next()
};

// Part of a file: the lines that start at a byte offset in [begin, end). A line that starts inside
// the range is read to its end even past `end`, so that ranges split anywhere still hand out every
// line of the file exactly once.
struct ByteRange {
  std::uint64_t begin = 0;
  std::uint64_t end = UINT64_MAX;
};

class FileWindow;
struct FileBytes; // io/observed_line_source.hpp

class LineSource {
public:
  // Opens the file; throws InputError if it is missing, unreadable, a directory, or wide text.
  explicit LineSource(std::string path, ByteRange range = {});
  ~LineSource();
  LineSource(const LineSource&) = delete;
  LineSource& operator=(const LineSource&) = delete;

  // The next line, or nullopt at the end of the range.
  [[nodiscard]] std::optional<TextLine> next();

  [[nodiscard]] const std::string& path() const noexcept { return path_; }
  // The encoding of lines that are not UTF-8, from the next line on: Windows-1252 unless told.
  void read_single_byte_as(ByteEncoding encoding) noexcept { encoding_ = encoding; }
  // True once any line has been read as Windows-1252.
  [[nodiscard]] bool saw_windows1252() const noexcept { return saw_single_byte_ && encoding_ == ByteEncoding::windows1252; }
  // True once any line has been read in the single-byte encoding, and once any of those lines held
  // a byte that reads as another character in the other one (so that the choice mattered).
  [[nodiscard]] bool saw_single_byte() const noexcept { return saw_single_byte_; }
  [[nodiscard]] bool saw_encoding_dependent_text() const noexcept { return saw_encoding_dependent_; }
  // Where the next line starts in the file (for progress: the lines handed out so far end here).
  [[nodiscard]] std::uint64_t position() const noexcept { return window_offset_ + start_; }
  // The file's size when it was opened.
  [[nodiscard]] std::uint64_t file_size() const noexcept { return file_size_; }

protected:
  // For ObservedLineSource, which the settlement reader hashes the file through: `observer` is told
  // of every run of bytes taken from the file.
  LineSource(std::string path, ByteRange range, std::function<void(const FileBytes&)> observer);

private:
  void take_window(std::uint64_t offset, std::size_t length);
  bool extend();
  void check_through(std::uint64_t end);
  void skip_partial_first_line();

  std::string path_;
  std::function<void(const FileBytes&)> observer_;
  int fd_ = -1;
  bool mappable_ = false;
  ByteRange range_;
  std::uint64_t file_size_ = 0;
  std::shared_ptr<const FileWindow> window_;
  std::string_view bytes_;            // the window's bytes
  std::uint64_t window_offset_ = 0;   // of bytes_[0] in the file
  std::size_t start_ = 0;             // next unread byte in bytes_
  bool at_end_ = false;               // bytes_ reach the end of the file
  bool range_done_ = false;
  std::uint64_t checked_to_ = 0;               // bytes before this offset were looked at for NUL and non-ASCII
  std::uint64_t next_nul_ = UINT64_MAX;        // file offset of the first NUL byte looked at, if any
  std::uint64_t first_non_ascii_ = UINT64_MAX; // and of the first byte that is not ASCII
  std::uint64_t line_number_ = 0;
  std::string transcoded_;
  ByteEncoding encoding_ = ByteEncoding::windows1252;
  bool saw_single_byte_ = false;
  bool saw_encoding_dependent_ = false;
};

} // namespace recon
