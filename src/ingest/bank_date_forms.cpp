#include "ingest/bank_date_forms.hpp"

#include <array>

#include <fmt/format.h>

namespace recon {
namespace {

bool all_digits(std::string_view text) {
  return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

int number(std::string_view digits) {
  int value = 0;
  for (const char c : digits) value = value * 10 + (c - '0');
  return value;
}

// Two-digit years in bank exports are this century's, as in parse_date.
int full_year(std::string_view digits) { return digits.size() == 2 ? 2000 + number(digits) : number(digits); }

std::string iso(int year, int month, int day) { return fmt::format("{:04}-{:02}-{:02}", year, month, day); }

// "May" or "may": the month's number, 0 for anything else. English only: the exports that write
// month names (UK cards, POSB) write them in English.
int month_named(std::string_view name) {
  static constexpr std::array<std::string_view, 12> names{"jan", "feb", "mar", "apr", "may", "jun",
                                                          "jul", "aug", "sep", "oct", "nov", "dec"};
  if (name.size() != 3) return 0;
  std::string lower;
  for (const char c : name) lower += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i] == lower) return static_cast<int>(i) + 1;
  }
  return 0;
}

// "20.03.26": day, month and a two-digit year between dots.
std::optional<std::string> dotted_short_year(std::string_view text) {
  if (text.size() != 8 || text[2] != '.' || text[5] != '.') return std::nullopt;
  const auto day = text.substr(0, 2);
  const auto month = text.substr(3, 2);
  const auto year = text.substr(6, 2);
  if (!all_digits(day) || !all_digits(month) || !all_digits(year)) return std::nullopt;
  return iso(full_year(year), number(month), number(day));
}

// "2026.03.20.": year first between dots, ending in one.
std::optional<std::string> hungarian(std::string_view text) {
  if (text.size() != 11 || text[4] != '.' || text[7] != '.' || text[10] != '.') return std::nullopt;
  const auto year = text.substr(0, 4);
  const auto month = text.substr(5, 2);
  const auto day = text.substr(8, 2);
  if (!all_digits(year) || !all_digits(month) || !all_digits(day)) return std::nullopt;
  return iso(number(year), number(month), number(day));
}

// "20260320": eight digits, year first.
std::optional<std::string> compact(std::string_view text) {
  if (text.size() != 8 || !all_digits(text)) return std::nullopt;
  return iso(number(text.substr(0, 4)), number(text.substr(4, 2)), number(text.substr(6, 2)));
}

// "12 May 2026", "1 May 26".
std::optional<std::string> month_name(std::string_view text) {
  const auto first_space = text.find(' ');
  const auto second_space = text.find(' ', first_space + 1);
  if (first_space == std::string_view::npos || second_space == std::string_view::npos) return std::nullopt;
  const auto day = text.substr(0, first_space);
  const auto month = month_named(text.substr(first_space + 1, second_space - first_space - 1));
  const auto year = text.substr(second_space + 1);
  if (!all_digits(day) || day.size() > 2 || month == 0 || !all_digits(year) || (year.size() != 2 && year.size() != 4)) {
    return std::nullopt;
  }
  return iso(full_year(year), month, number(day));
}

} // namespace

std::optional<std::string> iso_from_bank_date(std::string_view text) {
  for (const auto form : {dotted_short_year, hungarian, compact, month_name}) {
    if (auto found = form(text)) return found;
  }
  return std::nullopt;
}

} // namespace recon
