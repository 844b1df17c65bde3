#include "run/stale_journal_parts.hpp"

#include <filesystem>
#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "temp_file.hpp"

namespace recon {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

const std::string header = export_journal(Journal{}, JournalFormat::xero, {});

void write(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

class StaleJournalParts : public ::testing::Test {
protected:
  StaleJournalParts() {
    write(at("xero.csv"), header);
    write(at("xero-1.csv"), header + "\"Amazon settlement 1, 2026-03-02 to 2026-03-16 [1]\",16/03/2026,x,200,Tax Exempt,-1.00,,,,\r\n");
    write(at("xero-2.csv"), header + "\"a \"\"quoted\"\" narration [2-deposit]\",18/03/2026,x,1210,Tax Exempt,1.00,,,,\r\n" +
                                "Amazon deposit [2-deposit],18/03/2026,x,AMZ-CLR,Tax Exempt,-1.00,,,,\r\n");
    write(at("xero-02.csv"), header);                                              // a number recon never writes
    write(at("xero-3.csv"), header + "Rent,01/03/2026,,200,Tax Exempt,10.00,,,,\r\n"); // Xero's template by hand
    write(at("xero-4.csv"), "my own notes\r\n");                                   // a part's name, other content
    write(at("xero-5.csv"), header + "\"unterminated [5]\",01/03/2026,,200,Tax Exempt,10.00,,,,");
    write(at("kept.csv"), header);
    std::filesystem::create_symlink(at("kept.csv"), at("xero-6.csv")); // a link
    write(at("xero-7.csv"), header); // a file the run reads
  }

  [[nodiscard]] std::string at(const std::string& name) const { return scratch_.directory() + "/" + name; }
  [[nodiscard]] JournalOutput output() const { return {at("xero.csv"), JournalFormat::xero, {}, {}}; }
  [[nodiscard]] ProtectedPaths protect() const { return {at("recon.db"), {at("xero-7.csv")}}; }

  test::TempFile scratch_{""};
};

TEST_F(StaleJournalParts, OneFileReplacesEveryPartReconWrote) {
  EXPECT_THAT(stale_journal_parts(output(), {at("xero.csv")}, protect()), ElementsAre(at("xero-1.csv"), at("xero-2.csv")));
}

TEST_F(StaleJournalParts, PartsReplaceTheOneFileAndThePartsBeyondThem) {
  write(at("xero-10.csv"), header);
  EXPECT_THAT(stale_journal_parts(output(), {at("xero-1.csv")}, protect()),
              ElementsAre(at("xero.csv"), at("xero-2.csv"), at("xero-10.csv")));
  EXPECT_THAT(stale_journal_parts(output(), {at("xero-1.csv"), at("xero-2.csv"), at("xero-10.csv")}, protect()), ElementsAre(at("xero.csv")));
}

TEST_F(StaleJournalParts, RemovingSaysWhatCouldNotBeRemoved) {
  EXPECT_THAT(remove_stale_parts({at("xero-1.csv")}), IsEmpty());
  EXPECT_FALSE(std::filesystem::exists(at("xero-1.csv")));
  EXPECT_THAT(remove_stale_parts({at("gone.csv")}), ElementsAre(at("gone.csv")));
}

} // namespace
} // namespace recon
