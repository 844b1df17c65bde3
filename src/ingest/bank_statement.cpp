#include "recon/ingest/bank_statement.hpp"

#include <algorithm>
#include <deque>
#include <map>
#include <tuple>
#include <utility>

#include <fmt/format.h>

#include "recon/base/amount_text.hpp"
#include "ingest/bank_assumed_currency.hpp"
#include "ingest/bank_column_names.hpp"
#include "ingest/bank_columns.hpp"
#include "ingest/bank_file_sample.hpp"
#include "ingest/bank_date_forms.hpp"
#include "ingest/bank_row_kinds.hpp"
#include "ingest/bank_sign_indicator.hpp"
#include "io/csv_reader.hpp"
#include "recon/base/input_error.hpp"
#include "io/line_source.hpp"

namespace recon {
namespace {

// "$1,234.56", "(45.00)", "45.00-", "€ 1.234,56", "USD 12.00": the number, its sign outside it.
std::pair<std::string, bool> strip_amount(std::string_view text) {
  std::string kept;
  bool negative = false;
  for (const char c : text) {
    // Digits and marks are the number; an exponent is kept too, so that scientific notation is
    // refused rather than misread.
    const bool part_of_number = (c >= '0' && c <= '9') || c == '.' || c == ',' || c == 'e' || c == 'E';
    if (part_of_number) {
      kept += c;
    } else if (c == '-' || c == '(') {
      negative = true;
    }
    // anything else (currency symbols and codes, spaces, ')' and '+') is decoration
  }
  return {kept, negative};
}

// The date of a date cell, as parse_date reads it: without the time some banks add, and rewritten
// to ISO when the bank writes it in a form of its own (bank_date_forms.hpp).
std::string date_of_cell(std::string_view text) {
  std::string date(text);
  while (!date.empty() && date.back() == ' ') date.pop_back();
  // "03/20/2026 10:11" or "2026-03-20 00:00:00": banks add a time without a zone; the day is enough.
  if (const auto space = date.find(' '); space != std::string::npos && date.find(':', space) != std::string::npos) {
    date.resize(space);
  }
  if (auto iso = iso_from_bank_date(date)) return *iso;
  return date;
}

// What `recon bank` shows of how a CSV export was read; see LayoutFact.
std::string date_order_fact(std::optional<BankDateOrder> order) {
  if (!order) return "not needed: every date reads only one way";
  switch (*order) {
  case BankDateOrder::month_first: return "month first (MM/DD/YYYY)";
  case BankDateOrder::day_first: return "day first (DD/MM/YYYY)";
  case BankDateOrder::year_first: return "year first (YYYY-MM-DD)";
  }
  return "";
}

constexpr std::string_view pending_reason = "pending: not yet booked";

std::string first_line(const CsvRecord& record) { return record.text.substr(0, record.text.find('\n')); }

// "column D/K (K: money in, D: money out)"; an unnamed flag column by its place.
std::string sign_column_name(const Columns& columns) {
  const std::string& name = columns.header[*columns.sign];
  const std::string column = is_blank_cell(name) ? fmt::format("the unnamed column {}", *columns.sign + 1) : "column " + name;
  return column + " (K, Bij, Credit, CR: money in; D, Af, Debet, DR or blank: money out)";
}

// The facts read() knows, put before the date order that statement_from alone knows.
void add_layout_facts(BankStatement& statement, char delimiter, const Columns& columns, std::optional<DecimalMark> mark,
                      std::string encoding) {
  const auto named = [&columns](std::optional<std::size_t> index) {
    return index && *index < columns.header.size() ? "column " + columns.header[*index] : std::string("none");
  };
  std::vector<LayoutFact> facts{
      {"delimiter", delimiter == ',' ? "comma" : delimiter == ';' ? "semicolon" : "tab"},
      {"date", named(columns.date)},
      {"amount", !columns.amount ? named(columns.debit) + " (money out) and " + named(columns.credit) + " (money in)"
                 : columns.sign ? named(columns.amount) + ", signed by " + sign_column_name(columns)
                                : named(columns.amount) + ", signed (negative: money out)"},
      {"description", named(columns.description)},
      {"decimal mark", !mark ? "none seen" : *mark == DecimalMark::comma ? "comma" : "point"},
      {"encoding", std::move(encoding)}};
  if (columns.currency) facts.insert(facts.begin() + 4, {"currency", named(columns.currency) + ", each line in its own"});
  statement.layout.insert(statement.layout.begin(), facts.begin(), facts.end());
}

// How the lines were decoded. Where the single-byte encoding mattered (a letter that reads otherwise
// in the other) and the file did not show it, the fact says it was assumed: the descriptions may
// then hold wrong letters, and a person reading them must know.
std::string encoding_fact(const LineSource& source, const FileSample& sample) {
  if (!source.saw_single_byte()) return "UTF-8";
  std::string fact = fmt::format("{} (lines that are not UTF-8)", encoding_name(sample.encoding));
  if (!source.saw_encoding_dependent_text()) return fact;
  if (sample.encoding_shown) return fact + ", as its column names show";
  return fact + ", assumed: nothing in the file tells it from ISO-8859-2 (Central European), in which some of its "
                "letters would read otherwise";
}

// A row as read: its date can still be read two ways (03/04/2026), which the whole file decides.
struct ReadRow {
  std::uint64_t line;
  DateReading date;
  Money amount;
  std::string description;
};

// A row that shows how its export writes dates: the first one that can only be read one way.
struct DateEvidence {
  BankDateOrder order;
  std::uint64_t line;
};

// The first row whose date could be read either way, kept whole to point at if nothing decides.
struct UndecidedRow {
  CsvRecord record;
  std::string date_text;
  DateReading date;
};

// The day a reading stands for in a file that writes dates in `order`: a date that can only be read
// one way (2026-03-20, 25/03/2026) is that day whatever the order.
Day day_in(const DateReading& reading, BankDateOrder order) {
  const std::optional<Day>& chosen = order == BankDateOrder::day_first ? reading.day_first : reading.month_first;
  return chosen ? *chosen : reading.month_first ? *reading.month_first : *reading.day_first;
}

// The first and last day an export covers, kept for each order its dates may turn out to be in.
class Coverage {
public:
  void add(const DateReading& reading) {
    for (const auto order : {BankDateOrder::month_first, BankDateOrder::day_first}) {
      const Day day = day_in(reading, order);
      auto& [first, last] = spans_[order == BankDateOrder::day_first ? 1 : 0];
      first = std::min(first, day);
      last = std::max(last, day);
    }
  }
  [[nodiscard]] std::pair<Day, Day> span(BankDateOrder order) const { return spans_[order == BankDateOrder::day_first ? 1 : 0]; }

private:
  std::pair<Day, Day> spans_[2] = {{Day::max(), Day::min()}, {Day::max(), Day::min()}};
};

class BankReader {
public:
  BankReader(const std::string& path, const BankReadOptions& options) : path_(path), options_(options) {}

