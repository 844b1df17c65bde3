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

// Code points of bytes 0xA0..0xFF in ISO-8859-2.
constexpr std::array<char16_t, 96> iso8859_2_high = {
    0x00A0, 0x0104, 0x02D8, 0x0141, 0x00A4, 0x013D, 0x015A, 0x00A7, 0x00A8, 0x0160, 0x015E, 0x0164, 0x0179, 0x00AD,
    0x017D, 0x017B, 0x00B0, 0x0105, 0x02DB, 0x0142, 0x00B4, 0x013E, 0x015B, 0x02C7, 0x00B8, 0x0161, 0x015F, 0x0165,
    0x017A, 0x02DD, 0x017E, 0x017C, 0x0154, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x0139, 0x0106, 0x00C7, 0x010C, 0x00C9,
    0x0118, 0x00CB, 0x011A, 0x00CD, 0x00CE, 0x010E, 0x0110, 0x0143, 0x0147, 0x00D3, 0x00D4, 0x0150, 0x00D6, 0x00D7,
    0x0158, 0x016E, 0x00DA, 0x0170, 0x00DC, 0x00DD, 0x0162, 0x00DF, 0x0155, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x013A,
    0x0107, 0x00E7, 0x010D, 0x00E9, 0x0119, 0x00EB, 0x011B, 0x00ED, 0x00EE, 0x010F, 0x0111, 0x0144, 0x0148, 0x00F3,
    0x00F4, 0x0151, 0x00F6, 0x00F7, 0x0159, 0x016F, 0x00FA, 0x0171, 0x00FC, 0x00FD, 0x0163, 0x02D9,
};

char32_t windows1252_code_point(unsigned char byte) {
  if (byte < 0x80 || byte >= 0xA0) return byte; // 0xA0..0xFF are Latin-1, code point equals byte
  const char16_t mapped = windows1252_high[byte - 0x80U];
  return mapped == 0 ? char32_t{0xFFFD} : char32_t{mapped};
}

char32_t iso8859_2_code_point(unsigned char byte) {
  if (byte < 0x80) return byte;
  return byte < 0xA0 ? char32_t{0xFFFD} : char32_t{iso8859_2_high[byte - 0xA0U]};
}

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
  for (const char c : bytes) append_utf8(windows1252_code_point(static_cast<unsigned char>(c)), out);
}

void append_iso8859_2_as_utf8(std::string_view bytes, std::string& out) {
  for (const char c : bytes) append_utf8(iso8859_2_code_point(static_cast<unsigned char>(c)), out);
}

std::string_view encoding_name(ByteEncoding encoding) noexcept {
  return encoding == ByteEncoding::iso8859_2 ? "ISO-8859-2" : "Windows-1252";
}

void append_as_utf8(ByteEncoding encoding, std::string_view bytes, std::string& out) {
  if (encoding == ByteEncoding::iso8859_2) {
    append_iso8859_2_as_utf8(bytes, out);
  } else {
    append_windows1252_as_utf8(bytes, out);
  }
}

bool reads_differently_in_single_byte_encodings(std::string_view bytes) noexcept {
  return std::any_of(bytes.begin(), bytes.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return windows1252_code_point(byte) != iso8859_2_code_point(byte);
  });
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
