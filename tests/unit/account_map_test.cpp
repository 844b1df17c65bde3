#include "recon/post/account_map.hpp"

#include <fstream>
#include <iterator>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "recon/base/input_error.hpp"
#include "temp_file.hpp"

namespace recon {
namespace {

using ::testing::HasSubstr;

InputError parse_error(const std::string& text) {
  try {
    (void)AccountMap::parse(text, "map.csv");
  } catch (const InputError& error) {
    return error;
  }
  ADD_FAILURE() << "the map should be refused:\n" << text;
  return InputError("", 0, "");
}

const std::string header = "transaction-type,amount-type,amount-description,account\n";

TEST(WildcardMatch, MatchesStarsAnywhere) {
  EXPECT_TRUE(wildcard_match("*", ""));
  EXPECT_TRUE(wildcard_match("*", "anything"));
  EXPECT_TRUE(wildcard_match("FBA*", "FBAPerUnitFulfillmentFee"));
  EXPECT_TRUE(wildcard_match("*Tax", "ShippingTax"));
  EXPECT_TRUE(wildcard_match("*Tax*", "MarketplaceFacilitatorTax-Principal"));
  EXPECT_TRUE(wildcard_match("a*b*c", "aXXbYYc"));
  EXPECT_FALSE(wildcard_match("FBA*", "Commission"));
  EXPECT_FALSE(wildcard_match("*Tax", "TaxDiscount"));
  EXPECT_FALSE(wildcard_match("", "x"));
  EXPECT_TRUE(wildcard_match("", ""));
  EXPECT_FALSE(wildcard_match("Principal", "principal")); // labels are case-sensitive, as Amazon writes them
}

TEST(AccountMap, FirstMatchingRuleWins) {
  const auto map = AccountMap::parse(header + "Order,ItemPrice,Principal,Income:Sales\n*,ItemPrice,*,Income:Other\n", "map.csv");
  EXPECT_EQ(map.match("Order", "ItemPrice", "Principal")->account, "Income:Sales");
  EXPECT_EQ(map.match("Refund", "ItemPrice", "Principal")->account, "Income:Other");
  EXPECT_EQ(map.match("Order", "ItemPrice", "Principal")->line, 2U);
  EXPECT_EQ(map.match("Order", "ItemFees", "Commission"), nullptr);
}

TEST(AccountMap, ReadsCommentsQuotesAndMissingMatchColumns) {
  const auto map = AccountMap::parse("# my map\n\naccount,amount-description\n\"Expenses:Fees, misc\",\"Storage Fee\"\n", "map.csv");
  ASSERT_EQ(map.rules().size(), 1U);
  EXPECT_EQ(map.rules()[0].transaction_type, "*"); // a column left out matches anything
  EXPECT_EQ(map.match("other-transaction", "other-transaction", "Storage Fee")->account, "Expenses:Fees, misc");
}

TEST(AccountMap, LoadsAFile) {
  test::TempFile file(header + "*,*,*,Expenses:Everything\n", "map.csv");
  const auto map = AccountMap::load(file.path());
  EXPECT_EQ(map.source(), file.path());
  EXPECT_EQ(map.match("a", "b", "c")->account, "Expenses:Everything");
}

TEST(AccountMapErrors, RefusesUnknownColumnsNamingTheLine) {
  const auto error = parse_error("# comment\ntransaction-type,amount-kind,account\n");
  EXPECT_EQ(error.file(), "map.csv");
  EXPECT_EQ(error.line(), 2U);
  EXPECT_THAT(error.message(), HasSubstr("unknown column 'amount-kind'"));
}

TEST(AccountMapErrors, RefusesBadAccounts) {
  EXPECT_THAT(parse_error(header + "Order,ItemPrice,Principal,\n").message(), HasSubstr("empty"));
  EXPECT_THAT(parse_error(header + "Order,ItemPrice,Principal,Income:  Sales\n").message(), HasSubstr("two spaces"));
  EXPECT_THAT(parse_error(header + "Order,ItemPrice,Principal,Income::Sales\n").message(), HasSubstr("empty part"));
  EXPECT_THAT(parse_error(header + "Order,ItemPrice,Principal,Income:{shop}\n").message(), HasSubstr("unknown placeholder {shop}"));
  EXPECT_EQ(parse_error(header + "a,b,c,D\nOrder,ItemPrice,Principal,\n").line(), 3U);
}

TEST(AccountMapErrors, RefusesRulesThatCanNeverMatch) {
  const auto error = parse_error(header + "*,*,*,Expenses:All\nOrder,ItemPrice,Principal,Income:Sales\n");
  EXPECT_EQ(error.line(), 3U);
  EXPECT_THAT(error.message(), HasSubstr("never match"));
  EXPECT_THAT(error.message(), HasSubstr("line 2"));
  EXPECT_THAT(parse_error(header + "*,ItemFees,FBA*,A:B\n*,ItemFees,FBAPerUnitFulfillmentFee,C:D\n").message(), HasSubstr("never match"));
  EXPECT_THAT(parse_error(header + "Order,*,*Tax,A:B\nOrder,ItemPrice,*ShippingTax,C:D\n").message(), HasSubstr("never match"));
  EXPECT_THAT(parse_error(header + "a,b,c,A:B\na,b,c,C:D\n").message(), HasSubstr("never match"));
  // A narrower rule after a wider one that does not contain it is fine.
  EXPECT_NO_THROW((void)AccountMap::parse(header + "*,ItemFees,FBA*,A:B\n*,ItemFees,Commission,C:D\n", "map.csv"));
}

TEST(AccountMapErrors, RefusesRowsOfTheWrongWidthAndEmptyMaps) {
  EXPECT_THAT(parse_error(header + "Order,ItemPrice,Income:Sales\n").message(), HasSubstr("3 fields"));
  EXPECT_THAT(parse_error("# nothing\n").message(), HasSubstr("empty"));
  EXPECT_THAT(parse_error(header).message(), HasSubstr("no rules"));
  EXPECT_THAT(parse_error("transaction-type\nOrder\n").message(), HasSubstr("no 'account' column"));
}

TEST(BuiltInMap, LoadsAndCoversTheFormatGuidesVocabulary) {
  const auto map = AccountMap::built_in();
  const struct {
    const char* type;
    const char* amount_type;
    const char* description;
    const char* account;
  } expected[] = {
      {"Order", "ItemPrice", "Principal", "Income:Amazon:Sales"},
      {"Order", "ItemPrice", "Tax", "Liabilities:SalesTax:Amazon"},
      {"Order", "ItemWithheldTax", "MarketplaceFacilitatorTax-Principal", "Liabilities:SalesTax:Amazon"},
      {"Order", "ItemWithheldTax", "LowValueGoodsTax-Shipping", "Liabilities:SalesTax:Amazon"},
      {"Order", "Promotion", "Principal", "Income:Amazon:Promotions"},
      {"Order", "ItemFees", "Commission", "Expenses:Amazon:ReferralFees"},
      {"Order", "ItemFees", "FBAPerUnitFulfillmentFee", "Expenses:Amazon:FulfilmentFees"},
      {"Refund", "ItemPrice", "Principal", "Income:Amazon:Refunds"},
      {"Refund", "ItemPrice", "Tax", "Liabilities:SalesTax:Amazon"},
      {"Refund", "ItemFees", "RefundCommission", "Expenses:Amazon:ReferralFees"},
      {"ServiceFee", "Cost of Advertising", "TransactionTotalAmount", "Expenses:Amazon:Advertising"},
      {"other-transaction", "other-transaction", "Storage Fee", "Expenses:Amazon:StorageFees"},
      {"other-transaction", "FBA Inventory Reimbursement", "WAREHOUSE_DAMAGE", "Income:Amazon:Reimbursements"},
      {"other-transaction", "other-transaction", "Current Reserve Amount", "{clearing}"},
      {"other-transaction", "other-transaction", "Previous Reserve Amount Balance", "{clearing}"},
      {"other-transaction", "other-transaction", "Payable to Amazon", "{clearing}"},
      {"other-transaction", "other-transaction", "Successful charge", "Liabilities:Amazon:CardCharges"},
  };
  for (const auto& line : expected) {
    const MapRule* rule = map.match(line.type, line.amount_type, line.description);
    ASSERT_NE(rule, nullptr) << line.description;
    EXPECT_EQ(rule->account, line.account) << line.type << " / " << line.amount_type << " / " << line.description;
  }
  // A label nobody mapped is never swept into a default account.
  EXPECT_EQ(map.match("other-transaction", "other-transaction", "VineEnrollmentFee"), nullptr);
}

} // namespace
} // namespace recon

namespace recon {
namespace {

TEST(BuiltInMap, IsDocumentedWordForWord) {
  std::ifstream doc(std::string(RECON_TESTDATA_DIR) + "/../docs/account-map.md");
  ASSERT_TRUE(doc) << "docs/account-map.md is missing";
  const std::string text((std::istreambuf_iterator<char>(doc)), std::istreambuf_iterator<char>());
  EXPECT_NE(text.find(default_account_map_text()), std::string::npos)
      << "docs/account-map.md must show the built-in map as `recon map --print-default` prints it";
}

} // namespace
} // namespace recon
