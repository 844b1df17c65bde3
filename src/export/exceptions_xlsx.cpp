#include "export/exceptions_xlsx.hpp"

#include <xlsxwriter.h>

#include <algorithm>
#include <cstdlib>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "export/xlsx_text.hpp"
#include "recon/base/text_encoding.hpp"

namespace recon {
namespace {

constexpr std::size_t widest_column = 80;

// Excel keeps every number as an IEEE double: this is where recon's exact amounts cross into that
// type, and only here. The double is the one nearest the exact decimal text, which Excel (and
// libxlsxwriter's 16 significant digits) shows as that same text for any amount below 2^53 minor
// units; larger ones are written as text rather than rounded.
std::optional<double> spreadsheet_number(const Money& money) {
  constexpr std::int64_t exact_limit = std::int64_t{1} << 53;
  if (money.minor_units() > exact_limit || money.minor_units() < -exact_limit) return std::nullopt;
  return std::strtod(to_plain_string(money).c_str(), nullptr);
}

const char* money_format_code(const Currency& currency) {
  switch (currency.exponent()) {
  case 0: return "#,##0";
  case 3: return "#,##0.000";
  default: return "#,##0.00";
  }
}

// One sheet being written: tracks column widths as cells go in.
class Sheet {
public:
  Sheet(lxw_workbook* workbook, const char* name, const std::vector<std::string>& headers, lxw_format* bold)
      : workbook_(workbook), sheet_(workbook_add_worksheet(workbook, name)), widths_(headers.size(), 8) {
    for (std::size_t c = 0; c < headers.size(); ++c) text(0, c, headers[c], bold);
  }

  // Every text cell, recon's own words included, goes through xlsx_cell_text: libxlsxwriter would
  // otherwise write a cell XML cannot hold, or silently drop one that is too long.
  void text(std::size_t row, std::size_t column, std::string_view raw, lxw_format* format = nullptr) {
    const std::string value = xlsx_cell_text(raw);
    const lxw_error error =
        worksheet_write_string(sheet_, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column), value.c_str(), format);
    if (error != LXW_NO_ERROR) throw std::logic_error(std::string("writing a workbook cell: ") + lxw_strerror(error));
    widen(column, is_ascii(value) ? value.size() : decode_utf8(value).size());
  }

  void count(std::size_t row, std::size_t column, std::uint64_t value) {
    worksheet_write_number(sheet_, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column), static_cast<double>(value), nullptr);
    widen(column, std::to_string(value).size());
  }

  void money(std::size_t row, std::size_t column, const Money& value) {
    const auto number = spreadsheet_number(value);
    if (!number) {
      text(row, column, to_plain_string(value));
      return;
    }
    worksheet_write_number(sheet_, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column), *number, money_format(value.currency()));
    widen(column, to_grouped_string(value).size());
  }

  void finish(std::size_t rows) {
    worksheet_freeze_panes(sheet_, 1, 0);
    worksheet_autofilter(sheet_, 0, 0, static_cast<lxw_row_t>(rows), static_cast<lxw_col_t>(widths_.size() - 1));
    for (std::size_t c = 0; c < widths_.size(); ++c) {
      // +2 leaves room for the autofilter's drop-down button.
      worksheet_set_column(sheet_, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                           static_cast<double>(std::min(widths_[c], widest_column) + 2), nullptr);
    }
  }

private:
  void widen(std::size_t column, std::size_t characters) { widths_[column] = std::max(widths_[column], characters); }

  lxw_format* money_format(const Currency& currency) {
    const auto found = std::find_if(formats_.begin(), formats_.end(), [&](const auto& f) { return f.first == currency.exponent(); });
    if (found != formats_.end()) return found->second;
    lxw_format* format = workbook_add_format(workbook_);
    format_set_num_format(format, money_format_code(currency));
    formats_.emplace_back(currency.exponent(), format);
    return format;
  }

  lxw_workbook* workbook_;
  lxw_worksheet* sheet_;
  std::vector<std::size_t> widths_;
  std::vector<std::pair<int, lxw_format*>> formats_;
};

