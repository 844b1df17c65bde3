#pragma once
// The lines of a text file, or of a byte range of one, read in large blocks with every sharp edge
// filed off:
//   - a missing final newline is supplied;
//   - a NUL byte, which would silently cut a line short, is an input error naming its line;
//   - UTF-16 and UTF-32 files (Excel's "Unicode Text") are refused, naming the encoding;
//   - a line over 16 MiB is an input error, not a memory blow-up;
//   - CRLF endings and a UTF-8 byte-order mark are removed;
//   - a line that is not valid UTF-8 is read as Windows-1252 and handed out as UTF-8.
// Lines are views into one reused buffer: reading a file costs no allocation per line, and memory
// stays at a block plus the longest line whatever the file's size.
// Every failure surfaces as recon::InputError naming the file and, where there is one, the line.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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

// Told of every block as it is read from the file, before any line in it is handed out: its
// offset in the file and its bytes, as they are in the file.
using BlockObserver = std::function<void(std::uint64_t offset, std::string_view bytes)>;

class LineSource {
public:
  // Opens the file; throws InputError if it is missing, unreadable, a directory, or wide text.
  explicit LineSource(std::string path, ByteRange range = {}, BlockObserver observer = {});
  ~LineSource();
  LineSource(const LineSource&) = delete;
  LineSource& operator=(const LineSource&) = delete;

  // The next line, or nullopt at the end of the range.
  [[nodiscard]] std::optional<TextLine> next();

  [[nodiscard]] const std::string& path() const noexcept { return path_; }
  // True once any line has been read as Windows-1252.
  [[nodiscard]] bool saw_windows1252() const noexcept { return saw_windows1252_; }
  // Where the next line starts in the file (for progress: the lines handed out so far end here).
  [[nodiscard]] std::uint64_t position() const noexcept { return file_offset_ - (filled_ - start_); }
  // The file's size when it was opened.
  [[nodiscard]] std::uint64_t file_size() const noexcept { return file_size_; }

private:
  bool fill();
  void skip_partial_first_line();

  std::string path_;
  BlockObserver observer_;
  int fd_ = -1;
  ByteRange range_;
  std::uint64_t file_size_ = 0;
  std::uint64_t file_offset_ = 0; // of the byte after the buffer's last
  std::vector<char> buffer_;
  std::size_t start_ = 0; // next unread byte in buffer_
  std::size_t filled_ = 0;
  bool at_end_ = false;
  bool range_done_ = false;
  std::uint64_t next_nul_ = UINT64_MAX;       // file offset of the first NUL byte read, if any
  std::uint64_t first_non_ascii_ = UINT64_MAX; // and of the first byte that is not ASCII
  std::uint64_t line_number_ = 0;
  std::string transcoded_;
  bool saw_windows1252_ = false;
};

} // namespace recon
