#pragma once
// Builds small settlement report texts for tests, so each test states only the fields it is about.

#include <map>
#include <string>
#include <vector>

namespace recon::test {

inline const std::vector<std::string> v2_columns = {
    "settlement-id", "settlement-start-date", "settlement-end-date", "deposit-date", "total-amount", "currency",
    "transaction-type", "order-id", "merchant-order-id", "adjustment-id", "shipment-id", "marketplace-name",
    "amount-type", "amount-description", "amount", "fulfillment-id", "posted-date", "posted-date-time",
    "order-item-code", "merchant-order-item-id", "merchant-adjustment-item-id", "sku", "quantity-purchased",
    "promotion-id"};

// The V2 columns with posted-date and posted-date-time moved before amount-type: nothing recon
// reads follows the amounts.
inline std::vector<std::string> v2_columns_posted_before_amounts() {
  std::vector<std::string> columns = v2_columns;
  for (const std::string name : {"posted-date-time", "posted-date"}) {
    std::erase(columns, name);
    columns.insert(columns.begin() + 12, name);
  }
  return columns;
}

using Row = std::map<std::string, std::string>;

inline std::string tab_line(const std::vector<std::string>& columns, const Row& row) {
  std::string line;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (i > 0) line += '\t';
    if (const auto found = row.find(columns[i]); found != row.end()) line += found->second;
  }
  return line + "\n";
}

inline Row v2_summary(std::string total, std::string currency = "USD") {
  return {{"settlement-id", "17000001003"},
          {"settlement-start-date", "2026-03-02 07:04:11 UTC"},
          {"settlement-end-date", "2026-03-16 07:04:11 UTC"},
          {"deposit-date", "2026-03-18 07:04:11 UTC"},
          {"total-amount", std::move(total)},
          {"currency", std::move(currency)}};
}

inline Row v2_body(std::string type, std::string amount_type, std::string description, std::string amount) {
  return {{"settlement-id", "17000001003"},
          {"transaction-type", std::move(type)},
          {"amount-type", std::move(amount_type)},
          {"amount-description", std::move(description)},
          {"amount", std::move(amount)},
          {"marketplace-name", "Amazon.com"},
          {"posted-date", "03/05/26"},
          {"posted-date-time", "2026-03-05 10:11:12 UTC"}};
}

inline std::string v2_report(const std::vector<Row>& rows, const std::vector<std::string>& columns = v2_columns) {
  std::string text;
  for (std::size_t i = 0; i < columns.size(); ++i) text += (i > 0 ? "\t" : "") + columns[i];
  text += '\n';
  for (const auto& row : rows) text += tab_line(columns, row);
  return text;
}

} // namespace recon::test
