#include "ingest/bank_columns.hpp"

#include <string>

#include <fmt/format.h>

#include "ingest/bank_column_names.hpp"
#include "ingest/bank_date_forms.hpp"
#include "ingest/bank_sign_indicator.hpp"

namespace recon {
namespace {

// "3": a column given by its place (1-based): in an export without a header, or a sign column
// its header leaves unnamed.
std::optional<std::size_t> position(const std::optional<std::string>& named) {
  if (!named || named->empty() || named->find_first_not_of("0123456789") != std::string::npos || named->size() > 3) return std::nullopt;
  const auto place = static_cast<std::size_t>(std::stoul(*named));
  return place == 0 ? std::nullopt : std::optional<std::size_t>(place - 1);
}

} // namespace

std::optional<Columns> headerless_columns(const std::vector<std::string>& fields, const BankReadOptions& options) {
  std::vector<std::string> names;
  for (std::size_t i = 0; i < fields.size(); ++i) names.push_back(fmt::format("{}", i + 1));
  if (const auto date = position(options.date_column)) {
    Columns columns{*date, position(options.amount_column), position(options.debit_column), position(options.credit_column),
                    position(options.description_column)};
    columns.sign = position(options.sign_column);
    columns.currency = position(options.currency_column);
    columns.header = names;
    return columns;
  }
  const bool wells_fargo = fields.size() == 5 && fields[2] == "*" && is_blank_cell(fields[3]) && parse_date(fields[0]);
  if (!wells_fargo || options.date_column) return std::nullopt;
  Columns columns{0, 1, std::nullopt, std::nullopt, 4};
  columns.header = names;
  return columns;
}

std::optional<Columns> header_columns(const std::vector<std::string>& fields, const BankReadOptions& options,
                                      const FileSample& sample) {
  const auto date = column(fields, options.date_column, date_names);
  if (!date) return std::nullopt;
  Columns columns{*date, column(fields, options.amount_column, amount_names), column(fields, options.debit_column, debit_names),
                  column(fields, options.credit_column, credit_names), column(fields, options.description_column, description_names)};
  if (!columns.amount && !(columns.debit && columns.credit)) return std::nullopt;
  if (options.sign_column) {
    // By its name or, for a column the header leaves unnamed (a card's CR flags), by its place.
    columns.sign = index_of(fields, lowered_column_name(*options.sign_column));
    if (const auto place = position(options.sign_column); !columns.sign && place && *place < fields.size()) columns.sign = place;
    if (!columns.sign) return std::nullopt;
  } else if (columns.amount) {
    for (std::size_t i = 0; i < fields.size() && !columns.sign; ++i) {
      const bool unnamed_with_words = is_blank_cell(fields[i]) && sample.indicator_columns.contains(i);
      if (names_sign_indicator(lowered_column_name(fields[i])) || unnamed_with_words) columns.sign = i;
    }
  }
  columns.row_type = index_of(fields, "row type");
  columns.currency = column(fields, options.currency_column, currency_names);
  constexpr std::string_view status_names[] = {"status", "info"};
  columns.status = column(fields, std::nullopt, status_names);
  if (options.currency_column && !columns.currency) return std::nullopt;
  columns.header = fields;
  return columns;
}

} // namespace recon