  // One pass over the file, keeping only its credits: a debit can never pay a settlement, so an
  // export costs memory for the lines that can match, not for its size.
  BankStatement read() {
    const FileSample sample = sample_file(path_, options_);
    const char delimiter = sample.delimiter;
    LineSource source(path_);
    source.read_single_byte_as(sample.encoding);
    bool any_text = false;
    CsvReader reader(
        path_,
        [&source, &any_text]() -> std::optional<TextLine> {
          auto line = source.next();
          any_text = any_text || (line && line->text.find_first_not_of(" \t\r") != std::string_view::npos);
          return line;
        },
        delimiter);
    std::optional<Columns> columns;
    BankStatement statement{path_, options_.currency, {}, Day::min(), Day::max(), BankFormat::csv, options_.currency_origin};
    // Credits whose date reads differently day-first: their day is set month-first until the file
    // has shown its order.
    std::vector<std::pair<std::size_t, Day>> day_first_readings;
    bool any_row = false;
    std::uint64_t last_record_kept = 0; // the line of the last row kept, for its continuation lines
    std::uint64_t next_record_above = 0;
    CsvRecord record;
    while (reader.next(record)) {
      const std::uint64_t record_above = std::exchange(next_record_above, record.line);
      if (std::all_of(record.fields.begin(), record.fields.end(), is_blank_cell)) continue;
      if (!columns && (columns = headerless_columns(record.fields, options_))) {
        // no header: this first record is already a transaction
      } else if (!columns) {
        columns = header_columns(record.fields, options_, sample);
        // Lines above the header are the export's preamble: account details, a summary block.
        if (!columns) statement.skipped.push_back({record.line, "above the header: the export's preamble", first_line(record)});
        continue;
      }
      any_row = true;
      if (is_continuation(record, *columns)) {
        // OCBC writes each record's second line as ",,<more description>": it belongs to the record
        // above, whether or not that one was kept.
        const bool joined = last_record_kept == record_above && !statement.lines.empty();
        if (joined) statement.lines.back().description += " " + continued_text(record);
        statement.skipped.push_back(
            {record.line, fmt::format("continues the description of line {}", record_above), first_line(record)});
        if (joined) last_record_kept = record.line;
        continue;
      }
      if (auto reason = skip_reason(record, *columns)) {
        if (*reason != pending_reason) cover_balance_date(record, *columns);
        statement.skipped.push_back({record.line, std::move(*reason), first_line(record)});
        continue;
      }
      ReadRow row = read_row(record, *columns);
      if (columns->currency && statement.currency_origin != CurrencyOrigin::file) {
        // The account's currency is the one its first transaction is in; each line keeps its own.
        statement.currency = row.amount.currency();
        statement.currency_origin = CurrencyOrigin::file;
      }
      if (!row.amount.is_positive() && !options_.all_lines) continue;
      last_record_kept = record.line;
      if (row.date.ambiguous()) day_first_readings.emplace_back(statement.lines.size(), *row.date.day_first);
      statement.lines.push_back(
          {{path_, row.line}, day_in(row.date, BankDateOrder::month_first), row.amount, std::move(row.description)});
    }
    if (!any_text) throw InputError(path_, 0, "the bank export is empty");
    if (!columns) {
      throw InputError(path_, 0, "no header with a date column and an amount column was found").with_hint(std::string(columns_hint));
    }
    if (!any_row) throw InputError(path_, 0, "the bank export has a header but no transactions");
    settle_date_order(statement, day_first_readings);
    add_layout_facts(statement, delimiter, *columns, decimal_mark(), encoding_fact(source, sample));
    return statement;
  }

private:
  // A line with neither a date nor an amount but some text: the rest of the record above.
  static bool is_continuation(const CsvRecord& record, const Columns& columns) {
    const auto blank = [&record](std::optional<std::size_t> index) {
      return !index || *index >= record.fields.size() || is_blank_cell(record.fields[*index]);
    };
    return blank(columns.date) && blank(columns.amount) && blank(columns.debit) && blank(columns.credit);
  }

