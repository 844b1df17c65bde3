#include "ordered_digest.hpp"

#include <utility>

namespace recon {

OrderedDigest::OrderedDigest(std::size_t parts, std::size_t ahead) : completed_(parts), ahead_(ahead) {}

void OrderedDigest::add_first(std::string_view bytes) { digest_.update(bytes); }

void OrderedDigest::wait_for_turn(std::size_t part) {
  std::unique_lock lock(mutex_);
  turn_.wait(lock, [&] { return abandoned_ || part < next_ + ahead_; });
}

std::vector<char> OrderedDigest::buffer() {
  const std::lock_guard lock(mutex_);
  if (spare_.empty()) return {};
  std::vector<char> reused = std::move(spare_.back());
  spare_.pop_back();
  return reused;
}

void OrderedDigest::complete(std::size_t part, std::vector<char> bytes) {
  std::unique_lock lock(mutex_);
  completed_[part] = std::move(bytes);
  if (hashing_) return; // the thread hashing comes to this part in its turn
  hashing_ = true;
  while (!abandoned_ && next_ < completed_.size() && completed_[next_]) {
    std::vector<char> chunk = std::move(*completed_[next_]);
    completed_[next_].reset();
    lock.unlock(); // hash outside the lock: other parts may be handed over meanwhile
    digest_.update({chunk.data(), chunk.size()});
    chunk.clear();
    lock.lock();
    spare_.push_back(std::move(chunk));
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
