#include "recon/base/text_encoding.hpp"

#include <gtest/gtest.h>

namespace recon {
namespace {

TEST(Utf8, ValidatesStrictly) {
  EXPECT_TRUE(is_valid_utf8("MÜSLI-500G"));
  EXPECT_TRUE(is_valid_utf8("plain"));
  EXPECT_TRUE(is_valid_utf8("\xF0\x9F\x93\xA6")); // 📦
  EXPECT_FALSE(is_valid_utf8("M\xDCSLI"));         // Windows-1252 Ü
  EXPECT_FALSE(is_valid_utf8("\xC3"));             // cut short
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));         // overlong
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));     // a surrogate
  EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80")); // past U+10FFFF
}

TEST(Windows1252, TranscodesToUtf8) {
  std::string out;
  append_windows1252_as_utf8("M\xDCSLI \x80 \x93quoted\x94 \x81", out);
  EXPECT_EQ(out, "MÜSLI € “quoted” \xEF\xBF\xBD");
}

TEST(Iso8859_2, TranscodesCzechTextToUtf8) {
  std::string out;
  append_iso8859_2_as_utf8("\xC8\xE1stka \xE8\xED\xB9" "e \xBE\xE1" "dn\xFD \xF8\xEC\xF9 \x9A", out);
  EXPECT_EQ(out, "Částka číše žádný řěů \xEF\xBF\xBD"); // 0x9A is a control code there, not text
}

TEST(SingleByteEncodings, TellWhetherTheChoiceMatters) {
  EXPECT_FALSE(reads_differently_in_single_byte_encodings("Gr\xFC\xDF" "e \xE4 \xE9 \xE1")); // ü ß ä é á in both
  EXPECT_TRUE(reads_differently_in_single_byte_encodings("\xC8\xE1stka"));                // È or Č
  EXPECT_TRUE(reads_differently_in_single_byte_encodings("\x80"));                          // € or a control code
}

TEST(Utf8, RoundTripsCodePoints) {
  const std::string text = "a€📦Ü";
  std::string back;
  for (const char32_t cp : decode_utf8(text)) append_utf8(cp, back);
  EXPECT_EQ(back, text);
  EXPECT_EQ(decode_utf8(text).size(), 4U);
}

TEST(WideEncoding, RecognisesExcelsUnicodeText) {
  using namespace std::string_view_literals;
  EXPECT_EQ(detect_wide_encoding("\xFF\xFEs\0e\0"sv), "UTF-16LE");
  EXPECT_EQ(detect_wide_encoding("\xFE\xFF\0s\0e"sv), "UTF-16BE");
  EXPECT_EQ(detect_wide_encoding("s\0e\0"sv), "UTF-16LE");
  EXPECT_EQ(detect_wide_encoding("\xFF\xFE\0\0"sv), "UTF-32LE");
  EXPECT_FALSE(detect_wide_encoding("settlement-id"));
  EXPECT_FALSE(detect_wide_encoding("\xEF\xBB\xBFsettlement-id"));
}

} // namespace
} // namespace recon

namespace recon {
namespace {

TEST(FirstNonAscii, FindsTheFirstHighByteWhereverItIs) {
  // Positions in and across the 64- and 16-byte steps of the vectorised scan, and in its tail.
  for (const std::size_t length : {0U, 1U, 15U, 16U, 63U, 64U, 65U, 130U, 300U}) {
    const std::string ascii(length, 'a');
    EXPECT_EQ(first_non_ascii(ascii), length);
    EXPECT_TRUE(is_ascii(ascii));
    for (std::size_t at = 0; at < length; ++at) {
      std::string text = ascii;
      text[at] = '\xC3';
      if (at + 2 < length) text[at + 2] = '\xFC'; // a later one must not be reported instead
      EXPECT_EQ(first_non_ascii(text), at) << "length " << length;
      EXPECT_FALSE(is_ascii(text));
    }
  }
}

} // namespace
} // namespace recon
