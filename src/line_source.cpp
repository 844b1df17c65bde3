#include "recon/line_source.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "recon/input_error.hpp"
#include "recon/text_encoding.hpp"

namespace recon {
namespace {

// Reads of 256 KiB: few enough system calls to stay near disk speed, and small enough that a block
// is still in the core's cache (1 MiB of L2 here) when its lines are parsed: 1 MiB blocks made
// reading a large report 10% slower.
constexpr std::size_t block_size = std::size_t{256} << 10U;
// No real row comes near this; a file with lost line endings would otherwise be read whole.
constexpr std::size_t max_line_length = std::size_t{16} << 20U;
constexpr std::uint64_t no_nul = UINT64_MAX;

int open_for_reading(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    const int error_number = errno;
    InputError error(path, 0, std::string("cannot open the file: ") + std::strerror(error_number));
    if (error_number != ENOENT) throw error; // NOLINT(misc-throw-by-value-catch-by-reference): built just above
    throw std::move(error).with_hint("Check the path; recon reads the files named on its command line.");
  }
  struct stat status {};
  if (::fstat(fd, &status) == 0 && S_ISDIR(status.st_mode)) {
    ::close(fd);
    throw InputError(path, 0, "this is a directory, not a file")
        .with_hint("Name the report files themselves, for example " + path + "/*.txt");
  }
  return fd;
}

std::uint64_t size_of(int fd) {
  struct stat status {};
  return ::fstat(fd, &status) == 0 && status.st_size > 0 ? static_cast<std::uint64_t>(status.st_size) : 0;
}

} // namespace

LineSource::LineSource(std::string path, ByteRange range, BlockObserver observer)
    : path_(std::move(path)), observer_(std::move(observer)), fd_(open_for_reading(path_)), range_(range),
      file_size_(size_of(fd_)) {
  buffer_.resize(block_size);
  if (range_.begin == 0) {
    fill();
    const std::string_view first(buffer_.data(), std::min<std::size_t>(filled_, 4));
    if (const auto wide = detect_wide_encoding(first)) {
      throw InputError(path_, 0, "the file is " + std::string(*wide) + " text; recon reads UTF-8 or Windows-1252")
          .with_hint("Excel's \"Unicode Text\" save writes UTF-16. Use the file as downloaded, or save it as "
                     "\"Text (Tab delimited)\" or \"CSV UTF-8\".");
    }
    if (first.starts_with("\xEF\xBB\xBF")) { // the byte-order mark is not text: look past it for the first non-ASCII byte
      start_ = 3;
      const std::string_view after(buffer_.data() + 3, filled_ - 3);
      const std::size_t at = first_non_ascii(after);
      first_non_ascii_ = at < after.size() ? 3 + at : no_nul;
    }
  } else {
    // Start one byte early: a newline there means the range begins with a whole line.
    file_offset_ = range_.begin - 1;
    fill();
    skip_partial_first_line();
  }
}

LineSource::~LineSource() { ::close(fd_); }

// Moves the unread bytes to the front and reads a block after them; false at the end of the file.
bool LineSource::fill() {
  if (at_end_) return false;
  if (start_ > 0) {
    std::memmove(buffer_.data(), buffer_.data() + start_, filled_ - start_);
    filled_ -= start_;
    start_ = 0;
  }
  if (buffer_.size() - filled_ < block_size) buffer_.resize(filled_ + block_size);
  std::size_t got_total = 0;
  while (got_total < block_size) {
    const ssize_t got = ::pread(fd_, buffer_.data() + filled_ + got_total, block_size - got_total,
                                static_cast<off_t>(file_offset_ + got_total));
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) throw InputError(path_, 0, std::string("cannot read the file: ") + std::strerror(errno));
    if (got == 0) {
      at_end_ = true;
      break;
    }
    got_total += static_cast<std::size_t>(got);
  }
  // NUL bytes and text that is not ASCII are looked for once per block, where it is fastest; only
  // the lines that hold one need a closer look.
  const std::string_view fresh(buffer_.data() + filled_, got_total);
  if (observer_ && got_total > 0) observer_(file_offset_, fresh);
  if (next_nul_ == no_nul) {
    if (const void* nul = std::memchr(fresh.data(), 0, fresh.size())) {
      next_nul_ = file_offset_ + static_cast<std::uint64_t>(static_cast<const char*>(nul) - fresh.data());
    }
  }
  if (first_non_ascii_ == no_nul && got_total > 0) {
    if (const std::size_t at = first_non_ascii(fresh); at < fresh.size()) first_non_ascii_ = file_offset_ + at;
  }
  filled_ += got_total;
  file_offset_ += got_total;
  return got_total > 0;
}

void LineSource::skip_partial_first_line() {
  while (true) {
    const auto* newline = static_cast<const char*>(std::memchr(buffer_.data() + start_, '\n', filled_ - start_));
    if (newline != nullptr) {
      start_ = static_cast<std::size_t>(newline - buffer_.data()) + 1;
      return;
    }
    start_ = filled_; // the whole buffer belongs to a line that started before the range
    if (!fill()) {
      range_done_ = true;
      return;
    }
  }
}

std::optional<TextLine> LineSource::next() {
  if (range_done_) return std::nullopt;
  const char* newline = nullptr;
  std::size_t searched = start_;
  while ((newline = static_cast<const char*>(std::memchr(buffer_.data() + searched, '\n', filled_ - searched))) == nullptr) {
    if (filled_ - start_ > max_line_length) {
      throw InputError(path_, line_number_ + 1, "the line is longer than 16 MiB, far beyond any real row")
          .with_hint("The file is probably not a report, or its line endings were lost; check it in a text editor.");
    }
    const std::size_t unread = filled_ - start_;
    if (!fill()) break;
    searched = unread; // fill() moved the unread bytes to the front
  }
  const std::size_t end = newline != nullptr ? static_cast<std::size_t>(newline - buffer_.data()) : filled_;
  const std::uint64_t line_offset = file_offset_ - (filled_ - start_);
  if ((newline == nullptr && start_ == filled_) || line_offset >= range_.end) {
    range_done_ = true; // the end of the file (a final newline ends the last line), or of the range
    return std::nullopt;
  }

  std::string_view text(buffer_.data() + start_, end - start_);
  start_ = newline != nullptr ? end + 1 : end;
  ++line_number_;
  if (next_nul_ >= line_offset && next_nul_ < line_offset + text.size()) {
    throw InputError(path_, line_number_, "the file contains a NUL (zero) byte")
        .with_hint("A text report never contains one: the file is damaged, truncated by a failed download, "
                   "or not a text file. Download it again.");
  }
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  const bool maybe_not_ascii = first_non_ascii_ < line_offset + text.size();
  if (maybe_not_ascii && !is_ascii(text) && !is_valid_utf8(text)) {
    transcoded_.clear();
    append_windows1252_as_utf8(text, transcoded_);
    text = transcoded_;
    saw_windows1252_ = true;
  }
  return TextLine{line_number_, text};
}

} // namespace recon
