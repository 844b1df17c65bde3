#include "io/line_source.hpp"
#include "io/observed_line_source.hpp"

#include <filesystem>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "recon/base/input_error.hpp"
#include "temp_file.hpp"

namespace recon {
namespace {

using namespace std::string_literals;
using test::TempFile;
using ::testing::HasSubstr;

std::vector<std::string> lines_of(const std::string& path) {
  LineSource source(path);
  std::vector<std::string> lines;
  while (const auto line = source.next()) {
    EXPECT_EQ(line->number, lines.size() + 1);
    lines.emplace_back(line->text);
  }
  return lines;
}

InputError error_reading(const std::string& path) {
  try {
    (void)lines_of(path);
  } catch (const InputError& error) {
    return error;
  }
  ADD_FAILURE() << "reading " << path << " should fail";
  return InputError(path, 0, "");
}

TEST(LineSource, ReadsLinesWithOrWithoutAFinalNewline) {
  EXPECT_EQ(lines_of(TempFile("a\nb\n").path()), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(lines_of(TempFile("a\nb").path()), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(lines_of(TempFile("a\n\nb\n").path()), (std::vector<std::string>{"a", "", "b"}));
  EXPECT_TRUE(lines_of(TempFile("").path()).empty());
}

TEST(LineSource, StripsCrlfAndTheUtf8ByteOrderMark) {
  EXPECT_EQ(lines_of(TempFile("\xEF\xBB\xBFhead\r\nrow\r\n").path()), (std::vector<std::string>{"head", "row"}));
}

TEST(LineSource, ReadsWindows1252AsUtf8) {
  TempFile file("sku\tM\xDCSLI\n");
  LineSource source(file.path());
  EXPECT_EQ(source.next()->text, "sku\tMÜSLI");
  EXPECT_TRUE(source.saw_windows1252());
}

TEST(LineSource, KeepsUtf8AsItIs) {
  TempFile file("sku\tMÜSLI\n");
  LineSource source(file.path());
  EXPECT_EQ(source.next()->text, "sku\tMÜSLI");
  EXPECT_FALSE(source.saw_windows1252());
}

TEST(LineSource, NamesTheLineOfANulByte) {
  const auto error = error_reading(TempFile("one\ntwo\nth\0ree\n"s).path());
  EXPECT_EQ(error.line(), 3U);
  EXPECT_THAT(error.message(), HasSubstr("NUL"));
}

TEST(LineSource, RefusesUtf16NamingTheEncoding) {
  const auto error = error_reading(TempFile("\xFF\xFEs\0e\0t\0\n\0"s).path());
  EXPECT_EQ(error.line(), 0U);
  EXPECT_THAT(error.message(), HasSubstr("UTF-16LE"));
}

TEST(LineSource, RefusesMissingFilesAndDirectories) {
  TempFile file("x");
  EXPECT_THAT(error_reading(file.directory() + "/absent.txt").message(), HasSubstr("No such file"));
  EXPECT_THAT(error_reading(file.directory()).message(), HasSubstr("directory"));
}

TEST(LineSource, ReadsFilesLargerThanOneReadBlock) {
  // Many 1 MiB read blocks, ending without a newline.
  std::string text;
  const std::string row(99, 'x');
  for (int i = 0; i < 500000; ++i) text += row + '\n';
  text += "last";
  const auto lines = lines_of(TempFile(text).path());
  ASSERT_EQ(lines.size(), 500001U);
  EXPECT_EQ(lines.back(), "last");
  EXPECT_EQ(lines[123456], row);
}

TEST(LineSource, RefusesALineLongerThanTheReadersLimit) {
  const std::string text = "header\n" + std::string(17 * 1024 * 1024, 'x') + "\n";
  const auto error = error_reading(TempFile(text).path());
  EXPECT_EQ(error.line(), 2U);
  EXPECT_THAT(error.message(), HasSubstr("16 MiB"));
}

TEST(LineSource, RangesSplitAnywhereHandOutEveryLineOnce) {
  const std::string text = "head\r\none\n\ntwo\nthree three\nfour\nlast";
  TempFile file(text);
  const auto whole = lines_of(file.path());
  for (std::uint64_t cut = 0; cut <= text.size() + 1; ++cut) {
    std::vector<std::string> joined;
    for (const ByteRange range : {ByteRange{0, cut}, ByteRange{cut, UINT64_MAX}}) {
      if (range.begin >= range.end) continue;
      LineSource source(file.path(), range);
      while (const auto line = source.next()) joined.emplace_back(line->text);
    }
    EXPECT_EQ(joined, whole) << "cut at byte " << cut;
  }
}

TEST(LineSource, ReportsWhereTheNextLineStarts) {
  TempFile file("ab\ncd\n");
  LineSource source(file.path());
  EXPECT_EQ(source.position(), 0U);
  (void)source.next();
  EXPECT_EQ(source.position(), 3U);
  (void)source.next();
  EXPECT_EQ(source.position(), 6U);
  EXPECT_EQ(source.file_size(), 6U);
}

TEST(LineSource, NamesTheLineOfANulByteInALaterRange) {
  TempFile file("one\ntwo\nth\0ree\n"s);
  LineSource source(file.path(), {4, UINT64_MAX});
  EXPECT_EQ(source.next()->text, "two");
  try {
    (void)source.next();
    ADD_FAILURE() << "the NUL byte should be refused";
  } catch (const InputError& error) {
    EXPECT_EQ(error.line(), 2U); // counted from the range's first line
  }
}

TEST(LineSource, ReadsALineLongerThanAWindowWithinARange) {
  const std::string long_line(5 * 1024 * 1024, 'x'); // longer than a 4 MiB window
  const std::string text = "a\n" + long_line + "\nz\n";
  TempFile file(text);
  EXPECT_EQ(lines_of(file.path()), (std::vector<std::string>{"a", long_line, "z"}));
  // The long line starts inside [0, 3), so that range reads it to its end, far past its own.
  LineSource first(file.path(), {0, 3});
  EXPECT_EQ(first.next()->text, "a");
  EXPECT_EQ(first.next()->text.size(), long_line.size());
  EXPECT_FALSE(first.next());
  LineSource rest(file.path(), {3, UINT64_MAX});
  EXPECT_EQ(rest.next()->text, "z");
  EXPECT_FALSE(rest.next());
}

TEST(LineSource, HandsItsObserverEveryByteOnceInOrderReadableAfterTheSourceIsGone) {
  std::string text;
  for (std::size_t i = 0; i < 150000; ++i) text += "line " + std::to_string(i) + std::string(i % 97, 'y') + '\n';
  ASSERT_GT(text.size(), std::size_t{8} << 20U); // several windows
  TempFile file(text);
  std::vector<FileBytes> seen;
  {
    ObservedLineSource source(file.path(), {}, [&seen](const FileBytes& bytes) { seen.push_back(bytes); });
    while (source.next()) {
    }
  }
  std::string joined;
  for (const FileBytes& bytes : seen) {
    EXPECT_EQ(bytes.offset, joined.size());
    joined += bytes.bytes;
  }
  EXPECT_EQ(joined, text);
}

TEST(LineSource, ReadsAFileTheSystemWillNotMap) {
  // Files in /proc report no size and cannot be mapped: they are read with pread to their end.
  const auto lines = lines_of("/proc/self/comm");
  ASSERT_EQ(lines.size(), 1U);
  EXPECT_FALSE(lines.front().empty());
}

TEST(LineSourceDeathTest, StopsNamingTheFileWhenItIsCutShortWhileRead) {
  std::string text;
  for (int i = 0; i < 10000; ++i) text += std::string(99, 'x') + '\n';
  TempFile file(text);
  EXPECT_EXIT(
      {
        LineSource source(file.path());
        (void)source.next();
        std::filesystem::resize_file(file.path(), 0); // as another program truncating it would
        while (source.next()) {
        }
        std::exit(0);
      },
      ::testing::ExitedWithCode(2), "recon: error: .*report.txt: the file was cut short while recon read it");
}

} // namespace
} // namespace recon