  static std::string continued_text(const CsvRecord& record) {
    std::string text;
    for (const auto& field : record.fields) {
      if (is_blank_cell(field)) continue;
      if (!text.empty()) text += ' ';
      text += field;
    }
    return text;
  }

  // Why a row is not a transaction, if it is not one: a balance or total, or a payment not yet
  // booked. Pending rows are reported and left out, never refused: the bank will book them later.
  static std::optional<std::string> skip_reason(const CsvRecord& record, const Columns& columns) {
    const auto field = [&record](std::optional<std::size_t> index) -> std::string_view {
      return index && *index < record.fields.size() ? std::string_view(record.fields[*index]) : std::string_view();
    };
    if (columns.row_type) return row_type_skip_reason(field(columns.row_type));
    if (says_pending(field(columns.date)) || (columns.status && says_pending(field(columns.status)))) {
      return std::string(pending_reason);
    }
    if (columns.amount && is_blank_cell(field(columns.amount))) return balance_row_skip_reason(field(columns.description));
    return std::nullopt;
  }

  // A balance row's date is a day the export covers (a pending row's is not: nothing is booked) (a closing balance on 31 May says May was
  // exported to its end, whatever the last transaction's date), when it reads only one way.
  void cover_balance_date(const CsvRecord& record, const Columns& columns) {
    if (columns.date >= record.fields.size()) return;
    const auto date = parse_date(date_of_cell(record.fields[columns.date]));
    if (!date || date.value().ambiguous()) return;
    const Day day = date.value().month_first ? *date.value().month_first : *date.value().day_first;
    if (plausible_year(day)) coverage_.add(date.value());
  }

