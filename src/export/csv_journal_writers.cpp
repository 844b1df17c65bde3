// Journal-import CSVs: a generic one (one row per posting, debit and credit columns), QuickBooks
// Online's journal entry import, and Xero's manual journal import, in their documented layouts.
// Text cells go through text() (csv_cells.hpp: no cell starts a formula); amounts and the dates
// recon formats itself are written as they are, so that a spreadsheet still reads them as numbers.

#include <fmt/format.h>

#include "export/csv_cells.hpp"
#include "export/journal_writers.hpp"

namespace recon {
namespace {

std::string csv_row(std::initializer_list<std::string_view> fields) {
  std::string row;
  for (const auto field : fields) {
    if (!row.empty()) row += ',';
    row += csv_field(field);
  }
  return row + "\r\n";
}

// Debit and credit columns hold magnitudes; the other stays empty.
std::pair<std::string, std::string> debit_credit(const Money& amount) {
  if (amount.is_negative()) return {"", to_plain_string(-amount)};
  return {to_plain_string(amount), ""};
}

std::string text(std::string_view cell) { return neutralised(cell); }

std::string memo(const Entry& entry) { return text(entry.narration); }

date::year_month_day ymd(Day day) { return date::year_month_day{day}; }

std::string us_date(Day day) { // QuickBooks Online: MM/DD/YYYY
  const auto d = ymd(day);
  return fmt::format("{:02}/{:02}/{:04}", static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()), static_cast<int>(d.year()));
}

std::string day_first_date(Day day) { // Xero: DD/MM/YYYY
  const auto d = ymd(day);
  return fmt::format("{:02}/{:02}/{:04}", static_cast<unsigned>(d.day()), static_cast<unsigned>(d.month()), static_cast<int>(d.year()));
}

} // namespace

std::string write_generic_csv(const Journal& journal) {
  std::string out = csv_row({"date", "entry_id", "account", "debit", "credit", "currency", "memo", "settlement_id"});
  for (const auto& entry : journal.entries) {
    for (const auto& posting : entry.postings) {
      const auto [debit, credit] = debit_credit(posting.amount);
      out += csv_row({to_iso_date(entry.date), text(entry.id), text(posting.account), debit, credit,
                      posting.amount.currency().code(), memo(entry), text(entry.settlement_id)});
    }
  }
  return out;
}

std::string write_quickbooks_csv(const Journal& journal) {
  std::string out = csv_row({"Journal No", "Journal Date", "Account Name", "Debits", "Credits", "Description", "Name"});
  for (const auto& entry : journal.entries) {
    for (const auto& posting : entry.postings) {
      const auto [debit, credit] = debit_credit(posting.amount);
      out += csv_row({text(entry.id), us_date(entry.date), text(posting.account), debit, credit, memo(entry), ""});
    }
  }
  return out;
}

std::string write_xero_csv(const Journal& journal, const std::string& tax_rate) {
  // Xero joins the rows of one journal by narration and date, so each entry's narration is unique.
  std::string out = csv_row({"*Narration", "*Date", "Description", "*AccountCode", "*TaxRate", "*Amount", "TrackingName1",
                             "TrackingOption1", "TrackingName2", "TrackingOption2"});
  for (const auto& entry : journal.entries) {
    const std::string narration = text(fmt::format("{} [{}]", entry.narration, entry.id));
    for (const auto& posting : entry.postings) {
      out += csv_row({narration, day_first_date(entry.date), memo(entry), text(posting.account), text(tax_rate),
                      to_plain_string(posting.amount), "", "", "", ""});
    }
  }
  return out;
}

} // namespace recon
