#pragma once
// How far reading has got, for a front end that shows progress on long work. The library only
// counts; drawing (or not) is the front end's business.

#include <cstdint>

namespace recon {

class ReadProgress {
public:
  ReadProgress() = default;
  virtual ~ReadProgress() = default;
  ReadProgress(const ReadProgress&) = delete;
  ReadProgress& operator=(const ReadProgress&) = delete;

  // `bytes` more of the inputs have been read. Called from every reading thread, so it must be
  // thread-safe, and often, so it must be cheap.
  virtual void advance(std::uint64_t bytes) noexcept = 0;
};

} // namespace recon
