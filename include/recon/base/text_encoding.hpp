#pragma once
// Character encodings that settlement and bank files arrive in. recon works in UTF-8 throughout;
// these helpers decide what a file is and bring single-byte text into UTF-8: Windows-1252 (Excel's
// "ANSI", which also reads ISO-8859-1) and ISO-8859-2 (Czech and Hungarian banks' exports).

#include <optional>
#include <string>
#include <string_view>

namespace recon {

[[nodiscard]] bool is_ascii(std::string_view text) noexcept;
// The position of the first byte that is not ASCII, or text.size() when there is none.
[[nodiscard]] std::size_t first_non_ascii(std::string_view text) noexcept;
[[nodiscard]] bool is_valid_utf8(std::string_view text) noexcept;

// Appends one code point as UTF-8.
void append_utf8(char32_t cp, std::string& out);

// The code points of valid UTF-8 text (see is_valid_utf8; recon's lines always are).
[[nodiscard]] std::u32string decode_utf8(std::string_view text);

// Windows-1252 bytes as UTF-8. The five bytes the code page leaves undefined become U+FFFD.
void append_windows1252_as_utf8(std::string_view bytes, std::string& out);

// ISO-8859-2 bytes as UTF-8. Bytes 0x80..0x9F, control codes there and never text, become U+FFFD.
void append_iso8859_2_as_utf8(std::string_view bytes, std::string& out);

// The single-byte encodings recon reads a line in when it is not UTF-8.
enum class ByteEncoding { windows1252, iso8859_2 };
[[nodiscard]] std::string_view encoding_name(ByteEncoding encoding) noexcept; // "Windows-1252", "ISO-8859-2"
void append_as_utf8(ByteEncoding encoding, std::string_view bytes, std::string& out);

// Whether the bytes hold one that Windows-1252 and ISO-8859-2 read as different characters (0xE8:
// è or č). Text without one (ASCII, ä, ö, ü, ß, é, á) reads the same in both, and which encoding a
// file is in does not matter for it.
[[nodiscard]] bool reads_differently_in_single_byte_encodings(std::string_view bytes) noexcept;

// "UTF-16LE" or "UTF-16BE" when the start of a file is UTF-16 text (a byte-order mark, or ASCII
// interleaved with zero bytes as Excel's "Unicode Text" writes it), "UTF-32" likewise; else nullopt.
[[nodiscard]] std::optional<std::string_view> detect_wide_encoding(std::string_view first_bytes) noexcept;

} // namespace recon
