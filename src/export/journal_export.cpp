#include "recon/export/journal_export.hpp"

#include <algorithm>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include "export/journal_writers.hpp"
#include "export/one_line_text.hpp"

namespace recon {
namespace {

struct FormatName {
  std::string_view name;
  JournalFormat format;
};

constexpr FormatName format_names[] = {
    {"beancount", JournalFormat::beancount}, {"hledger", JournalFormat::hledger}, {"ledger", JournalFormat::ledger},
    {"csv", JournalFormat::csv},             {"qbo", JournalFormat::quickbooks},   {"xero", JournalFormat::xero},
};

struct DateFormatName {
  std::string_view name;
  CsvDateFormat format;
};

constexpr DateFormatName date_format_names[] = {
    {"YYYY-MM-DD", CsvDateFormat::iso}, {"MM/DD/YYYY", CsvDateFormat::month_first}, {"DD/MM/YYYY", CsvDateFormat::day_first}};

constexpr std::string_view beancount_roots[] = {"Assets", "Liabilities", "Equity", "Income", "Expenses"};

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_alnum(char c) { return is_upper(c) || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

std::optional<std::string> beancount_problem(std::string_view account) {
  const auto colon = account.find(':');
  const std::string_view root = account.substr(0, colon);
  if (std::find(std::begin(beancount_roots), std::end(beancount_roots), root) == std::end(beancount_roots)) {
    return "beancount accounts start with Assets, Liabilities, Equity, Income or Expenses";
  }
  if (colon == std::string_view::npos) return "beancount accounts need at least two parts, such as Expenses:Fees";
  std::size_t start = 0;
  while (start <= account.size()) {
    const auto end = std::min(account.find(':', start), account.size());
    const std::string_view part = account.substr(start, end - start);
    if (part.empty() || !(is_upper(part.front()) || (part.front() >= '0' && part.front() <= '9')) ||
        !std::all_of(part.begin(), part.end(), [](char c) { return is_alnum(c) || c == '-'; })) {
      return "each part of a beancount account starts with a capital letter or digit and holds only letters, "
             "digits and hyphens ('" + std::string(part) + "' does not)";
    }
    start = end + 1;
  }
  return std::nullopt;
}

// QuickBooks Online names a sub-account Parent:Sub; each name is at most 100 characters and holds
// no double quote or colon (Intuit's account rules), and it matches only when spelt exactly, so
// surrounding blanks are refused rather than trimmed.
std::optional<std::string> quickbooks_problem(std::string_view account) {
  constexpr std::size_t longest_name = 100;
  std::size_t start = 0;
  while (start <= account.size()) {
    const auto end = std::min(account.find(':', start), account.size());
    const std::string_view part = account.substr(start, end - start);
    if (part.empty()) return "QuickBooks names a sub-account Parent:Sub, with no empty name around a colon";
    if (part.front() == ' ' || part.back() == ' ') {
      return "'" + std::string(part) + "' begins or ends with a blank, which QuickBooks would not match";
    }
    if (part.size() > longest_name) {
      return fmt::format("'{}' is longer than the {} characters of a QuickBooks account name", part, longest_name);
    }
    if (part.find('"') != std::string_view::npos) return "QuickBooks account names hold no double quote";
    start = end + 1;
  }
  return std::nullopt;
}

// A Xero account code is at most 10 characters. recon takes letters, digits, '-', '_' and '.',
// which every Xero chart accepts, so that a name such as Income:Amazon:Sales is never written where
// a code belongs.
std::optional<std::string> xero_problem(std::string_view account) {
  constexpr std::size_t longest_code = 10;
  if (account.size() > longest_code) {
    return fmt::format("a Xero account code is at most {} characters, such as 200", longest_code);
  }
  if (!std::all_of(account.begin(), account.end(), [](char c) { return is_alnum(c) || c == '-' || c == '_' || c == '.'; })) {
    return "a Xero account code holds only letters, digits, '-', '_' and '.', such as 200";
  }
  return std::nullopt;
}

} // namespace

std::optional<JournalFormat> journal_format_named(std::string_view name) {
  const auto* found = std::find_if(std::begin(format_names), std::end(format_names), [&](const FormatName& f) { return f.name == name; });
  if (found == std::end(format_names)) return std::nullopt;
  return found->format;
}

std::optional<JournalFormat> journal_format_for_path(std::string_view path) {
  const auto dot = path.rfind('.');
  if (dot == std::string_view::npos || path.find('/', dot) != std::string_view::npos) return std::nullopt;
  const std::string_view extension = path.substr(dot + 1);
  if (extension == "beancount" || extension == "bean") return JournalFormat::beancount;
  if (extension == "journal" || extension == "hledger") return JournalFormat::hledger;
  if (extension == "ledger") return JournalFormat::ledger;
  if (extension == "csv") return JournalFormat::csv;
  return std::nullopt;
}

std::string_view journal_format_name(JournalFormat format) {
  const auto* found = std::find_if(std::begin(format_names), std::end(format_names), [&](const FormatName& f) { return f.format == format; });
  return found->name;
}

bool is_csv_format(JournalFormat format) noexcept {
  return format == JournalFormat::csv || format == JournalFormat::quickbooks || format == JournalFormat::xero;
}

std::optional<CsvDateFormat> csv_date_format_named(std::string_view name) {
  const auto* found = std::find_if(std::begin(date_format_names), std::end(date_format_names),
                                   [&](const DateFormatName& f) { return f.name == name; });
  if (found == std::end(date_format_names)) return std::nullopt;
  return found->format;
}

CsvDateFormat default_date_format(JournalFormat format) {
  if (format == JournalFormat::quickbooks) return CsvDateFormat::month_first;
  if (format == JournalFormat::xero) return CsvDateFormat::day_first;
  return CsvDateFormat::iso;
}

std::optional<std::string> account_name_problem(std::string_view account, JournalFormat format) {
  // The writers would spell it out (one_line_text.hpp), but an account the books then cannot match
  // by name is better refused where it is written.
  if (const auto control = first_control_character(account)) {
    return "an account name is one line of text, and this one holds the control character " + *control;
  }
  switch (format) {
  case JournalFormat::beancount: return beancount_problem(account);
  case JournalFormat::hledger:
  case JournalFormat::ledger:
    if (account.front() == '(' || account.front() == '[') return "an account starting with ( or [ is a virtual posting in ledger files";
    if (account.find(';') != std::string_view::npos) return "a ; starts a comment in ledger files";
    return std::nullopt;
  case JournalFormat::csv: return std::nullopt;
  case JournalFormat::quickbooks: return quickbooks_problem(account);
  case JournalFormat::xero: return xero_problem(account);
  }
  return std::nullopt;
}

std::string export_journal(const Journal& journal, JournalFormat format, const JournalExportOptions& options) {
  const CsvDateFormat dates = options.date_format.value_or(default_date_format(format));
  const auto opened = [&] { return with_clearing_openings(journal, options.clearing_openings); };
  switch (format) {
  case JournalFormat::beancount: return write_beancount(opened(), options.open_directives);
  case JournalFormat::hledger: return write_ledger_family(opened(), LedgerDialect::hledger);
  case JournalFormat::ledger: return write_ledger_family(opened(), LedgerDialect::ledger);
  case JournalFormat::csv: return write_generic_csv(journal, dates);
  case JournalFormat::quickbooks: return write_quickbooks_csv(journal, dates, options.qbo_name, options.home_currency);
  case JournalFormat::xero: return write_xero_csv(journal, dates, options.xero_tax_rate);
  }
  return {};
}

namespace {

// NAME-1.csv for NAME.csv (and NAME-1 for NAME): the number goes before the extension, so that the
// parts still open as CSV. Returns what comes before the number (with its '-') and after it.
std::pair<std::string, std::string> part_affixes(const std::string& path) {
  const auto slash = path.rfind('/');
  const auto dot = path.rfind('.');
  const bool has_extension = dot != std::string::npos && (slash == std::string::npos || dot > slash + 1);
  if (!has_extension) return {path + "-", ""};
  return {path.substr(0, dot) + "-", path.substr(dot)};
}

std::string part_path(const std::string& path, std::size_t number) {
  const auto [before, after] = part_affixes(path);
  return fmt::format("{}{}{}", before, number, after);
}

// The entries in runs that each fit in one Xero import, in journal order; an entry is never split,
// since Xero would import its halves as two unbalanced journals.
std::vector<Journal> xero_parts(const Journal& journal) {
  std::vector<Journal> parts(1);
  std::size_t lines = 1; // the header row
  for (const auto& entry : journal.entries) {
    if (!parts.back().entries.empty() && lines + entry.postings.size() > xero_lines_per_file) {
      parts.emplace_back();
      lines = 1;
    }
    parts.back().entries.push_back(entry);
    lines += entry.postings.size();
  }
  return parts;
}

} // namespace

std::vector<JournalFile> export_journal_files(const Journal& journal, JournalFormat format, const JournalExportOptions& options,
                                              const std::string& path) {
  const std::vector<Journal> parts = format == JournalFormat::xero ? xero_parts(journal) : std::vector<Journal>{journal};
  if (parts.size() == 1) return {{path, export_journal(journal, format, options), journal.entries.size()}};
  std::vector<JournalFile> files;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    files.push_back({part_path(path, i + 1), export_journal(parts[i], format, options), parts[i].entries.size()});
  }
  return files;
}

std::optional<std::size_t> journal_part_number(const std::string& path, const std::string& candidate) {
  const auto [before, after] = part_affixes(path);
  if (candidate.size() <= before.size() + after.size() || !candidate.starts_with(before) || !candidate.ends_with(after)) {
    return std::nullopt;
  }
  const std::string_view digits = std::string_view(candidate).substr(before.size(), candidate.size() - before.size() - after.size());
  constexpr std::size_t most_digits = 9; // far more parts than any journal has, and no overflow
  if (digits.size() > most_digits || digits.front() == '0' ||
      !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  std::size_t number = 0;
  for (const char digit : digits) number = number * 10 + static_cast<std::size_t>(digit - '0');
  return number;
}

} // namespace recon
