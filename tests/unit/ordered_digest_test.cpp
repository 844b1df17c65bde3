#include "io/ordered_digest.hpp"

#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace recon {
namespace {

std::string sha256_of(const std::string& text) {
  Sha256 digest;
  digest.update(text);
  return digest.finish_hex();
}

// A part's bytes as a reader hands them over: a view, kept readable by its keeper.
std::vector<FileBytes> bytes_of(const std::string& text) {
  auto kept = std::make_shared<const std::string>(text);
  return {FileBytes{0, *kept, kept}};
}

TEST(OrderedDigest, HashesPartsInFileOrderWhateverOrderTheyArriveIn) {
  const std::vector<std::string> parts = {"second ", "third ", "fourth ", "fifth"};
  OrderedDigest digest(parts.size(), 8);
  digest.add_first(bytes_of("first "));
  for (const std::size_t part : {2U, 0U, 3U, 1U}) digest.complete(part, bytes_of(parts[part]));
  EXPECT_EQ(digest.finish(), sha256_of("first second third fourth fifth"));
}

TEST(OrderedDigest, TwoThreadsReadingAheadAndWaitingTheirTurn) {
  // Each thread takes every other part; no more than two may be held unhashed at once.
  std::string whole;
  std::vector<std::string> parts;
  for (int i = 0; i < 200; ++i) parts.push_back(std::string(1000 + static_cast<std::size_t>(i), static_cast<char>('a' + i % 26)));
  for (const auto& part : parts) whole += part;
  OrderedDigest digest(parts.size(), 2);
  const auto work = [&](std::size_t first) {
    for (std::size_t part = first; part < parts.size(); part += 2) {
      digest.wait_for_turn(part);
      digest.complete(part, bytes_of(parts[part]));
    }
  };
  std::thread other(work, 1);
  work(0);
  other.join();
  EXPECT_EQ(digest.finish(), sha256_of(whole));
}

TEST(OrderedDigest, LetsGoOfEachPartsBytesOnceHashed) {
  // The bytes are mappings of the file: holding them longer than needed would hold its pages.
  OrderedDigest digest(2, 2);
  auto second = bytes_of("second");
  const std::weak_ptr<const void> second_kept = second.front().keeper;
  digest.complete(1, std::move(second));
  EXPECT_FALSE(second_kept.expired()); // waiting for the first part
  digest.complete(0, bytes_of("first"));
  EXPECT_TRUE(second_kept.expired());
  EXPECT_EQ(digest.finish(), sha256_of("firstsecond"));
}

TEST(OrderedDigest, GivesNoDigestOnceAPartIsAbandoned) {
  OrderedDigest digest(3, 1);
  digest.complete(0, bytes_of("a"));
  digest.abandon();
  digest.wait_for_turn(2); // does not wait: nothing will be hashed any more
  digest.complete(2, bytes_of("c"));
  EXPECT_EQ(digest.finish(), std::nullopt);
}

TEST(OrderedDigest, GivesNoDigestWhileAPartIsMissing) {
  OrderedDigest digest(2, 2);
  digest.complete(1, bytes_of("b"));
  EXPECT_EQ(digest.finish(), std::nullopt);
}

} // namespace
} // namespace recon
