#include "market_locale.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

namespace recon_gen {
namespace {

constexpr std::array<MarketLocale, 7> locales{{
    {"us", "USD", 2, "Amazon.com", '.', DateStyle::iso, SalesTax::us_facilitator, BankLayout::us_checking, "11",
     "AMAZON.COM SERVICES, L PAYMENTS PPD ID: 9100000001", 100},
    {"ca", "CAD", 2, "Amazon.ca", '.', DateStyle::iso, SalesTax::included_vat, BankLayout::simple_iso, "70",
     "AMAZON.CA MKTP DEPOSIT", 130},
    {"uk", "GBP", 2, "Amazon.co.uk", '.', DateStyle::dotted, SalesTax::included_vat, BankLayout::uk_paid_in_out, "20",
     "AMAZON PAYMENTS UK BGC", 80},
    {"de", "EUR", 2, "Amazon.de", ',', DateStyle::dotted, SalesTax::included_vat, BankLayout::eu_semicolon, "30",
     "AMAZON PAYMENTS EUROPE S.C.A. GUTSCHRIFT", 90},
    {"au", "AUD", 2, "Amazon.com.au", '.', DateStyle::dotted, SalesTax::au_low_value, BankLayout::uk_paid_in_out, "25",
     "AMAZON COMMERCIAL SERVICES DIRECT CREDIT", 150},
    {"jp", "JPY", 0, "Amazon.co.jp", '.', DateStyle::iso, SalesTax::included_vat, BankLayout::simple_iso, "50",
     "AMAZON JAPAN G.K. FURIKOMI", 150},
    // Last, so that the other locales' settlement ids stay as they were.
    {"fr", "EUR", 2, "Amazon.fr", ',', DateStyle::dotted, SalesTax::included_vat, BankLayout::eu_semicolon, "40",
     "AMAZON PAYMENTS EUROPE S.C.A. VIREMENT", 90},
}};

void append_digits(std::string& out, std::uint64_t magnitude, int exponent, char decimal_mark, char group) {
  std::uint64_t scale = 1;
  for (int i = 0; i < exponent; ++i) scale *= 10U;
  const std::string whole = fmt::format("{}", magnitude / scale);
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (group != '\0' && i > 0 && (whole.size() - i) % 3 == 0) out.push_back(group);
    out.push_back(whole[i]);
  }
  if (exponent > 0) {
    out.push_back(decimal_mark);
    fmt::format_to(std::back_inserter(out), "{:0{}}", magnitude % scale, exponent);
  }
}

std::uint64_t magnitude_of(std::int64_t value) {
  return value < 0 ? 0U - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
}

} // namespace

std::span<const MarketLocale> market_locales() noexcept { return locales; }

const MarketLocale* find_market_locale(std::string_view code) noexcept {
  const auto* const found = std::find_if(locales.begin(), locales.end(), [code](const MarketLocale& l) { return l.code == code; });
  return found == locales.end() ? nullptr : &*found;
}

void append_amount(std::string& out, std::int64_t minor_units, int exponent, char decimal_mark) {
  if (minor_units < 0) out.push_back('-');
  append_digits(out, magnitude_of(minor_units), exponent, decimal_mark, '\0');
}

void append_grouped_amount(std::string& out, std::int64_t minor_units, int exponent, char decimal_mark) {
  if (minor_units < 0) out.push_back('-');
  append_digits(out, magnitude_of(minor_units), exponent, decimal_mark, decimal_mark == ',' ? '.' : ',');
}

void append_instant(std::string& out, Instant instant, DateStyle style) {
  const auto day = std::chrono::floor<date::days>(instant);
  const date::year_month_day ymd{day};
  const date::hh_mm_ss time{instant - day};
  const auto year = static_cast<int>(ymd.year());
  const auto month = static_cast<unsigned>(ymd.month());
  const auto mday = static_cast<unsigned>(ymd.day());
  if (style == DateStyle::iso) {
    fmt::format_to(std::back_inserter(out), "{:04}-{:02}-{:02}", year, month, mday);
  } else {
    fmt::format_to(std::back_inserter(out), "{:02}.{:02}.{:04}", mday, month, year);
  }
  fmt::format_to(std::back_inserter(out), " {:02}:{:02}:{:02} UTC", time.hours().count(), time.minutes().count(),
                 time.seconds().count());
}

void append_posted_date(std::string& out, Day day, DateStyle style) {
  const date::year_month_day ymd{day};
  const auto year = static_cast<int>(ymd.year());
  const auto month = static_cast<unsigned>(ymd.month());
  const auto mday = static_cast<unsigned>(ymd.day());
  if (style == DateStyle::iso) {
    fmt::format_to(std::back_inserter(out), "{:02}/{:02}/{:02}", month, mday, year % 100);
  } else {
    fmt::format_to(std::back_inserter(out), "{:02}.{:02}.{:04}", mday, month, year);
  }
}

void append_bank_date(std::string& out, Day day, BankLayout layout) {
  const date::year_month_day ymd{day};
  const auto year = static_cast<int>(ymd.year());
  const auto month = static_cast<unsigned>(ymd.month());
  const auto mday = static_cast<unsigned>(ymd.day());
  switch (layout) {
  case BankLayout::us_checking: fmt::format_to(std::back_inserter(out), "{:02}/{:02}/{:04}", month, mday, year); break;
  case BankLayout::uk_paid_in_out: fmt::format_to(std::back_inserter(out), "{:02}/{:02}/{:04}", mday, month, year); break;
  case BankLayout::eu_semicolon: fmt::format_to(std::back_inserter(out), "{:02}.{:02}.{:04}", mday, month, year); break;
  case BankLayout::simple_iso: fmt::format_to(std::back_inserter(out), "{:04}-{:02}-{:02}", year, month, mday); break;
  }
}

} // namespace recon_gen