void exceptions_sheet(lxw_workbook* workbook, lxw_format* bold, const Report& report) {
  Sheet sheet(workbook, "Exceptions",
              {"Id", "State", "Severity", "Code", "Settlement", "Amount", "Currency", "Message", "File", "Line", "Resolution"}, bold);
  std::size_t row = 0;
  for (const auto& finding : report.findings) {
    ++row;
    if (finding.book_id != 0) sheet.count(row, 0, static_cast<std::uint64_t>(finding.book_id));
    sheet.text(row, 1, finding.resolved ? "resolved" : "open");
    sheet.text(row, 2, std::string(severity_name(finding.severity)));
    sheet.text(row, 3, std::string(code_name(finding.code)));
    if (finding.settlement_id) sheet.text(row, 4, *finding.settlement_id);
    if (finding.amount) {
      sheet.money(row, 5, *finding.amount);
      sheet.text(row, 6, std::string(finding.amount->currency().code()));
    }
    sheet.text(row, 7, finding.message);
    if (finding.source) {
      sheet.text(row, 8, finding.source->file);
      if (finding.source->line > 0) sheet.count(row, 9, finding.source->line);
    }
    if (finding.resolved) sheet.text(row, 10, finding.resolution);
  }
  sheet.finish(row);
}

void settlements_sheet(lxw_workbook* workbook, lxw_format* bold, const Report& report) {
  Sheet sheet(workbook, "Settlements",
              {"Settlement", "Marketplaces", "Currency", "Start", "End", "Deposit date", "Total", "Lines total", "Footed",
               "Reserve opening", "Reserve closing", "Deposit", "Bank file", "Bank line", "Bank date", "Clearing balance",
               "File", "Line"},
              bold);
  std::size_t row = 0;
  for (const auto& reported : report.settlements) {
    const Settlement& s = reported.settlement;
    ++row;
    sheet.text(row, 0, s.id);
    std::string marketplaces;
    for (const auto& name : s.marketplaces) marketplaces += (marketplaces.empty() ? "" : ", ") + name;
    sheet.text(row, 1, marketplaces);
    sheet.text(row, 2, std::string(s.currency.code()));
    sheet.text(row, 3, to_iso_instant(s.start));
    sheet.text(row, 4, to_iso_instant(s.end));
    sheet.text(row, 5, to_iso_date(s.deposit_date));
    sheet.money(row, 6, s.total);
    sheet.money(row, 7, s.lines_total);
    sheet.text(row, 8, s.footed() ? "yes" : "NO");
    sheet.money(row, 9, s.reserve_opening());
    sheet.money(row, 10, s.reserve_closing());
    if (reported.posted) {
      const DepositMatch& deposit = reported.posted->deposit;
      sheet.text(row, 11, std::string(status_name(deposit.status)));
      if (deposit.bank) {
        sheet.text(row, 12, deposit.bank->source.file);
        sheet.count(row, 13, deposit.bank->source.line);
        sheet.text(row, 14, to_iso_date(deposit.bank->date));
      }
      sheet.money(row, 15, reported.posted->clearing_balance);
    }
    sheet.text(row, 16, s.file);
    sheet.count(row, 17, s.summary_line);
  }
  sheet.finish(row);
}

} // namespace

void write_exceptions_workbook(const std::string& path, const Report& report) {
  lxw_workbook* workbook = workbook_new(path.c_str());
  if (workbook == nullptr) throw std::runtime_error("cannot create the workbook");
  lxw_format* bold = workbook_add_format(workbook);
  format_set_bold(bold);
  exceptions_sheet(workbook, bold, report);
  settlements_sheet(workbook, bold, report);
  if (const lxw_error error = workbook_close(workbook); error != LXW_NO_ERROR) {
    throw std::runtime_error(lxw_strerror(error));
  }
}

} // namespace recon
