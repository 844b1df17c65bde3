// Journal-import CSVs: a generic one (one row per posting, debit and credit columns), QuickBooks
// Online's journal entry import, and Xero's manual journal import, in their documented layouts.
// Text cells go through text() (csv_cells.hpp: no cell starts a formula); amounts and the dates
// recon formats itself are written as they are, so that a spreadsheet still reads them as numbers.

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "export/csv_cells.hpp"
#include "export/journal_writers.hpp"
#include "recon/export/journal_import.hpp"

namespace recon {
namespace {

template <class Fields>
std::string csv_row(const Fields& fields) {
  std::string row;
  for (const auto& field : fields) {
    if (!row.empty()) row += ',';
    row += csv_field(field);
  }
  return row + "\r\n";
}

std::string csv_row(std::initializer_list<std::string_view> fields) {
  return csv_row<std::initializer_list<std::string_view>>(fields);
}

// Debit and credit columns hold magnitudes; the other stays empty.
std::pair<std::string, std::string> debit_credit(const Money& amount) {
  if (amount.is_negative()) return {"", to_plain_string(-amount)};
  return {to_plain_string(amount), ""};
}

std::string text(std::string_view cell) { return neutralised(cell); }

std::string memo(const Entry& entry) { return text(entry.narration); }

std::string date_text(Day day, CsvDateFormat format) {
  const date::year_month_day d{day};
  const auto year = static_cast<int>(d.year());
  const auto month = static_cast<unsigned>(d.month());
  const auto dom = static_cast<unsigned>(d.day());
  switch (format) {
  case CsvDateFormat::iso: return fmt::format("{:04}-{:02}-{:02}", year, month, dom);
  case CsvDateFormat::month_first: return fmt::format("{:02}/{:02}/{:04}", month, dom, year);
  case CsvDateFormat::day_first: return fmt::format("{:02}/{:02}/{:04}", dom, month, year);
  }
  return {};
}

// QuickBooks Online reads a journal in another currency than the company's from its Currency Code
// column; the column is there only when some entry needs it, since a company without
// multicurrency turned on cannot map it.
bool needs_currency_column(const Journal& journal, const std::optional<Currency>& home) {
  const auto currencies = currencies_of(journal);
  return currencies.size() > 1 || (home && currencies.size() == 1 && currencies.front() != *home);
}

} // namespace

// A converted deposit's clearing row also says what it is worth in the bank's currency (price and
// price_currency, the total price of the text formats), so that its entry balances in that
// currency; the two columns are there only when some entry needs them.
std::string write_generic_csv(const Journal& journal, CsvDateFormat dates) {
  const bool priced = std::any_of(journal.entries.begin(), journal.entries.end(), [](const Entry& entry) {
    return std::any_of(entry.postings.begin(), entry.postings.end(), [](const Posting& posting) { return posting.price.has_value(); });
  });
  std::vector<std::string> header = {"date", "entry_id", "account", "debit", "credit", "currency", "memo", "settlement_id"};
  if (priced) header.insert(header.end(), {"price", "price_currency"});
  std::string out = csv_row(header);
  for (const auto& entry : journal.entries) {
    for (const auto& posting : entry.postings) {
      auto [debit, credit] = debit_credit(posting.amount);
      std::vector<std::string> row = {date_text(entry.date, dates), text(entry.id), text(posting.account), std::move(debit),
                                      std::move(credit), std::string(posting.amount.currency().code()), memo(entry),
                                      text(entry.settlement_id)};
      if (priced) {
        row.push_back(posting.price ? to_plain_string(*posting.price) : "");
        row.emplace_back(posting.price ? posting.price->currency().code() : "");
      }
      out += csv_row(row);
    }
  }
  return out;
}

std::string write_quickbooks_csv(const Journal& journal, CsvDateFormat dates, const std::string& name,
                                 const std::optional<Currency>& home) {
  const bool currency_column = needs_currency_column(journal, home);
  std::vector<std::string> header = {"Journal No", "Journal Date", "Account Name", "Debits", "Credits", "Description", "Name"};
  if (currency_column) header.emplace_back("Currency Code");
  std::string out = csv_row(header);
  for (const auto& entry : journal.entries) {
    const std::string number = text(quickbooks_journal_number(entry));
    for (const auto& posting : entry.postings) {
      auto [debit, credit] = debit_credit(posting.amount);
      std::vector<std::string> row = {number, date_text(entry.date, dates), text(posting.account), std::move(debit),
                                      std::move(credit), memo(entry), text(name)};
      if (currency_column) row.emplace_back(posting.amount.currency().code());
      out += csv_row(row);
    }
  }
  return out;
}

std::string write_xero_csv(const Journal& journal, CsvDateFormat dates, const std::string& tax_rate) {
  // Xero joins the rows of one journal by narration and date, so each entry's narration is unique.
  std::string out = csv_row({"*Narration", "*Date", "Description", "*AccountCode", "*TaxRate", "*Amount", "TrackingName1",
                             "TrackingOption1", "TrackingName2", "TrackingOption2"});
  for (const auto& entry : journal.entries) {
    const std::string narration = text(fmt::format("{} [{}]", entry.narration, entry.id));
    for (const auto& posting : entry.postings) {
      out += csv_row({narration, date_text(entry.date, dates), memo(entry), text(posting.account), text(tax_rate),
                      to_plain_string(posting.amount), "", "", "", ""});
    }
  }
  return out;
}

} // namespace recon