  ReadRow read_row(const CsvRecord& record, const Columns& columns) {
    const auto field = [&](std::optional<std::size_t> index) -> std::string {
      return index && *index < record.fields.size() ? record.fields[*index] : std::string();
    };
    const std::string date_text = date_of_cell(field(columns.date));
    const auto date = parse_date(date_text);
    if (!date) fail(record, fmt::format("cannot read the date \"{}\": {}", date_text, date.error()));
    // Both readings of a date have the same year.
    const Day either = date.value().month_first ? *date.value().month_first : *date.value().day_first;
    if (!plausible_year(either)) {
      fail(record, fmt::format("the date {} is outside the years 2000 to 2100", date_text),
           "Correct the date in the export, or download it again from the bank.");
    }
    learn_date_order(record, date_text, date.value());
    coverage_.add(date.value());

    const Currency currency = columns.currency ? currency_of(record, field(columns.currency), columns.header[*columns.currency])
                                               : options_.currency;
    if (columns.amount && !columns.sign) refuse_unseen_indicator(record, columns);
    Money amount = Money::zero(currency);
    if (columns.amount) {
      amount = money(record, field(columns.amount), currency, columns.currency.has_value());
      if (columns.sign) amount = signed_by_indicator(record, amount, field(columns.sign), columns.header[*columns.sign]);
    } else {
      const std::string debit = field(columns.debit);
      const std::string credit = field(columns.credit);
      if (is_blank_cell(debit) && is_blank_cell(credit)) fail(record, "the row has neither a debit nor a credit");
      const auto magnitude = [](const Money& m) { return m.is_negative() ? -m : m; };
      const bool from_column = columns.currency.has_value();
      if (!is_blank_cell(credit)) amount = amount + magnitude(money(record, credit, currency, from_column));
      if (!is_blank_cell(debit)) amount = amount - magnitude(money(record, debit, currency, from_column));
    }
    // KBC pads its fields with spaces to a fixed width: the padding is not part of the text.
    std::string description = field(columns.description);
    description.erase(0, std::min(description.find_first_not_of(' '), description.size()));
    description.erase(description.find_last_not_of(' ') + 1);
    return {record.line, date.value(), amount, std::move(description)};
  }

  // A flag (CR) in an unnamed column that the file's first 64 KiB never showed one in: recon has
  // been reading that file's amounts as signed, and the unsigned ones above may be money out.
  // Refused rather than read either way; naming the column by its place reads it.
  void refuse_unseen_indicator(const CsvRecord& record, const Columns& columns) const {
    for (std::size_t i = 0; i < columns.header.size() && i < record.fields.size(); ++i) {
      if (!is_blank_cell(columns.header[i]) || !indicated_direction(record.fields[i])) continue;
      fail(record,
           fmt::format(R"(the unnamed column {} says "{}", a sign indicator, but no line in the first 64 KiB of the file, )"
                       "which recon reads to learn its layout, has one: recon cannot tell which amounts are money out",
                       i + 1, record.fields[i]),
           fmt::format("If that column says which way each amount went, name it by its place with --bank-columns sign={} "
                       "(CR, K, Bij, Credit and H then mark money in, and a blank cell money out).",
                       i + 1));
    }
  }

  // An amount signed by its indicator: the word in the sign column says which way the money went.
  // A blank cell is money out, because exports that flag one side only flag credits (a card's CR);
  // an amount written negative that its indicator calls money in contradicts itself, and is refused.
  Money signed_by_indicator(const CsvRecord& record, const Money& written, const std::string& cell,
                            const std::string& column_name) const {
    const auto direction = indicated_direction(cell);
    if (!direction && !is_blank_cell(cell)) {
      fail(record, fmt::format(R"(the sign column "{}" says "{}", which is neither money in nor money out)", column_name, cell),
           "recon reads K, Bij, Credit, CR and H as money in, and D, Af, Debet, Debit, DR and S as money out.");
    }
    if (direction == MoneyDirection::in && written.is_negative()) {
      fail(record, fmt::format(R"(the amount is written negative, but the sign column "{}" says "{}" (money in))", column_name, cell));
    }
    const Money magnitude = written.is_negative() ? -written : written;
    return direction == MoneyDirection::in ? magnitude : -magnitude;
  }

