#include "ingest/bank_date_forms.hpp"

#include <gtest/gtest.h>

namespace recon {
namespace {

TEST(BankDateForms, RewritesTheFormsBanksUseToIso) {
  EXPECT_EQ(iso_from_bank_date("20.03.26"), "2026-03-20");    // Sparkasse
  EXPECT_EQ(iso_from_bank_date("2026.03.20."), "2026-03-20"); // Hungarian, trailing dot
  EXPECT_EQ(iso_from_bank_date("20260320"), "2026-03-20");    // ING
  EXPECT_EQ(iso_from_bank_date("12 May 2026"), "2026-05-12"); // UK card exports
  EXPECT_EQ(iso_from_bank_date("1 may 26"), "2026-05-01");
}

TEST(BankDateForms, LeavesOtherTextToTheCalendar) {
  EXPECT_EQ(iso_from_bank_date("2026-03-20"), std::nullopt);
  EXPECT_EQ(iso_from_bank_date("20.03.2026"), std::nullopt);
  EXPECT_EQ(iso_from_bank_date("03/20/2026"), std::nullopt);
  EXPECT_EQ(iso_from_bank_date("Pending"), std::nullopt);
  EXPECT_EQ(iso_from_bank_date("12 Mai 2026"), std::nullopt);
  EXPECT_EQ(iso_from_bank_date("2026032"), std::nullopt);
}

} // namespace
} // namespace recon
