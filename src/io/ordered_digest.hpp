#pragma once
// The SHA-256 of a file read in parts on several threads, from the bytes the parts read: the file
// is read once, not once for the parse and again for the hash. Each part hands over its bytes (views
// into the file's mapping, held open by their keepers) when it has read them; they are hashed in
// file order by whichever thread completes the part that comes next, so the hash, which cannot be
// split, runs between parts on both cores.

#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "io/observed_line_source.hpp"
#include "io/sha256.hpp"

namespace recon {

class OrderedDigest {
public:
  // `parts` parts will follow the file's first bytes; no more than `ahead` of them, counted from
  // the next to hash, may be read and held at once (memory stays at `ahead` parts).
  OrderedDigest(std::size_t parts, std::size_t ahead);

  // The bytes before the first part: hashed at once, before any part.
  void add_first(const std::vector<FileBytes>& bytes);
  // Waits until `part` may be read: fewer than `ahead` parts before it wait to be hashed.
  void wait_for_turn(std::size_t part);
  // Hands over a part's bytes; hashes them, and those of the parts after it already handed over,
  // if it is the next part to hash and no thread is hashing.
  void complete(std::size_t part, std::vector<FileBytes> bytes);
  // A part will never be completed (its read failed): hashing stops and no one waits any more.
  void abandon();
  // The digest in lower-case hex once every part was hashed; nullopt if one was abandoned.
  [[nodiscard]] std::optional<std::string> finish();

private:
  std::mutex mutex_;
  std::condition_variable turn_;
  Sha256 digest_;
  std::vector<std::optional<std::vector<FileBytes>>> completed_; // handed over, not yet hashed
  std::size_t next_ = 0;                                          // the next part to hash
  std::size_t ahead_;
  bool hashing_ = false;
  bool abandoned_ = false;
};

} // namespace recon
