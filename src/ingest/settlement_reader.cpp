#include "recon/ingest/settlement_reader.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <vector>

#include "io/ordered_digest.hpp"
#include "io/parallel.hpp"
#include "recon/base/input_error.hpp"
#include "io/line_source.hpp"
#include "io/observed_line_source.hpp"
#include "io/sha256.hpp"
#include "ingest/settlement_rows.hpp"

namespace recon {
namespace {

// Reads the rest of the file in one pass, from `begin`, continuing what `rows` has read.
void read_rest(SettlementRows& rows, const std::string& path, std::uint64_t begin, BlockObserver observer = {}) {
  ObservedLineSource rest(path, {begin, UINT64_MAX}, std::move(observer));
  rows.read(rest, rows.lines());
}

// An observer handing `take` the bytes in [begin, end) of each run a LineSource takes from the file
// (a range's source reads a little before and after it), for the digest.
template <typename Take>
BlockObserver bytes_between(std::uint64_t begin, std::uint64_t end, Take take) {
  return [begin, end, take = std::move(take)](const FileBytes& run) mutable {
    const std::uint64_t from = std::max(run.offset, begin);
    const std::uint64_t to = std::min(run.offset + run.bytes.size(), end);
    if (from < to) take(FileBytes{from, run.bytes.substr(from - run.offset, to - from), run.keeper});
  };
}

// Holds on to the bytes (they are views into the file's mapping, not copies) to be hashed later.
BlockObserver hold_bytes(std::vector<FileBytes>& held, std::uint64_t begin, std::uint64_t end) {
  return bytes_between(begin, end, [&held](FileBytes bytes) { held.push_back(std::move(bytes)); });
}

BlockObserver hash_bytes(Sha256& digest, std::uint64_t begin, std::uint64_t end) {
  return bytes_between(begin, end, [&digest](const FileBytes& bytes) { digest.update(bytes.bytes); });
}

// Reads the file after its first part in parts on `threads` threads, then joins them in order.
// Each part is read with what the first part taught (layout, currency, decimal mark, date order).
// Should a part have learned more, or its sums overflow when joined, the file from that part on is
// read again in one pass, so that the result and any error are exactly those of a single pass.
// (The default part sizes are large enough that splitting costs nothing measurable, and small
// enough that the threads finish together and a progress bar moves.)
//
// With `first_bytes` (the bytes before the first part), returns the file's SHA-256, hashed from
// the bytes the parts read (see OrderedDigest); else an empty string.
std::string read_in_parts(SettlementRows& rows, const std::string& path, std::uint64_t size, unsigned threads,
                          const ReadParts& sizes, const std::vector<FileBytes>* first_bytes) {
  const std::uint64_t count = (size - sizes.first + sizes.later - 1) / sizes.later;
  const auto begin_of = [&sizes](std::uint64_t part) { return sizes.first + part * sizes.later; };
  std::vector<std::optional<SettlementRows>> parts(count);
  std::vector<std::exception_ptr> failures(count);
  std::optional<OrderedDigest> digest;
  if (first_bytes != nullptr) {
    digest.emplace(count, threads + 2);
    digest->add_first(*first_bytes);
  }
  run_in_parallel(count, threads, [&](std::size_t part) {
    try {
      SettlementRows reader = rows.for_later_part();
      const std::uint64_t begin = begin_of(part);
      const std::uint64_t end = part + 1 == count ? UINT64_MAX : begin_of(part + 1);
      std::vector<FileBytes> bytes;
      if (digest) digest->wait_for_turn(part);
      ObservedLineSource source(path, {begin, end}, digest ? hold_bytes(bytes, begin, end) : BlockObserver{});
      reader.read(source, 0);
      parts[part].emplace(std::move(reader));
      if (digest) digest->complete(part, std::move(bytes));
    } catch (...) {
      failures[part] = std::current_exception();
      if (digest) digest->abandon();
    }
  });

  for (std::size_t part = 0; part < count; ++part) {
    if (failures[part]) {
      try {
        std::rethrow_exception(failures[part]);
      } catch (InputError& error) {
        throw std::move(error).after_lines(rows.lines());
      }
    }
    if (parts[part]->learned_beyond(rows) || !rows.absorb(std::move(*parts[part]))) {
      read_rest(rows, path, begin_of(part));
      break;
    }
  }
  if (!digest) return {};
  // Every part was read (a failure was thrown above), so every byte was hashed.
  if (auto hex = digest->finish()) return std::move(*hex);
  return sha256_of_file(path);
}

// What a write to the file or its replacement changes: its identity, size and modification time.
struct FileStamp {
  dev_t device = 0;
  ino_t inode = 0;
  off_t size = 0;
  std::int64_t modified_seconds = 0;
  std::int64_t modified_nanoseconds = 0;
  bool operator==(const FileStamp&) const = default;
};

std::optional<FileStamp> stamp_of(const std::string& path) {
  struct stat status {};
  if (::stat(path.c_str(), &status) != 0) return std::nullopt;
  return FileStamp{status.st_dev, status.st_ino, status.st_size, status.st_mtim.tv_sec, status.st_mtim.tv_nsec};
}

// The digest, where one is wanted, is of the bytes the rows were read from: the file is read once,
// from the page cache, for both.
Settlement read_unchanging(const std::string& path, const ReadOptions& options) {
  const unsigned threads = thread_count(options.threads);
  SettlementRows rows(path, options);
  if (threads == 1) {
    // One pass from the first line to the last, hashing each block as it is read.
    std::optional<Sha256> digest;
    if (options.file_digest) digest.emplace();
    ObservedLineSource whole(path, {}, digest ? hash_bytes(*digest, 0, UINT64_MAX) : BlockObserver{});
    rows.read(whole, 0);
    return std::move(rows).finish(digest ? digest->finish_hex() : std::string());
  }

  const ReadParts& sizes = options.parts;
  std::vector<FileBytes> first_bytes; // for the digest, should parts follow
  ObservedLineSource first(path, {0, sizes.first}, options.file_digest ? hold_bytes(first_bytes, 0, sizes.first) : BlockObserver{});
  rows.read(first, 0);
  const std::uint64_t size = first.file_size();

  std::string digest;
  if (size > sizes.first && rows.ready_for_parts()) {
    digest = read_in_parts(rows, path, size, threads, sizes, options.file_digest ? &first_bytes : nullptr);
  } else {
    // A small file, read whole as the first part, or one whose summary row comes late: the rest in
    // one pass, hashed as it is read after the first part's bytes.
    std::optional<Sha256> whole;
    if (options.file_digest) {
      whole.emplace();
      for (const FileBytes& bytes : first_bytes) whole->update(bytes.bytes);
    }
    if (size > sizes.first) read_rest(rows, path, sizes.first, whole ? hash_bytes(*whole, sizes.first, UINT64_MAX) : BlockObserver{});
    if (whole) digest = whole->finish_hex();
  }
  return std::move(rows).finish(std::move(digest));
}

} // namespace

// The file is read through mappings of it, so a write during the read could change bytes after
// they were parsed and before they were hashed. A report whose identity, size or modification time
// changes while it is read is therefore refused: what the book records is the file as it was read.
Settlement read_settlement(const std::string& path, const ReadOptions& options) {
  const auto before = stamp_of(path);
  Settlement settlement = read_unchanging(path, options);
  if (stamp_of(path) != before) {
    throw InputError(path, 0, "the file changed while recon read it")
        .with_hint("Something wrote to or replaced the file during the run (a download, a sync, an editor). Run recon "
                   "again once the file is complete.");
  }
  return settlement;
}

std::vector<Settlement> read_settlements(const std::vector<std::string>& paths, const ReadOptions& options) {
  // Small files are read side by side, one thread each; a large one uses every thread itself.
  const unsigned threads = thread_count(options.threads);
  ReadOptions one_thread = options;
  one_thread.threads = 1;
  std::vector<std::optional<Settlement>> settlements(paths.size());
  std::vector<std::exception_ptr> failures(paths.size());
  const auto read_one = [&](std::size_t index, const ReadOptions& read_options) {
    try {
      settlements[index].emplace(read_settlement(paths[index], read_options));
    } catch (...) {
      failures[index] = std::current_exception();
    }
  };
  std::vector<std::size_t> small;
  std::vector<std::size_t> large;
  for (std::size_t index = 0; index < paths.size(); ++index) {
    std::error_code error;
    const auto size = std::filesystem::file_size(paths[index], error);
    (!error && size > 2 * options.parts.later ? large : small).push_back(index);
  }
  run_in_parallel(small.size(), threads, [&](std::size_t i) { read_one(small[i], one_thread); });
  for (const std::size_t index : large) read_one(index, options);

  std::vector<Settlement> read;
  read.reserve(paths.size());
  for (std::size_t index = 0; index < paths.size(); ++index) {
    if (failures[index]) std::rethrow_exception(failures[index]);
    read.push_back(std::move(*settlements[index]));
  }
  return read;
}

} // namespace recon
