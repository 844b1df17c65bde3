#include "recon/base/text_encoding.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace recon {
namespace {

// Code points of bytes 0x80..0x9F in Windows-1252; 0 marks the five undefined bytes.
constexpr std::array<char16_t, 32> windows1252_high = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

} // namespace

void append_utf8(char32_t cp, std::string& out) {
  const auto byte = [&out](char32_t value) { out += static_cast<char>(value); };
  if (cp < 0x80) {
    byte(cp);
  } else if (cp < 0x800) {
    byte(0xC0 | (cp >> 6));
    byte(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    byte(0xE0 | (cp >> 12));
    byte(0x80 | ((cp >> 6) & 0x3F));
    byte(0x80 | (cp & 0x3F));
  } else {
    byte(0xF0 | (cp >> 18));
    byte(0x80 | ((cp >> 12) & 0x3F));
    byte(0x80 | ((cp >> 6) & 0x3F));
    byte(0x80 | (cp & 0x3F));
  }
}

std::u32string decode_utf8(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    char32_t cp = length == 1 ? lead : lead & (0x7FU >> length);
    for (std::size_t k = 1; k < length && i + k < text.size(); ++k) {
      cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3FU);
    }
    out += cp;
    i += length;
  }
  return out;
}

std::size_t first_non_ascii(std::string_view text) noexcept {
  // Sixteen bytes at a time where SSE2 exists: every byte of every file passes here.
  std::size_t at = 0;
#if defined(__SSE2__)
  const auto load = [&text](std::size_t offset) {
    return _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + offset)); // NOLINT: SSE2 loads are untyped
  };
  // 64 bytes per test while all is ASCII (the common case: whole files), then 16 to narrow down.
  for (; at + 64 <= text.size(); at += 64) {
    const __m128i any = _mm_or_si128(_mm_or_si128(load(at), load(at + 16)), _mm_or_si128(load(at + 32), load(at + 48)));
    if (_mm_movemask_epi8(any) != 0) break;
  }
  for (; at + 16 <= text.size(); at += 16) {
    if (_mm_movemask_epi8(load(at)) != 0) break; // a byte with its high bit set: find it below
  }
#endif
  while (at < text.size() && static_cast<unsigned char>(text[at]) < 0x80) ++at;
  return at;
}

bool is_ascii(std::string_view text) noexcept { return first_non_ascii(text) == text.size(); }

bool is_valid_utf8(std::string_view text) noexcept {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    std::size_t continuation = 0;
    char32_t cp = 0;
    if (lead < 0x80) {
      ++i;
      continue;
    }
    if (lead >= 0xC2 && lead <= 0xDF) {
      continuation = 1;
      cp = lead & 0x1FU;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      continuation = 2;
      cp = lead & 0x0FU;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      continuation = 3;
      cp = lead & 0x07U;
    } else {
      return false;
    }
    if (i + continuation >= text.size()) return false; // truncated sequence
    for (std::size_t k = 1; k <= continuation; ++k) {
      const auto byte = static_cast<unsigned char>(text[i + k]);
      if ((byte & 0xC0U) != 0x80U) return false;
      cp = (cp << 6) | (byte & 0x3FU);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    const bool overlong = (continuation == 2 && cp < 0x800) || (continuation == 3 && cp < 0x10000);
    if (overlong || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return false;
    i += continuation + 1;
  }
  return true;
}

void append_windows1252_as_utf8(std::string_view bytes, std::string& out) {
  for (const char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x80) {
      out += c;
    } else if (byte < 0xA0) {
      const char16_t mapped = windows1252_high[byte - 0x80U];
      append_utf8(mapped == 0 ? char32_t{0xFFFD} : char32_t{mapped}, out);
    } else {
      append_utf8(byte, out); // 0xA0..0xFF are Latin-1, code point equals byte
    }
  }
}

std::optional<std::string_view> detect_wide_encoding(std::string_view first_bytes) noexcept {
  const auto byte = [&](std::size_t i) { return i < first_bytes.size() ? static_cast<unsigned char>(first_bytes[i]) : 0x100U; };
  if (byte(0) == 0xFF && byte(1) == 0xFE && byte(2) == 0 && byte(3) == 0) return "UTF-32LE";
  if (byte(0) == 0 && byte(1) == 0 && byte(2) == 0xFE && byte(3) == 0xFF) return "UTF-32BE";
  if (byte(0) == 0xFF && byte(1) == 0xFE) return "UTF-16LE";
  if (byte(0) == 0xFE && byte(1) == 0xFF) return "UTF-16BE";
  if (first_bytes.size() >= 4) {
    if (byte(0) != 0 && byte(1) == 0 && byte(2) != 0 && byte(3) == 0) return "UTF-16LE";
    if (byte(0) == 0 && byte(1) != 0 && byte(2) == 0 && byte(3) != 0) return "UTF-16BE";
  }
  return std::nullopt;
}

} // namespace recon
