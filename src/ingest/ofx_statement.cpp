#include "ingest/ofx_statement.hpp"

#include <algorithm>
#include <optional>

#include <fmt/format.h>
#include <libofx/libofx.h>

#if defined(__SANITIZE_ADDRESS__) // GCC's -fsanitize=address
#define RECON_LEAK_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) // clang's
#define RECON_LEAK_SANITIZER 1
#endif
#endif
#ifdef RECON_LEAK_SANITIZER
#include <sanitizer/lsan_interface.h>
#endif

#include "ingest/statement_text.hpp"
#include "recon/base/amount_text.hpp"
#include "recon/base/input_error.hpp"

namespace recon {
namespace {

// A month of one account is a few hundred kilobytes; this leaves room for years of it.
constexpr std::uint64_t max_ofx_bytes = std::uint64_t{64} << 20U;

constexpr std::string_view ofx_hint = "recon reads OFX bank and credit-card statements (<STMTRS>, <CCSTMTRS>) as banks export them "
                                      "(OFX, QFX, QBO). Download the statement again, one account a file.";

// libofx writes its messages to stderr, errors by default; recon speaks for itself, naming the line.
void silence_libofx() noexcept {
  for (int* flag : {&ofx_PARSER_msg, &ofx_DEBUG_msg, &ofx_DEBUG1_msg, &ofx_DEBUG2_msg, &ofx_DEBUG3_msg, &ofx_DEBUG4_msg,
                    &ofx_DEBUG5_msg, &ofx_STATUS_msg, &ofx_INFO_msg, &ofx_WARNING_msg, &ofx_ERROR_msg, &ofx_show_position}) {
    *flag = 0;
  }
}

// What libofx reported: the statements and, in file order, the transactions it understood.
struct LibofxReport {
  std::vector<std::string> statement_currencies; // CURDEF of each, "" when it had none
  struct Transaction {
    std::string fitid;
    bool has_amount = false;
    bool has_date = false;
  };
  std::vector<Transaction> transactions;
};

int on_statement(const OfxStatementData data, void* report) {
  static_cast<LibofxReport*>(report)->statement_currencies.emplace_back(data.currency_valid ? data.currency : "");
  return 0;
}

int on_transaction(const OfxTransactionData data, void* report) {
  static_cast<LibofxReport*>(report)->transactions.push_back(
      {data.fi_id_valid ? data.fi_id : "", data.amount_valid != 0, data.date_posted_valid != 0});
  return 0;
}

// libofx 0.10.9 leaks an object on every file it parses (88 bytes). That is not recon's to fix and
// costs nothing in a run of a few files, but LeakSanitizer would fail the asan suite and the fuzzer
// on it; what libofx allocates while it parses is therefore not counted.
#ifdef RECON_LEAK_SANITIZER
class LibofxLeaksIgnored {
public:
  LibofxLeaksIgnored() noexcept { __lsan_disable(); }
  ~LibofxLeaksIgnored() { __lsan_enable(); }
  LibofxLeaksIgnored(const LibofxLeaksIgnored&) = delete;
  LibofxLeaksIgnored& operator=(const LibofxLeaksIgnored&) = delete;
  LibofxLeaksIgnored(LibofxLeaksIgnored&&) = delete;
  LibofxLeaksIgnored& operator=(LibofxLeaksIgnored&&) = delete;
};
#else
struct LibofxLeaksIgnored {};
#endif

// libofx parses a file by name (it writes a cleaned copy to the temporary directory and removes it).
LibofxReport parse_with_libofx(const std::string& path) {
  silence_libofx();
  LibofxReport report;
  LibofxContextPtr context = libofx_get_new_context();
  ofx_set_statement_cb(context, on_statement, &report);
  ofx_set_transaction_cb(context, on_transaction, &report);
  // The result says only whether libofx complained about anything at all, including elements real
  // banks add (Intuit's <INTU.BID>); what recon relies on is checked against the text below.
  {
    [[maybe_unused]] const LibofxLeaksIgnored ignored{};
    (void)libofx_proc_file(context, path.c_str(), OFX);
  }
  libofx_free_context(context);
  return report;
}

std::string_view trimmed(std::string_view text) {
  const auto begin = text.find_first_not_of(" \t\r");
  if (begin == std::string_view::npos) return {};
  return text.substr(begin, text.find_last_not_of(" \t\r") - begin + 1);
}

// An element's value as written, and where its tag starts: up to the next tag (OFX 2.x, or SGML
// followed by another element on the same line) or the end of the line (SGML).
struct Element {
  std::size_t at = 0;
  std::string_view value;
};

std::optional<Element> element(std::string_view text, std::string_view name, std::size_t from, std::size_t to) {
  const auto found = find_tags(text, fmt::format("<{}>", name), from, to);
  if (found.empty()) return std::nullopt;
  const std::size_t begin = found.front() + name.size() + 2;
  const std::size_t end = std::min(text.find_first_of("<\n", begin), to);
  return Element{found.front(), trimmed(text.substr(begin, end - begin))};
}

// The character references OFX text uses (OFX 1.x allows &amp; &lt; &gt;; 2.x is XML).
std::string unescaped(std::string_view text) {
  constexpr std::pair<std::string_view, char> references[] = {{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const auto* const reference = std::find_if(std::begin(references), std::end(references),
                                               [&](const auto& r) { return text.substr(i, r.first.size()) == r.first; });
    if (text[i] == '&' && reference != std::end(references)) {
      out += reference->second;
      i += reference->first.size();
    } else {
      out += text[i++];
    }
  }
  return out;
}

// OFX dates are YYYYMMDD, then an optional time and [offset:zone]. The day is the one the bank
// wrote: converting to UTC, as libofx does, would move a payment posted late in the evening.
std::optional<Day> ofx_day(std::string_view text) {
  if (text.size() < 8 || !std::all_of(text.begin(), text.begin() + 8, [](char c) { return c >= '0' && c <= '9'; })) return std::nullopt;
  const auto number = [&](std::size_t at, std::size_t length) {
    int value = 0;
    for (std::size_t i = at; i < at + length; ++i) value = value * 10 + (text[i] - '0');
    return value;
  };
  const date::year_month_day day{date::year{number(0, 4)}, date::month{static_cast<unsigned>(number(4, 2))},
                                 date::day{static_cast<unsigned>(number(6, 2))}};
  if (!day.ok()) return std::nullopt;
  return date::sys_days{day};
}

class OfxReader {
public:
  OfxReader(const std::string& path, const StatementText& text) : path_(path), text_(text) {}

  BankStatement read(const LibofxReport& report) {
    const std::string_view text = text_.text();
    const std::size_t statements = find_tags(text, "<STMTRS>").size() + find_tags(text, "<CCSTMTRS>").size();
    if (report.statement_currencies.empty() || statements == 0) {
      throw InputError(path_, 0, "no bank or credit-card statement was found in this OFX file").with_hint(std::string(ofx_hint));
    }
    if (report.statement_currencies.size() > 1 || statements > 1) {
      throw InputError(path_, 0, fmt::format("this OFX file holds {} statements; recon reads one account a file", std::max(statements, report.statement_currencies.size())))
          .with_hint("Download each account's statement to a file of its own and give them all.");
    }
    const auto currency = Currency::from_code(report.statement_currencies.front());
    if (!currency) {
      const auto curdef = element(text, "CURDEF", 0, text.size());
      throw error_at(curdef ? curdef->at : 0, fmt::format("the statement's currency (CURDEF) is \"{}\", not an ISO 4217 code recon knows",
                                                          report.statement_currencies.front()));
    }

    BankStatement statement{path_, *currency, {}, Day::max(), Day::min(), BankFormat::ofx, CurrencyOrigin::file};
    const auto starts = find_tags(text, "<STMTTRN>");
    if (starts.size() != report.transactions.size()) {
      throw InputError(path_, 0, fmt::format("the file has {} <STMTTRN> tags but libofx read {} transactions from it",
                                             starts.size(), report.transactions.size()))
          .with_hint("The file is damaged or not a statement as banks write it: download it again.");
    }
    for (std::size_t k = 0; k < starts.size(); ++k) {
      const std::size_t end = transaction_end(starts, k);
      statement.lines.push_back(transaction(starts[k], end, report.transactions[k], *currency));
      statement.first = std::min(statement.first, statement.lines.back().date);
      statement.last = std::max(statement.last, statement.lines.back().date);
    }
    cover_listed_period(statement);
    skip_balances(statement);
    return statement;
  }

private:
  [[nodiscard]] InputError error_at(std::size_t offset, std::string message) const {
    const std::uint64_t line = text_.line_at(offset);
    return InputError(path_, line, std::move(message)).with_excerpt(std::string(text_.line_text(line)), 0, 0);
  }

  // A transaction ends at its </STMTTRN> (OFX closes aggregates, SGML too), and never past the next one.
  [[nodiscard]] std::size_t transaction_end(const std::vector<std::size_t>& starts, std::size_t k) const {
    const std::size_t next = k + 1 < starts.size() ? starts[k + 1] : text_.text().size();
    const auto close = find_tags(text_.text(), "</STMTTRN>", starts[k], next);
    return close.empty() ? next : close.front();
  }

  BankLine transaction(std::size_t start, std::size_t end, const LibofxReport::Transaction& understood, Currency account) const {
    const std::string_view text = text_.text();
    const auto fitid = element(text, "FITID", start, end);
    if (!understood.has_amount || !understood.has_date || (fitid && std::string(fitid->value) != understood.fitid)) {
      throw error_at(start, "libofx could not read this transaction as OFX (a misplaced or unknown element inside it?)")
          .with_hint(std::string(ofx_hint));
    }
    const auto posted = element(text, "DTPOSTED", start, end);
    if (!posted) throw error_at(start, "the transaction has no posting date (DTPOSTED)");
    const auto day = ofx_day(posted->value);
    if (!day) throw error_at(posted->at, fmt::format("the posting date \"{}\" is not an OFX date (YYYYMMDD…)", posted->value));

    // A <CURRENCY> aggregate means the amounts are in its CURSYM (ORIGCURRENCY means they are not).
    Currency currency = account;
    if (const auto named = element(text, "CURSYM", start, end); named && !find_tags(text, "<CURRENCY>", start, end).empty()) {
      const auto code = Currency::from_code(named->value);
      if (!code) throw error_at(named->at, fmt::format("the transaction's currency \"{}\" is not an ISO 4217 code recon knows", named->value));
      currency = *code;
    }
    const auto amount = element(text, "TRNAMT", start, end);
    if (!amount) throw error_at(start, "the transaction has no amount (TRNAMT)");
    // OFX writes no thousands separators, and allows a comma for the decimal point.
    const DecimalMark mark = amount->value.find(',') != std::string_view::npos ? DecimalMark::comma : DecimalMark::point;
    const auto minor = parse_minor_units(amount->value, currency.exponent(), mark);
    if (!minor) throw error_at(amount->at, fmt::format("the amount \"{}\" cannot be read: {}", amount->value, minor.error()));

    std::string description;
    for (const std::string_view name : {"NAME", "MEMO"}) {
      const auto field = element(text, name, start, end);
      if (!field || field->value.empty() || unescaped(field->value) == description) continue;
      if (!description.empty()) description += ' ';
      description += unescaped(field->value);
    }
    return BankLine{{path_, text_.line_at(start)}, *day, Money(minor.value(), currency), std::move(description)};
  }

  // The period the bank says the transaction list covers (DTSTART to DTEND), which may begin before
  // the first transaction and end after the last: a quiet week is still covered.
  void cover_listed_period(BankStatement& statement) const {
    const std::string_view text = text_.text();
    for (const auto& [name, widen] : {std::pair{"DTSTART", true}, std::pair{"DTEND", false}}) {
      const auto field = element(text, name, 0, text.size());
      if (!field) continue;
      const auto day = ofx_day(field->value);
      if (!day) throw error_at(field->at, fmt::format("the date \"{}\" is not an OFX date (YYYYMMDD…)", field->value));
      if (widen) statement.first = std::min(statement.first, *day);
      else statement.last = std::max(statement.last, *day);
    }
    if (statement.lines.empty() && (statement.first == Day::max() || statement.last == Day::min())) {
      throw InputError(path_, 0, "the OFX statement has no transactions and no period (DTSTART, DTEND)").with_hint(std::string(ofx_hint));
    }
  }

  // Balances are what the account held, not money that moved: listed as skipped, never matched.
  void skip_balances(BankStatement& statement) const {
    const std::string_view text = text_.text();
    for (const auto& [tag, reason] : {std::pair{"<LEDGERBAL>", "ledger balance"}, std::pair{"<AVAILBAL>", "available balance"}}) {
      for (const std::size_t at : find_tags(text, tag)) {
        const std::uint64_t line = text_.line_at(at);
        statement.skipped.push_back({line, reason, std::string(text_.line_text(line))});
      }
    }
    std::sort(statement.skipped.begin(), statement.skipped.end(), [](const auto& a, const auto& b) { return a.line < b.line; });
  }

  const std::string& path_;
  const StatementText& text_;
};

} // namespace

bool looks_like_ofx(const std::vector<std::string>& first_lines) {
  return std::any_of(first_lines.begin(), first_lines.end(), [](const std::string& line) {
    return !find_tags(line, "OFXHEADER").empty() || !find_tags(line, "<OFX>").empty();
  });
}

BankStatement read_ofx_statement(const std::string& path) {
  const StatementText text(path, max_ofx_bytes);
  const LibofxReport report = parse_with_libofx(path);
  return OfxReader(path, text).read(report);
}

} // namespace recon
