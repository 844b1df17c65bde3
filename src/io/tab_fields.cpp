#include "io/tab_fields.hpp"

#include <array>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace recon {
namespace {

#if defined(__SSE2__)
// Bits set in each byte value: x86-64's baseline has no popcount instruction, and the library call
// that stands in for it costs more than the table.
constexpr std::array<std::uint8_t, 256> bits_in_byte = [] {
  std::array<std::uint8_t, 256> table{};
  for (std::size_t value = 1; value < table.size(); ++value) {
    table[value] = static_cast<std::uint8_t>(table[value >> 1U] + (value & 1U));
  }
  return table;
}();

unsigned tabs_in_block(const char* block) {
  const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(block)); // NOLINT: SSE2 loads are untyped
  return static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('\t'))));
}
#endif

std::size_t count_tabs(std::string_view text) {
  std::size_t tabs = 0;
  std::size_t at = 0;
#if defined(__SSE2__)
  for (; at + 16 <= text.size(); at += 16) {
    const unsigned mask = tabs_in_block(text.data() + at);
    tabs += std::size_t{bits_in_byte[mask & 0xFFU]} + bits_in_byte[mask >> 8U];
  }
#endif
  for (; at < text.size(); ++at) tabs += text[at] == '\t' ? 1U : 0U;
  return tabs;
}

// Splits `line` at its tabs into `out` (room for `wanted` fields), keeping the first `wanted` and
// counting the rest; returns {fields kept, fields in the line}.
template <typename Out>
std::pair<std::size_t, std::size_t> split_into(std::string_view line, Out&& out, std::size_t wanted) {
  const char* const text = line.data();
  std::size_t kept = 0;
  std::size_t field_start = 0;
  const auto keep = [&](std::size_t end) {
    out(kept++, std::string_view(text + field_start, end - field_start));
    field_start = end + 1;
  };
  std::size_t at = 0;
#if defined(__SSE2__)
  // Sixteen bytes per step: a row of a large report has two dozen fields, and one pass that finds
  // all its tabs is several times faster than a search per field.
  for (; at + 16 <= line.size(); at += 16) {
    for (unsigned tabs = tabs_in_block(text + at); tabs != 0; tabs &= tabs - 1) {
      keep(at + static_cast<std::size_t>(__builtin_ctz(tabs)));
      if (kept == wanted) { // the fields after are only counted
        const unsigned later = tabs & (tabs - 1);
        return {kept, kept + 1 + std::size_t{bits_in_byte[later & 0xFFU]} + bits_in_byte[later >> 8U] +
                          count_tabs(line.substr(at + 16))};
      }
    }
  }
#endif
  for (; at < line.size(); ++at) {
    if (text[at] != '\t') continue;
    keep(at);
    if (kept == wanted) return {kept, kept + 1 + count_tabs(line.substr(at + 1))};
  }
  keep(line.size());
  return {kept, kept};
}

} // namespace

std::size_t split_leading_tab_fields(std::string_view line, std::span<std::string_view> leading) {
  const auto [kept, total] = split_into(
      line, [leading](std::size_t i, std::string_view field) { leading[i] = field; }, leading.size());
  return total;
}

void split_tab_fields(std::string_view line, std::vector<std::string_view>& fields) {
  // Fields are written over the vector's existing elements and it is resized once at the end, so
  // that rows as wide as the one before cost no allocation.
  std::size_t kept = 0;
  (void)split_into(
      line,
      [&fields, &kept](std::size_t i, std::string_view field) {
        if (i < fields.size()) {
          fields[i] = field;
        } else {
          fields.push_back(field);
        }
        kept = i + 1;
      },
      SIZE_MAX);
  fields.resize(kept);
}

} // namespace recon
