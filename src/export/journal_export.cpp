#include "recon/export/journal_export.hpp"

#include <algorithm>

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
  case JournalFormat::csv:
  case JournalFormat::quickbooks:
  case JournalFormat::xero: return std::nullopt;
  }
  return std::nullopt;
}

std::string export_journal(const Journal& journal, JournalFormat format, const JournalExportOptions& options) {
  switch (format) {
  case JournalFormat::beancount: return write_beancount(journal);
  case JournalFormat::hledger: return write_ledger_family(journal, LedgerDialect::hledger);
  case JournalFormat::ledger: return write_ledger_family(journal, LedgerDialect::ledger);
  case JournalFormat::csv: return write_generic_csv(journal);
  case JournalFormat::quickbooks: return write_quickbooks_csv(journal);
  case JournalFormat::xero: return write_xero_csv(journal, options.xero_tax_rate);
  }
  return {};
}

} // namespace recon
