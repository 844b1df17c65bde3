// beancount, hledger and ledger: plain-text double-entry journals. Each entry carries its
// settlement's id, period, source line and file digest as metadata, and the clearing account's
// running balance is asserted, so bean-check, `hledger check` and `ledger bal` re-verify recon's
// arithmetic when they read the file.
//
// Every text that comes from outside recon goes through one_line (one_line_text.hpp), so that it
// cannot end its line and start a directive; in beancount it is then a string literal as well.

#include <algorithm>

#include <fmt/format.h>

#include "export/journal_writers.hpp"
#include "export/one_line_text.hpp"

namespace recon {
namespace {

std::string amount_text(const Money& money) { return to_plain_string(money) + " " + std::string(money.currency().code()); }

// The report's file name without its folders: the folders are the machine's that ran recon, and say
// nothing about the report that source_sha256 does not say better.
std::string_view source_name(const Entry& entry) {
  const std::string_view path = entry.source.file;
  const auto slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string source_text(const Entry& entry) { return fmt::format("{}:{}", one_line(source_name(entry)), entry.source.line); }

// The UTF-8 length of the whitespace character the text starts with (one hledger strips from a tag
// value: a space or any other of Unicode's space separators, Zs), or 0. Control characters never
// get here: one_line has spelled them out.
std::size_t leading_space_length(std::string_view text) {
  for (const std::string_view space :
       {" ", "\u00A0", "\u1680", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005", "\u2006", "\u2007",
        "\u2008", "\u2009", "\u200A", "\u202F", "\u205F", "\u3000"}) {
    if (text.starts_with(space)) return space.size();
  }
  return 0;
}

void append_percent_encoded(std::string_view bytes, std::string& out) {
  for (const char byte : bytes) out += fmt::format("%{:02X}", static_cast<unsigned char>(byte));
}

// The source tag's value as hledger reads it back exactly. hledger ends a tag's value at a comma and
// strips the whitespace around it: a report named "settlement, source: other.txt" would give the
// tag source the value "settlement" and a second source tag "other.txt:2". So the file name is
// percent-encoded where hledger would change it, and nowhere else: a comma as %2C, whitespace it
// starts with byte by byte (a space as %20), and % itself as %25, so that decoding is exact.
// ledger reads a value to the end of its line and gets the name as it is.
std::string hledger_source_text(const Entry& entry) {
  const std::string spelled = one_line(source_name(entry));
  std::string_view name = spelled;
  std::string out;
  for (std::size_t length = leading_space_length(name); length != 0; length = leading_space_length(name)) {
    append_percent_encoded(name.substr(0, length), out);
    name.remove_prefix(length);
  }
  for (const char c : name) {
    if (c == ',' || c == '%') {
      append_percent_encoded(std::string_view(&c, 1), out);
    } else {
      out += c;
    }
  }
  return fmt::format("{}:{}", out, entry.source.line);
}

std::string period_text(const Entry& entry) {
  return fmt::format("{}..{}", to_iso_instant(entry.period_start), to_iso_instant(entry.period_end));
}

// A beancount string literal, on one line.
std::string quoted(std::string_view text) {
  std::string out = "\"";
  for (const char c : one_line(text)) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::string posting_line(std::string_view indent, const Posting& posting, std::size_t width, std::string_view assertion) {
  std::string line = fmt::format("{}{:<{}}  {:>14}", indent, one_line(posting.account), width, amount_text(posting.amount));
  // A total price: the three tools weigh the posting by it, so a converted deposit balances.
  if (posting.price) line += " @@ " + amount_text(*posting.price);
  if (!assertion.empty()) line += assertion;
  return line + "\n";
}

} // namespace

std::map<std::string, Day> first_use_of_accounts(const Journal& journal) {
  std::map<std::string, Day> first_use;
  for (const auto& entry : journal.entries) {
    for (const auto& posting : entry.postings) first_use.try_emplace(posting.account, entry.date);
  }
  return first_use;
}

std::vector<Currency> currencies_of(const Journal& journal) {
  std::vector<Currency> currencies;
  for (const auto& entry : journal.entries) {
    for (const auto& posting : entry.postings) {
      for (const Currency& currency : {posting.amount.currency(), posting.price ? posting.price->currency() : posting.amount.currency()}) {
        if (std::find(currencies.begin(), currencies.end(), currency) == currencies.end()) currencies.push_back(currency);
      }
    }
  }
  std::sort(currencies.begin(), currencies.end(), [](const Currency& a, const Currency& b) { return a.code() < b.code(); });
  return currencies;
}

std::size_t longest_account(const Journal& journal) {
  std::size_t width = 0;
  for (const auto& entry : journal.entries) {
    for (const auto& posting : entry.postings) width = std::max(width, posting.account.size());
  }
  return width;
}

std::string write_beancount(const Journal& journal, bool open_directives) {
  std::string out = fmt::format(";; {}\n\n", generated_notice);
  // Without them (--no-open) the file can be included in books that open the accounts already.
  if (open_directives) {
    for (const auto& [account, day] : first_use_of_accounts(journal)) {
      out += fmt::format("{} open {}\n", to_iso_date(day), one_line(account));
    }
  }

  const std::size_t width = longest_account(journal);
  auto check = journal.balance_checks.begin();
  const auto write_checks_before = [&](Day day) {
    // beancount checks a balance at the start of its day, so the end of day D is asserted on D+1.
    for (; check != journal.balance_checks.end() && check->date < day; ++check) {
      out += fmt::format("\n{} balance {}  {}\n", to_iso_date(check->date + date::days{1}), one_line(check->account),
                         amount_text(check->balance));
    }
  };
  for (const auto& entry : journal.entries) {
    write_checks_before(entry.date);
    out += fmt::format("\n{} {} \"Amazon\" {}\n", to_iso_date(entry.date), entry.pending ? '!' : '*', quoted(entry.narration));
    out += fmt::format("  settlement_id: {}\n  period: {}\n  source: {}\n  source_sha256: {}\n", quoted(entry.settlement_id),
                       quoted(period_text(entry)), quoted(source_text(entry)), quoted(entry.source_sha256));
    for (const auto& posting : entry.postings) out += posting_line("  ", posting, width, "");
  }
  write_checks_before(Day::max());
  return out;
}

std::string write_ledger_family(const Journal& journal, LedgerDialect dialect) {
  // Every account, commodity and metadata tag is declared, so the file passes the tools' strict
  // checks (hledger check --strict, ledger --pedantic), which catch a misspelt account.
  std::string out = fmt::format("; {}\n\n", generated_notice);
  for (const auto& currency : currencies_of(journal)) {
    out += dialect == LedgerDialect::hledger
               ? fmt::format("commodity {} {}\n", to_plain_string(Money(0, currency)), currency.code())
               : fmt::format("commodity {}\n", currency.code());
  }
  if (dialect == LedgerDialect::ledger) {
    for (const auto* tag : {"settlement_id", "period", "source", "source_sha256"}) out += fmt::format("tag {}\n", tag);
  }
  for (const auto& [account, day] : first_use_of_accounts(journal)) out += fmt::format("account {}\n", one_line(account));

  const std::size_t width = longest_account(journal);
  for (const auto& entry : journal.entries) {
    // hledger reads "payee | note"; ledger takes the whole text as the payee.
    const std::string description =
        dialect == LedgerDialect::hledger ? "Amazon | " + one_line(entry.narration) : one_line(entry.narration);
    out += fmt::format("\n{} {} {}\n", to_iso_date(entry.date), entry.pending ? '!' : '*', description);
    out += fmt::format("    ; settlement_id: {}\n    ; period: {}\n    ; source: {}\n    ; source_sha256: {}\n",
                       one_line(entry.settlement_id), period_text(entry),
                       dialect == LedgerDialect::hledger ? hledger_source_text(entry) : source_text(entry),
                       one_line(entry.source_sha256));
    for (const auto& posting : entry.postings) {
      const std::string assertion = posting.balance_after ? " = " + amount_text(*posting.balance_after) : "";
      out += posting_line("    ", posting, width, assertion);
    }
  }
  return out;
}

} // namespace recon
