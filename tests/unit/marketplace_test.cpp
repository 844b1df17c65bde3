#include "recon/model/marketplace.hpp"

#include <gtest/gtest.h>

namespace recon {
namespace {

TEST(Marketplace, KnowsStorefrontCodes) {
  EXPECT_EQ(marketplace_code("Amazon.com"), "US");
  EXPECT_EQ(marketplace_code("Amazon.com.au"), "AU");
  EXPECT_EQ(marketplace_code("amazon.co.uk"), "UK");
  EXPECT_EQ(marketplace_code("Amazon.de"), "DE");
  EXPECT_FALSE(marketplace_code("Non-Amazon CA"));
  EXPECT_FALSE(marketplace_code(""));
}

TEST(Marketplace, PicksTheFirstStorefront) {
  EXPECT_EQ(primary_marketplace_code({"Non-Amazon CA", "Amazon.ca"}), "CA");
  EXPECT_FALSE(primary_marketplace_code({}));
}

} // namespace
} // namespace recon
