#include "io/ordered_digest.hpp"

#include <utility>

namespace recon {

OrderedDigest::OrderedDigest(std::size_t parts, std::size_t ahead) : completed_(parts), ahead_(ahead) {}

void OrderedDigest::add_first(const std::vector<FileBytes>& bytes) {
  for (const FileBytes& run : bytes) digest_.update(run.bytes);
}

void OrderedDigest::wait_for_turn(std::size_t part) {
  std::unique_lock lock(mutex_);
  turn_.wait(lock, [&] { return abandoned_ || part < next_ + ahead_; });
}

void OrderedDigest::complete(std::size_t part, std::vector<FileBytes> bytes) {
  std::unique_lock lock(mutex_);
  completed_[part] = std::move(bytes);
  if (hashing_) return; // the thread hashing comes to this part in its turn
  hashing_ = true;
  while (!abandoned_ && next_ < completed_.size() && completed_[next_]) {
    std::vector<FileBytes> runs = std::move(*completed_[next_]);
    completed_[next_].reset();
    lock.unlock(); // hash (and let go of the bytes) outside the lock: other parts may be handed over meanwhile
    for (const FileBytes& run : runs) digest_.update(run.bytes);
    runs.clear();
    lock.lock();
    ++next_;
    turn_.notify_all();
  }
  hashing_ = false;
}

void OrderedDigest::abandon() {
  const std::lock_guard lock(mutex_);
  abandoned_ = true;
  turn_.notify_all();
}

std::optional<std::string> OrderedDigest::finish() {
  const std::lock_guard lock(mutex_);
  if (abandoned_ || next_ != completed_.size()) return std::nullopt;
  return digest_.finish_hex();
}

} // namespace recon
