#pragma once
// What differs between Amazon marketplaces in the files they write (see
// ../shared/amazon-settlement-format.md, section "Locale"): currency and its decimals, the decimal
// mark, how dates are written, the marketplace name, the tax lines an order carries, and how a
// typical local bank exports its statement.

#include <chrono>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include <date/date.h>

namespace recon_gen {

using Instant = std::chrono::sys_seconds;
using Day = date::sys_days;

enum class DateStyle {
  iso,    // 2026-03-02 07:04:11 UTC, posted-date 03/02/26 (Amazon.com)
  dotted, // 02.03.2026 07:04:11 UTC, posted-date 02.03.2026 (Amazon.de, .co.uk, .com.au)
};

enum class BankLayout {
  us_checking,   // Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #  (MM/DD/YYYY)
  uk_paid_in_out, // Date,Description,Paid out,Paid in,Balance  (DD/MM/YYYY)
  eu_semicolon,  // Booking date;Value date;Description;Amount;Currency  (DD.MM.YYYY, 1.234,56)
  simple_iso,    // Date,Description,Amount,Balance  (YYYY-MM-DD)
};

enum class SalesTax {
  us_facilitator, // Tax collected and withheld again as MarketplaceFacilitatorTax
  included_vat,   // VAT inside Principal: no tax lines
  au_low_value,   // GST collected and withheld as LowValueGoodsTax
};

struct MarketLocale {
  std::string_view code; // the --locale value
  std::string_view currency;
  int exponent; // decimals of the currency
  std::string_view marketplace;
  char decimal_mark;
  DateStyle dates;
  SalesTax tax;
  BankLayout bank;
  std::string_view order_prefix;     // first group of order ids
  std::string_view deposit_memo;     // how the bank describes Amazon's transfer
  std::int64_t price_scale;          // catalogue prices are in cents times this / 100
};

// The locales the generator knows: us, ca, uk, de, au, jp, fr.
[[nodiscard]] std::span<const MarketLocale> market_locales() noexcept;
[[nodiscard]] const MarketLocale* find_market_locale(std::string_view code) noexcept;

// "-1234.50", "179,99", "1200" (JPY): no grouping, as settlement reports write amounts.
void append_amount(std::string& out, std::int64_t minor_units, int exponent, char decimal_mark);
// "1,234.50" or "1.234,50": grouped, as banks write them.
void append_grouped_amount(std::string& out, std::int64_t minor_units, int exponent, char decimal_mark);

// Settlement-level dates: "2026-03-02 07:04:11 UTC" or "02.03.2026 07:04:11 UTC".
void append_instant(std::string& out, Instant instant, DateStyle style);
// posted-date: "03/02/26" or "02.03.2026".
void append_posted_date(std::string& out, Day day, DateStyle style);
// Bank dates in the layout's own form.
void append_bank_date(std::string& out, Day day, BankLayout layout);

} // namespace recon_gen
