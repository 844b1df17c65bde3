#include "recon/line_source.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

// fccp copies the file name with strncpy into a fixed buffer; GCC's optimiser flags the (harmless,
// deliberate) truncation inside the header. The name recon reports comes from LineSource, not fccp.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wstringop-truncation"
#include <libfccp/csv.h>
#pragma GCC diagnostic pop
#else
#include <libfccp/csv.h>
#endif

#include "recon/input_error.hpp"
#include "recon/sha256.hpp"
#include "recon/text_encoding.hpp"

namespace recon {
namespace {

// What the byte source below can find wrong. They are thrown from inside fccp's reader (possibly
// on its reader thread, which hands them back to next_line) and translated into InputError by
// LineSource, which knows the file name and line.
struct NulByteFound {
  std::uint64_t offset;
};
struct WideEncodingFound {
  std::string_view encoding;
};
struct ReadFailed {
  int error_number;
};

// The file's bytes for fccp, checked on the way through: wide encodings and NUL bytes are caught
// here, where every byte passes exactly once, and a missing final newline is supplied.
class CheckedFileBytes final : public io::ByteSourceBase {
public:
  // `digest` sees every byte of the file (and not the newline supplied at its end).
  CheckedFileBytes(int fd, Sha256& digest) noexcept : fd_(fd), digest_(digest) {}
  ~CheckedFileBytes() override { ::close(fd_); }
  CheckedFileBytes(const CheckedFileBytes&) = delete;
  CheckedFileBytes& operator=(const CheckedFileBytes&) = delete;

  // Fills the whole request unless the file ends: fccp takes a short first read as end of file.
  int read(char* buffer, int size) override {
    const auto wanted = static_cast<std::size_t>(size);
    std::size_t filled = 0;
    while (!at_end_ && filled < wanted) {
      const ssize_t got = ::read(fd_, buffer + filled, wanted - filled);
      if (got < 0 && errno == EINTR) continue;
      if (got < 0) throw ReadFailed{errno};
      if (got == 0) at_end_ = true;
      filled += static_cast<std::size_t>(got);
    }
    check(buffer, filled);
    if (at_end_ && !newline_supplied_ && offset_ > 0 && last_byte_ != '\n' && filled < wanted) {
      buffer[filled++] = '\n';
      newline_supplied_ = true;
    }
    return static_cast<int>(filled);
  }

private:
  void check(const char* bytes, std::size_t count) {
    if (count == 0) return;
    if (offset_ == 0) {
      if (const auto wide = detect_wide_encoding({bytes, std::min<std::size_t>(count, 4)})) {
        throw WideEncodingFound{*wide};
      }
    }
    if (const void* nul = std::memchr(bytes, 0, count)) {
      throw NulByteFound{offset_ + static_cast<std::uint64_t>(static_cast<const char*>(nul) - bytes)};
    }
    digest_.update({bytes, count});
    last_byte_ = bytes[count - 1];
    offset_ += count;
  }

  int fd_;
  Sha256& digest_;
  std::uint64_t offset_ = 0;
  char last_byte_ = '\n';
  bool at_end_ = false;
  bool newline_supplied_ = false;
};

// The 1-based line holding byte `offset`: only needed on the way to an error message.
std::uint64_t line_of_offset(const std::string& path, std::uint64_t offset) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) return 0;
  std::uint64_t line = 1;
  for (std::uint64_t i = 0; i < offset; ++i) {
    const int c = std::fgetc(file);
    if (c == EOF) break;
    if (c == '\n') ++line;
  }
  std::fclose(file);
  return line;
}

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

} // namespace

LineSource::LineSource(std::string path) : path_(std::move(path)) {
  const int fd = open_for_reading(path_);
  try {
    reader_ = std::make_unique<io::LineReader>(path_, std::make_unique<CheckedFileBytes>(fd, digest_));
  } catch (...) {
    rethrow_as_input_error(std::current_exception());
  }
}

LineSource::~LineSource() = default;

std::optional<TextLine> LineSource::next() {
  if (!reader_) return std::nullopt;
  char* raw = nullptr;
  try {
    raw = reader_->next_line();
  } catch (...) {
    rethrow_as_input_error(std::current_exception());
  }
  if (raw == nullptr) {
    // Joins fccp's reader thread before the digest is read, so no read is still in flight.
    reader_.reset();
    sha256_ = digest_.finish_hex();
    return std::nullopt;
  }

  ++line_number_;
  std::string_view text(raw); // the byte source guarantees no NUL inside a line
  if (!is_ascii(text) && !is_valid_utf8(text)) {
    transcoded_.clear();
    append_windows1252_as_utf8(text, transcoded_);
    text = transcoded_;
    saw_windows1252_ = true;
  }
  return TextLine{line_number_, text};
}

void LineSource::rethrow_as_input_error(std::exception_ptr failure) const {
  try {
    std::rethrow_exception(std::move(failure));
  } catch (const NulByteFound& nul) {
    throw InputError(path_, line_of_offset(path_, nul.offset), "the file contains a NUL (zero) byte")
        .with_hint("A text report never contains one: the file is damaged, truncated by a failed download, "
                   "or not a text file. Download it again.");
  } catch (const WideEncodingFound& wide) {
    throw InputError(path_, 0, "the file is " + std::string(wide.encoding) + " text; recon reads UTF-8 or Windows-1252")
        .with_hint("Excel's \"Unicode Text\" save writes UTF-16. Use the file as downloaded, or save it as "
                   "\"Text (Tab delimited)\" or \"CSV UTF-8\".");
  } catch (const ReadFailed& failed) {
    throw InputError(path_, 0, std::string("cannot read the file: ") + std::strerror(failed.error_number));
  } catch (const io::error::line_length_limit_exceeded&) {
    throw InputError(path_, line_number_ + 1, "the line is longer than 16 MiB, far beyond any real row")
        .with_hint("The file is probably not a report, or its line endings were lost; check it in a text editor.");
  }
}

} // namespace recon