  // The currency a currency column names for its row. A blank or unknown one is refused: a line
  // read in a currency it is not in could be matched to a settlement it did not pay.
  Currency currency_of(const CsvRecord& record, const std::string& cell, const std::string& column_name) const {
    std::string code;
    for (const char c : cell) {
      if (c != ' ') code += c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    }
    const auto currency = Currency::from_code(code);
    if (!currency) {
      fail(record, fmt::format(R"(the currency column "{}" says "{}", not an ISO 4217 code recon knows)", column_name, cell));
    }
    return *currency;
  }

  // `currency` is the row's, from its currency column, or else the options' currency.
  Money money(const CsvRecord& record, const std::string& text, Currency currency, bool from_column) {
    const auto [number, negative] = strip_amount(text);
    // One reader for each number of decimals the file's currencies have (JPY lines beside EUR ones).
    auto& amounts = amount_readers_.try_emplace(currency.exponent(), currency.exponent()).first->second;
    const auto minor = amounts.read(number);
    if (!minor) {
      fail(record, fmt::format("cannot read the amount \"{}\": {}", text, minor.error()),
           from_column ? std::string() : assumed_currency_hint(number, currency, options_.currency_origin, decimal_mark()));
    }
    const Money value(minor.value(), currency);
    return negative ? -value : value;
  }

  // The decimal mark the file's amounts showed, if any did.
  [[nodiscard]] std::optional<DecimalMark> decimal_mark() const {
    for (const auto& [exponent, amounts] : amount_readers_) {
      if (amounts.mark()) return amounts.mark();
    }
    return std::nullopt;
  }

  // Every date is read the same way: the order the options name, or the one the file's own
  // unambiguous dates show (a 25/03/2026 can only be day-first). Rows that show opposite orders are
  // refused at the second.
  void learn_date_order(const CsvRecord& record, const std::string& date_text, const DateReading& d) {
    if (options_.date_order) return;
    if (d.ambiguous()) {
      if (!undecided_) undecided_ = UndecidedRow{record, date_text, d};
      return;
    }
    if (d.month_first && d.day_first) return; // an unambiguous form or a day like 06/06
    const BankDateOrder shown = d.month_first ? BankDateOrder::month_first : BankDateOrder::day_first;
    if (evidence_ && evidence_->order != shown) {
      fail(record, fmt::format("the date {} can only be read {}, but line {} can only be read the other way", date_text,
                               shown == BankDateOrder::month_first ? "month-first" : "day-first", evidence_->line));
    }
    if (!evidence_) evidence_ = DateEvidence{shown, record.line};
  }

  // Reads the kept credits' dates, and the days the export covers, in the order the file showed.
  void settle_date_order(BankStatement& statement, const std::vector<std::pair<std::size_t, Day>>& day_first_readings) const {
    std::optional<BankDateOrder> order = options_.date_order;
    if (!order && evidence_) order = evidence_->order;
    if (!order && undecided_) {
      fail(undecided_->record,
           fmt::format("the dates of this export can be read month-first or day-first ({} is {} or {}), and none of "
                       "them tells which",
                       undecided_->date_text, to_iso_date(*undecided_->date.month_first), to_iso_date(*undecided_->date.day_first)),
           "Say how the bank writes dates with --bank-date-format MM/DD/YYYY or DD/MM/YYYY.");
    }
    statement.layout.push_back({"date order", date_order_fact(order)});
    const BankDateOrder chosen = order.value_or(BankDateOrder::month_first); // without evidence, no date is ambiguous
    if (chosen == BankDateOrder::day_first) {
      for (const auto& [index, day] : day_first_readings) statement.lines[index].date = day;
    }
    std::tie(statement.first, statement.last) = coverage_.span(chosen);
  }

  [[noreturn]] void fail(const CsvRecord& record, std::string message, std::string hint = {}) const {
    auto error = InputError(path_, record.line, std::move(message)).with_excerpt(record.text.substr(0, record.text.find('\n')), 0, 0);
    if (hint.empty()) throw error; // NOLINT(misc-throw-by-value-catch-by-reference): built just above
    throw std::move(error).with_hint(std::move(hint));
  }

  const std::string& path_;
  const BankReadOptions& options_;
  std::optional<DateEvidence> evidence_;
  std::optional<UndecidedRow> undecided_;
  Coverage coverage_;
  std::map<int, AmountReader> amount_readers_; // by the currency's number of decimals
};

} // namespace

BankStatement read_bank_statement(const std::string& path, const BankReadOptions& options) {
  return BankReader(path, options).read();
}

} // namespace recon
