#pragma once
// A small deterministic random source. The standard distributions are not specified bit for bit,
// so the same seed could give other files on another standard library; SplitMix64 and plain
// modular reduction give the same bytes everywhere, which is what a benchmark input needs.

#include <cstdint>
#include <string_view>

namespace recon_gen {

class Random {
public:
  explicit Random(std::uint64_t seed) noexcept : state_(seed) {}

  std::uint64_t next() noexcept {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30U)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27U)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31U);
  }

  // Uniform enough in [0, bound) for test data; bound must be positive.
  std::uint64_t below(std::uint64_t bound) noexcept { return next() % bound; }

  // In [low, high], both included.
  std::int64_t between(std::int64_t low, std::int64_t high) noexcept {
    return low + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(high - low) + 1U));
  }

  // True about `percent` times in a hundred.
  bool percent(unsigned percent) noexcept { return below(100) < percent; }

  // `count` characters drawn from `alphabet`, appended to `out`.
  template <typename String> void append_chars(String& out, std::string_view alphabet, int count) {
    for (int i = 0; i < count; ++i) out.push_back(alphabet[below(alphabet.size())]);
  }

private:
  std::uint64_t state_;
};

} // namespace recon_gen
