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
    EXPECT_EQ(importer.refuse != nullptr, importer.kind == ImportedKind::refused);
  }
  // The last row takes whatever the others do not, so that every file is read or refused by name.
  EXPECT_TRUE(importers().back().recognises(FileHead{"any", {"anything at all"}}));
}

// The message recon refuses a file with, or "" when it identifies the file.
std::string refusal_of(std::string_view bytes) {
  const test::TempFile file(bytes);
  try {
    (void)importer_for(read_file_head(file.path()));
  } catch (const InputError& error) {
    return error.message();
  }
  return "";
}

TEST(Importers, RefuseADateRangeReportInEveryMarketplacesLanguage) {
  using testing::HasSubstr;
  const std::string preamble = "\"Includes Amazon Marketplace, Fulfillment by Amazon (FBA), and Amazon Webstore transactions\"\n"
                               "\"All amounts in USD, unless specified\"\n\"Definitions:\"\n";
  const std::string headers[] = {
      R"("date/time","settlement id","type","order id","sku","description","quantity","marketplace","total")",
      R"("Datum/Uhrzeit","Abrechnungsnummer","Typ","Bestellnummer","SKU","Beschreibung","Menge","Gesamt")",
      R"("date/heure","numéro de versement","type","numéro de la commande","sku","description","total")",
      R"("Data/Ora:","Numero pagamento","Tipo","Numero ordine","SKU","Descrizione","totale")",
      R"("fecha y hora","identificador de pago","tipo","número de pedido","sku","descripción","total")",
      R"("fecha/hora","Id. de liquidación","tipo ","Id. del pedido","sku","descripción","total")",
      R"("datum/tijd","schikkings-ID","type","bestelnummer","sku","beschrijving","totaal")",
      R"("datum/tid","reglerings-id","typ","beställnings-id","sku","beskrivning","totalt")",
      R"("data/godzina","identyfikator rozliczenia","typ","identyfikator zamówienia","sku","opis","suma")",
      R"("日付/時間","決済番号","トランザクションの種類","注文番号","SKU","説明","合計")",
  };
  for (const std::string& header : headers) {
    SCOPED_TRACE(header);
    EXPECT_THAT(refusal_of(preamble + header + "\n\"x\",\"1\"\n"), HasSubstr("Date Range (transaction) report"));
    EXPECT_THAT(refusal_of(header + "\n"), HasSubstr("Date Range (transaction) report")); // without a preamble
  }
  // Thirteen lines of preamble, as in India's reports.
  EXPECT_THAT(refusal_of(std::string(13, '\n').replace(0, 0, "\"Includes…\"") + headers[0] + "\n"), HasSubstr("Date Range"));
}

TEST(Importers, RefuseTheXmlSettlementReport) {
  EXPECT_THAT(refusal_of("<?xml version=\"1.0\"?>\n<AmazonEnvelope>\n<MessageType>SettlementReport</MessageType>\n"),
              testing::HasSubstr("XML settlement report"));
}

TEST(Importers, ABankExportIsNotTakenForAnAmazonReport) {
  EXPECT_EQ(refusal_of("Date,Description,Amount\n2026-03-20,AMAZON SETTLEMENT ID 17000001003,1.00\n"), "");
  EXPECT_EQ(refusal_of("Date/Time,Reference,Amount\n2026-03-20 10:00,x,1.00\n"), "");
}

TEST(Importers, AFileHeadIsItsFirstLines) {
  const test::TempFile file("one\r\ntwo\nthree\n");
  const FileHead head = read_file_head(file.path(), 2);
  EXPECT_THAT(head.lines, testing::ElementsAre("one", "two"));
  EXPECT_THROW((void)read_file_head("/nonexistent/file.csv"), InputError);
}

} // namespace
} // namespace recon
