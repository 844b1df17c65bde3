#include "io/line_source.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "io/file_window.hpp"
#include "io/observed_line_source.hpp"
#include "recon/base/input_error.hpp"
#include "recon/base/text_encoding.hpp"

namespace recon {
namespace {

// Windows of 4 MiB: few enough mappings that setting them up costs nothing measurable, small enough
// that memory stays flat however large the file.
constexpr std::size_t window_size = std::size_t{4} << 20U;
// A range's first window reaches this far past the range's end, for the line that starts inside it
// and ends beyond: no real row is longer, so the range is read from one window.
constexpr std::size_t spill = std::size_t{64} << 10U;
// NUL bytes and non-ASCII text are looked for a block at a time just ahead of the lines handed
// out, where it is fastest, and small enough that the block is still in the core's cache (1 MiB of
// L2 here) when its lines are parsed.
constexpr std::size_t check_block = std::size_t{256} << 10U;
// No real row comes near this; a file with lost line endings would otherwise be read whole.
constexpr std::size_t max_line_length = std::size_t{16} << 20U;
constexpr std::uint64_t no_nul = UINT64_MAX;

int open_for_reading(const std::string& path, struct stat& status) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    const int error_number = errno;
    InputError error(path, 0, std::string("cannot open the file: ") + std::strerror(error_number));
    if (error_number != ENOENT) throw error; // NOLINT(misc-throw-by-value-catch-by-reference): built just above
    throw std::move(error).with_hint("Check the path; recon reads the files named on its command line.");
  }
  if (::fstat(fd, &status) != 0) status = {};
  if (S_ISDIR(status.st_mode)) {
    ::close(fd);
    throw InputError(path, 0, "this is a directory, not a file")
        .with_hint("Name the report files themselves, for example " + path + "/*.txt");
  }
  return fd;
}

} // namespace

LineSource::LineSource(std::string path, ByteRange range) : LineSource(std::move(path), range, {}) {}

LineSource::LineSource(std::string path, ByteRange range, std::function<void(const FileBytes&)> observer)
    : path_(std::move(path)), observer_(std::move(observer)), range_(range) {
  struct stat status {};
  fd_ = open_for_reading(path_, status);
  // A file the system reports no size for (a device, or one like those in /proc) is read to its end.
  mappable_ = S_ISREG(status.st_mode) && status.st_size > 0;
  file_size_ = status.st_size > 0 ? static_cast<std::uint64_t>(status.st_size) : 0;

  // A range after the first starts one byte early: a newline there means it begins with a whole line.
  const std::uint64_t from = range_.begin == 0 ? 0 : range_.begin - 1;
  const std::uint64_t wanted = range_.end == UINT64_MAX ? window_size : std::min<std::uint64_t>(range_.end - from, window_size) + spill;
  take_window(from, static_cast<std::size_t>(wanted));
  if (range_.begin > 0) {
    skip_partial_first_line();
    return;
  }
  const std::string_view first = bytes_.substr(0, 4);
  if (const auto wide = detect_wide_encoding(first)) {
    throw InputError(path_, 0, "the file is " + std::string(*wide) + " text; recon reads UTF-8 or Windows-1252")
        .with_hint("Excel's \"Unicode Text\" save writes UTF-16. Use the file as downloaded, or save it as "
                   "\"Text (Tab delimited)\" or \"CSV UTF-8\".");
  }
  if (first.starts_with("\xEF\xBB\xBF")) start_ = 3; // the byte-order mark is not text
  checked_to_ = start_;
}

LineSource::~LineSource() { ::close(fd_); }

