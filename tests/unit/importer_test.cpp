#include "recon/ingest/importer.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "recon/base/input_error.hpp"
#include "temp_file.hpp"

namespace recon {
namespace {

std::string_view importer_of(std::string_view bytes) {
  const test::TempFile file(bytes);
  return importer_for(read_file_head(file.path())).name;
}

TEST(Importers, TellFilesApartByContent) {
  EXPECT_EQ(importer_of("settlement-id\tsettlement-start-date\ttransaction-type\tamount-type\tamount\n"), "amazon-v2");
  EXPECT_EQ(importer_of("settlement-id\tsettlement-start-date\tprice-type\tprice-amount\n"), "amazon-v1");
  EXPECT_EQ(importer_of("Date,Description,Amount\n2026-03-20,AMAZON,1.00\n"), "bank-csv");
}

TEST(Importers, ReadTheDemoFilesAsTheirKinds) {
  const std::string demo = RECON_TESTDATA_DIR "/demo/";
  EXPECT_EQ(importer_for(read_file_head(demo + "settlement-01.txt")).name, "amazon-v2");
  EXPECT_EQ(importer_for(read_file_head(demo + "bank.csv")).name, "bank-csv");
  EXPECT_EQ(importer_for(read_file_head(RECON_TESTDATA_DIR "/fixtures/v1-ca.txt")).name, "amazon-v1");
}

TEST(Importers, AFileGivenAsABankExportIsReadByABankImporter) {
  const test::TempFile report("settlement-id\tsettlement-start-date\ttransaction-type\tamount-type\tamount\n");
  const Importer& importer = bank_importer_for(read_file_head(report.path()));
  EXPECT_EQ(importer.kind, ImportedKind::bank_statements);
}

TEST(Importers, EveryRowReadsWhatItsKindSays) {
  ASSERT_FALSE(importers().empty());
  for (const Importer& importer : importers()) {
    SCOPED_TRACE(std::string(importer.name));
    EXPECT_NE(importer.recognises, nullptr);
    EXPECT_EQ(importer.read_settlements != nullptr, importer.kind == ImportedKind::settlements);
    EXPECT_EQ(importer.read_bank_statement != nullptr, importer.kind == ImportedKind::bank_statements);
  }
  // The last row takes whatever the others do not, so that every file is read or refused by name.
  EXPECT_TRUE(importers().back().recognises(FileHead{"any", {"anything at all"}}));
}

TEST(Importers, AFileHeadIsItsFirstLines) {
  const test::TempFile file("one\r\ntwo\nthree\n");
  const FileHead head = read_file_head(file.path(), 2);
  EXPECT_THAT(head.lines, testing::ElementsAre("one", "two"));
  EXPECT_THROW((void)read_file_head("/nonexistent/file.csv"), InputError);
}

} // namespace
} // namespace recon
