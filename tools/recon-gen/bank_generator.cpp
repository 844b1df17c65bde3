#include "bank_generator.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <stdexcept>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "output_file.hpp"
#include "random.hpp"

namespace recon_gen {
namespace {

struct BankTransaction {
  Day day;
  std::string description;
  std::int64_t amount; // minor units; credits positive
};

constexpr std::array<std::string_view, 8> payees{"UPS SHIPPING", "WAREHOUSE RENT", "GOOGLE ADS",   "PAYROLL",
                                                 "USPS POSTAGE", "SUPPLIER PAYMENT", "ELECTRIC CO", "PACKAGING SUPPLY"};
constexpr std::array<std::string_view, 3> payers{"SHOPIFY PAYMENTS TRANSFER", "STRIPE TRANSFER", "CUSTOMER PAYMENT"};

std::string deposit_memo(const MarketLocale& locale, const SettlementFacts& settlement, Random& random) {
  std::string memo(locale.deposit_memo);
  if (random.percent(25)) memo += " SETTLEMENT " + settlement.id; // banks rarely carry the id
  return memo;
}

std::int64_t power_of_ten(int exponent) {
  std::int64_t power = 1;
  for (int i = 0; i < exponent; ++i) power *= 10;
  return power;
}

// A settlement's total as it reaches the account: converted at the spec's rate, rounded half to
// even to the account's minor units (in 128 bits, so that no product overflows on the way).
std::int64_t deposited(const BankSpec& spec, const MarketLocale& account, std::int64_t total) {
  __extension__ using Wide = __int128;
  const int shift = account.exponent - spec.locale->exponent;
  Wide numerator = Wide{total} * spec.rate.numerator * (shift > 0 ? power_of_ten(shift) : 1);
  const Wide denominator = Wide{spec.rate.denominator} * (shift < 0 ? power_of_ten(-shift) : 1);
  Wide quotient = numerator / denominator;
  const Wide twice_rest = (numerator % denominator) * 2;
  if (twice_rest > denominator || (twice_rest == denominator && quotient % 2 == 1)) ++quotient;
  return static_cast<std::int64_t>(quotient);
}

std::vector<BankTransaction> make_transactions(const BankSpec& spec, std::span<const SettlementFacts> settlements,
                                               Random& random) {
  const MarketLocale& locale = spec.account != nullptr ? *spec.account : *spec.locale;
  std::vector<BankTransaction> transactions;
  std::set<std::int64_t> deposit_amounts;
  for (const SettlementFacts& settlement : settlements) {
    if (settlement.total <= 0) continue; // Amazon wires nothing for a negative settlement
    const Day landed = settlement.deposit_date + date::days{random.between(1, 3)};
    const std::int64_t amount = deposited(spec, locale, settlement.total);
    transactions.push_back({landed, deposit_memo(*spec.locale, settlement, random), amount});
    deposit_amounts.insert(amount);
  }
  const auto others = spec.lines - 1 - static_cast<std::int64_t>(transactions.size());
  if (others < 0) throw std::invalid_argument("the bank export needs a line for each deposit and its header");

  const Day first = std::chrono::floor<date::days>(settlements.front().start);
  const Day last = settlements.back().deposit_date + date::days{5};
  const auto span_days = (last - first).count();
  for (std::int64_t i = 0; i < others; ++i) {
    const Day day = first + date::days{random.between(0, span_days)};
    const bool credit = random.percent(30);
    std::int64_t amount = 0;
    do { // never the amount of a deposit, so that every match is the one meant
      amount = random.between(500, credit ? 400000 : 250000) * locale.price_scale / 100;
    } while (deposit_amounts.contains(amount));
    std::string description(credit ? payers[random.below(payers.size())] : payees[random.below(payees.size())]);
    description += fmt::format(" {:06}", random.below(1000000));
    transactions.push_back({day, std::move(description), credit ? amount : -amount});
  }
  std::stable_sort(transactions.begin(), transactions.end(),
                   [](const BankTransaction& a, const BankTransaction& b) { return a.day < b.day; });
  return transactions;
}

std::string_view header_of(BankLayout layout) {
  switch (layout) {
  case BankLayout::us_checking: return "Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #\n";
  case BankLayout::uk_paid_in_out: return "Date,Description,Paid out,Paid in,Balance\n";
  case BankLayout::eu_semicolon: return "Booking date;Value date;Description;Amount;Currency\n";
  case BankLayout::simple_iso: return "Date,Description,Amount,Balance\n";
  }
  return {};
}

// A CSV field, quoted when it holds the delimiter.
void append_field(std::string& out, std::string_view text, char delimiter) {
  if (text.find(delimiter) == std::string_view::npos) {
    out.append(text);
    return;
  }
  out.push_back('"');
  out.append(text);
  out.push_back('"');
}

std::string grouped(std::int64_t amount, const MarketLocale& locale) {
  std::string text;
  append_grouped_amount(text, amount, locale.exponent, locale.decimal_mark);
  return text;
}

void append_row(std::string& out, const BankTransaction& transaction, std::int64_t balance, const MarketLocale& locale) {
  const BankLayout layout = locale.bank;
  std::string date;
  append_bank_date(date, transaction.day, layout);
  const bool credit = transaction.amount > 0;
  switch (layout) {
  case BankLayout::us_checking:
    out.append(credit ? "CREDIT," : "DEBIT,").append(date).append(1, ',');
    append_field(out, transaction.description, ',');
    out.push_back(',');
    append_amount(out, transaction.amount, locale.exponent, '.');
    out.append(credit ? ",ACH_CREDIT," : ",ACH_DEBIT,");
    append_amount(out, balance, locale.exponent, '.');
    out.append(",\n");
    break;
  case BankLayout::uk_paid_in_out:
    out.append(date).append(1, ',');
    append_field(out, transaction.description, ',');
    out.push_back(',');
    if (!credit) append_field(out, grouped(-transaction.amount, locale), ',');
    out.push_back(',');
    if (credit) append_field(out, grouped(transaction.amount, locale), ',');
    out.push_back(',');
    append_field(out, grouped(balance, locale), ',');
    out.push_back('\n');
    break;
  case BankLayout::eu_semicolon:
    out.append(date).append(1, ';').append(date).append(1, ';');
    append_field(out, transaction.description, ';');
    out.append(1, ';').append(grouped(transaction.amount, locale)).append(1, ';').append(locale.currency).append(1, '\n');
    break;
  case BankLayout::simple_iso:
    out.append(date).append(1, ',');
    append_field(out, transaction.description, ',');
    out.push_back(',');
    append_amount(out, transaction.amount, locale.exponent, '.');
    out.push_back(',');
    append_amount(out, balance, locale.exponent, '.');
    out.push_back('\n');
    break;
  }
}

} // namespace

ConversionRate parse_conversion_rate(const std::string& text) {
  ConversionRate rate{0, 1};
  bool point = false;
  int digits = 0;
  for (const char c : text) {
    if (c == '.' && !point) {
      point = true;
      continue;
    }
    if (c < '0' || c > '9' || ++digits > 15) throw std::invalid_argument("a rate is a positive decimal such as 0.7451");
    rate.numerator = rate.numerator * 10 + (c - '0');
    if (point) rate.denominator *= 10;
  }
  if (rate.numerator == 0) throw std::invalid_argument("a rate is a positive decimal such as 0.7451");
  return rate;
}

void write_bank_export(const BankSpec& spec, std::span<const SettlementFacts> settlements, const std::string& path) {
  if (settlements.empty()) throw std::invalid_argument("a bank export needs settlements to deposit");
  Random random(spec.seed ^ 0xB4A7CULL);
  const std::vector<BankTransaction> transactions = make_transactions(spec, settlements, random);
  const MarketLocale& locale = spec.account != nullptr ? *spec.account : *spec.locale;

  OutputFile out(path);
  out.text().append(header_of(locale.bank));
  std::int64_t balance = 1000000 * locale.price_scale / 100; // an opening balance of about 10,000
  for (const BankTransaction& transaction : transactions) {
    balance += transaction.amount;
    append_row(out.text(), transaction, balance, locale);
    out.line_done();
  }
  out.close();
}

} // namespace recon_gen