// Makes the file's bytes from `offset` (up to `length` of them) the window lines are cut from, and
// tells the observer of those it had not seen.
void LineSource::take_window(std::uint64_t offset, std::size_t length) {
  if (mappable_) length = static_cast<std::size_t>(std::min<std::uint64_t>(length, file_size_ - std::min(offset, file_size_)));
  auto window = std::make_shared<const FileWindow>(fd_, path_, offset, length, mappable_);
  const std::uint64_t seen_to = window_ ? window_offset_ + bytes_.size() : offset;
  bytes_ = window->bytes();
  window_offset_ = offset;
  start_ = 0;
  at_end_ = mappable_ ? offset + bytes_.size() >= file_size_ : bytes_.size() < length;
  if (observer_ && offset + bytes_.size() > seen_to) {
    const auto fresh = static_cast<std::size_t>(seen_to - offset);
    observer_(FileBytes{seen_to, bytes_.substr(fresh), window});
  }
  window_ = std::move(window);
}

// A new window starting at the unread bytes and reaching further; false at the end of the file.
bool LineSource::extend() {
  if (at_end_) return false;
  const std::size_t unread = bytes_.size() - start_;
  take_window(window_offset_ + start_, std::max(window_size, 2 * unread));
  return bytes_.size() > unread;
}

// Looks for NUL and non-ASCII bytes up to `end`, which must lie in the window.
void LineSource::check_through(std::uint64_t end) {
  while (checked_to_ < end) {
    const std::string_view block = bytes_.substr(static_cast<std::size_t>(checked_to_ - window_offset_), check_block);
    if (next_nul_ == no_nul) {
      if (const void* nul = std::memchr(block.data(), 0, block.size())) {
        next_nul_ = checked_to_ + static_cast<std::uint64_t>(static_cast<const char*>(nul) - block.data());
      }
    }
    if (first_non_ascii_ == no_nul) {
      if (const std::size_t at = first_non_ascii(block); at < block.size()) first_non_ascii_ = checked_to_ + at;
    }
    checked_to_ += block.size();
  }
}

void LineSource::skip_partial_first_line() {
  while (true) {
    const std::string_view unread = bytes_.substr(start_);
    if (const std::size_t newline = unread.find('\n'); newline != std::string_view::npos) {
      start_ += newline + 1;
      checked_to_ = window_offset_ + start_;
      return;
    }
    start_ = bytes_.size(); // the whole window belongs to a line that started before the range
    if (!extend()) {
      range_done_ = true;
      return;
    }
  }
}

std::optional<TextLine> LineSource::next() {
  const std::uint64_t line_offset = window_offset_ + start_;
  if (range_done_ || line_offset >= range_.end) {
    range_done_ = true;
    return std::nullopt;
  }
  const char* newline = nullptr;
  std::size_t searched = start_;
  const auto refuse_long_line = [this] {
    throw InputError(path_, line_number_ + 1, "the line is longer than 16 MiB, far beyond any real row")
        .with_hint("The file is probably not a report, or its line endings were lost; check it in a text editor.");
  };
  while (searched == bytes_.size() ||
         (newline = static_cast<const char*>(std::memchr(bytes_.data() + searched, '\n', bytes_.size() - searched))) == nullptr) {
    const std::size_t unread = bytes_.size() - start_;
    if (unread > max_line_length) refuse_long_line();
    if (!extend()) break;
    searched = unread; // the new window starts with the unread bytes
  }
  const std::size_t end = newline != nullptr ? static_cast<std::size_t>(newline - bytes_.data()) : bytes_.size();
  if (end - start_ > max_line_length) refuse_long_line();
  if (newline == nullptr && start_ == end) {
    range_done_ = true; // the end of the file: a final newline ends the last line
    return std::nullopt;
  }

  std::string_view text = bytes_.substr(start_, end - start_);
  start_ = newline != nullptr ? end + 1 : end;
  check_through(window_offset_ + start_);
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
    append_as_utf8(encoding_, text, transcoded_);
    saw_encoding_dependent_ = saw_encoding_dependent_ || reads_differently_in_single_byte_encodings(text);
    text = transcoded_;
    saw_single_byte_ = true;
  }
  return TextLine{line_number_, text};
}

} // namespace recon
