#include "io/tab_fields.hpp"

#include <numeric>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace recon {
namespace {

std::vector<std::string> naive_split(const std::string& line) {
  std::vector<std::string> fields(1);
  for (const char c : line) {
    if (c == '\t') {
      fields.emplace_back();
    } else {
      fields.back() += c;
    }
  }
  return fields;
}

std::vector<std::string> split(const std::string& line) {
  std::vector<std::string_view> fields;
  split_tab_fields(line, fields);
  return {fields.begin(), fields.end()};
}

TEST(SplitTabFields, SplitsAtEveryTab) {
  EXPECT_EQ(split(""), (std::vector<std::string>{""}));
  EXPECT_EQ(split("\t"), (std::vector<std::string>{"", ""}));
  EXPECT_EQ(split("a\tb\t\tc"), (std::vector<std::string>{"a", "b", "", "c"}));
}

TEST(SplitTabFields, AgreesWithACharacterLoopOnRowsOfEveryLengthAndDensity) {
  // Short rows, rows crossing 16-byte blocks with many tabs per block, and rows over the 4 KiB
  // that the fast path handles, all reusing one vector as the reader does.
  std::mt19937 random(7);
  std::vector<std::string_view> reused;
  for (const std::size_t length : {1U, 15U, 16U, 17U, 31U, 64U, 200U, 4095U, 4096U, 4097U, 9000U}) {
    for (const unsigned tabs_in_ten : {0U, 1U, 5U, 10U}) {
      std::string line;
      for (std::size_t i = 0; i < length; ++i) line += random() % 10 < tabs_in_ten ? '\t' : static_cast<char>('a' + random() % 26);
      split_tab_fields(line, reused);
      EXPECT_EQ(std::vector<std::string>(reused.begin(), reused.end()), naive_split(line))
          << "length " << length << ", tabs " << tabs_in_ten << " in ten";
    }
  }
}

TEST(SplitLeadingTabFields, KeepsTheLeadingFieldsAndCountsAll) {
  std::mt19937 random(11);
  // Every length up to 80 puts the tabs at every place in the overlapping last 16-byte step.
  std::vector<std::size_t> lengths(81);
  std::iota(lengths.begin(), lengths.end(), 0U);
  lengths.insert(lengths.end(), {200U, 5000U});
  for (const std::size_t length : lengths) {
    std::string line;
    for (std::size_t i = 0; i < length; ++i) line += random() % 4 == 0 ? '\t' : 'x';
    const auto all = naive_split(line);
    for (const std::size_t wanted : {1U, 2U, 7U, 24U, 100U}) {
      std::vector<std::string_view> leading(wanted, "untouched");
      EXPECT_EQ(split_leading_tab_fields(line, leading), all.size()) << length << " " << wanted;
      for (std::size_t i = 0; i < wanted; ++i) {
        EXPECT_EQ(leading[i], i < all.size() ? std::string_view(all[i]) : "untouched") << length << " " << wanted << " " << i;
      }
    }
  }
}

TEST(TrimField, RemovesSurroundingSpacesOnly) {
  EXPECT_EQ(trim_field("  32.09    "), "32.09");
  EXPECT_EQ(trim_field("\t1 2\t"), "\t1 2\t");
  EXPECT_EQ(trim_field("   "), "");
}

} // namespace
} // namespace recon
