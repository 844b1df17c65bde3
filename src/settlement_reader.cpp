#include "recon/settlement_reader.hpp"

#include <filesystem>
#include <optional>
#include <vector>

#include "parallel.hpp"
#include "recon/input_error.hpp"
#include "recon/line_source.hpp"
#include "recon/sha256.hpp"
#include "settlement_rows.hpp"

namespace recon {
namespace {

// Reads the rest of the file in one pass, from `begin`, continuing what `rows` has read.
void read_rest(SettlementRows& rows, const std::string& path, std::uint64_t begin) {
  LineSource rest(path, {begin, UINT64_MAX});
  rows.read(rest, rows.lines());
}

// Reads the file after its first part in parts on `threads` threads, then joins them in order.
// Each part is read with what the first part taught (layout, currency, decimal mark, date order).
// Should a part have learned more, or its sums overflow when joined, the file from that part on is
// read again in one pass, so that the result and any error are exactly those of a single pass.
// (The default part sizes are large enough that splitting costs nothing measurable, and small
// enough that the threads finish together and a progress bar moves.)
//
// With `digest`, the file's SHA-256 is the first task: one thread hashes (the longest single
// task) while the others parse, then it joins them. A thread of its own would compete with the
// parse for the cores to the end, and finish alone after it.
void read_in_parts(SettlementRows& rows, const std::string& path, std::uint64_t size, unsigned threads,
                   const ReadParts& sizes, std::string* digest) {
  const std::uint64_t count = (size - sizes.first + sizes.later - 1) / sizes.later;
  const auto begin_of = [&sizes](std::uint64_t part) { return sizes.first + part * sizes.later; };
  std::vector<std::optional<SettlementRows>> parts(count);
  std::vector<std::exception_ptr> failures(count);
  std::exception_ptr digest_failure;
  const std::size_t first_part_task = digest != nullptr ? 1 : 0;
  run_in_parallel(first_part_task + count, threads, [&](std::size_t task) {
    if (task < first_part_task) {
      try {
        *digest = sha256_of_file(path);
      } catch (...) {
        digest_failure = std::current_exception();
      }
      return;
    }
    const std::size_t part = task - first_part_task;
    try {
      SettlementRows reader = rows.for_later_part();
      const std::uint64_t end = part + 1 == count ? UINT64_MAX : begin_of(part + 1);
      LineSource source(path, {begin_of(part), end});
      reader.read(source, 0);
      parts[part].emplace(std::move(reader));
    } catch (...) {
      failures[part] = std::current_exception();
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
  if (digest_failure) std::rethrow_exception(digest_failure);
}

} // namespace

Settlement read_settlement(const std::string& path, const ReadOptions& options) {
  const unsigned threads = thread_count(options.threads);
  SettlementRows rows(path, options);
  const ReadParts& sizes = options.parts;
  // On one thread the whole file is the first part: splitting it would only open it twice and
  // read the block around the split again (a fifth of a 1 MB report).
  LineSource first(path, threads > 1 ? ByteRange{0, sizes.first} : ByteRange{});
  rows.read(first, 0);
  const std::uint64_t size = first.file_size();

  std::string digest;
  if (threads > 1 && size > sizes.first && rows.ready_for_parts()) {
    read_in_parts(rows, path, size, threads, sizes, options.file_digest ? &digest : nullptr);
  } else {
    if (threads > 1 && size > sizes.first) read_rest(rows, path, sizes.first);
    if (options.file_digest) digest = sha256_of_file(path);
  }
  return std::move(rows).finish(std::move(digest));
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

std::optional<Currency> report_currency(const std::string& path) {
  constexpr std::uint64_t first_lines = 4096; // the header and, in every report seen, the summary row
  try {
    SettlementRows rows(path, ReadOptions{});
    LineSource first(path, {0, first_lines});
    rows.read(first, 0);
    return rows.currency();
  } catch (const InputError&) {
    return std::nullopt;
  }
}

} // namespace recon
