#include "recon/ingest/bank_profile.hpp"

#include <optional>
#include <string_view>
#include <vector>

#include "recon/base/comma_list.hpp"
#include "recon/base/input_error.hpp"

namespace recon {
namespace {

std::optional<std::string>* column_for_role(std::string_view role, BankReadOptions& read) {
  if (role == "date") return &read.date_column;
  if (role == "amount") return &read.amount_column;
  if (role == "debit") return &read.debit_column;
  if (role == "credit") return &read.credit_column;
  if (role == "description") return &read.description_column;
  if (role == "sign") return &read.sign_column;
  if (role == "currency") return &read.currency_column;
  return nullptr;
}

} // namespace

BankReadOptions bank_read_options(Currency currency, const BankProfile& profile) {
  BankReadOptions read{.currency = currency};
  if (profile.date_format == "MM/DD/YYYY") {
    read.date_order = BankDateOrder::month_first;
  } else if (profile.date_format == "DD/MM/YYYY") {
    read.date_order = BankDateOrder::day_first;
  } else if (profile.date_format == "YYYY-MM-DD") {
    read.date_order = BankDateOrder::year_first;
  } else if (!profile.date_format.empty()) {
    throw InputError("--bank-date-format", 0, "unknown date format '" + profile.date_format + "'")
        .with_hint("Name one of MM/DD/YYYY, DD/MM/YYYY and YYYY-MM-DD.");
  }
  // date=Posting Date,amount=Amount,description=Details (also debit=, credit=, sign=, currency=), or
  // date=1,amount=2,description=5: the columns' places in an export without a header.
  for (const auto& item : comma_separated(profile.columns)) {
    const auto equals = item.find('=');
    const std::string role = item.substr(0, equals);
    const std::string name = equals == std::string::npos ? "" : item.substr(equals + 1);
    std::optional<std::string>* column = column_for_role(role, read);
    if (column == nullptr || name.empty()) {
      throw InputError("--bank-columns", 0, "cannot read '" + item + "'")
          .with_hint("Write ROLE=Header name pairs separated by commas; the roles are date, amount, debit, credit, description, sign and currency.");
    }
    *column = name;
  }
  return read;
}

void check_bank_profile(const BankProfile& profile) {
  (void)bank_read_options(*Currency::from_code("USD"), profile); // the currency plays no part in the checks
}

} // namespace recon
