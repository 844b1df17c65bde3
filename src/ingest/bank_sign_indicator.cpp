#include "ingest/bank_sign_indicator.hpp"

#include <algorithm>
#include <array>
#include <string>

namespace recon {
namespace {

constexpr std::array<std::string_view, 6> in_words{"k", "bij", "credit", "cr", "c", "h"};
// S and H: Soll and Haben, as German exports write them.
constexpr std::array<std::string_view, 6> out_words{"d", "af", "debet", "debit", "dr", "s"};

// Trimmed and lower-cased: indicator words are ASCII, and KBC pads its fields with spaces.
std::string folded(std::string_view cell) {
  std::string out;
  for (const char c : cell) {
    if (c != ' ') out += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

bool contains(const auto& words, std::string_view word) { return std::find(words.begin(), words.end(), word) != words.end(); }

} // namespace

std::optional<MoneyDirection> indicated_direction(std::string_view cell) {
  const std::string word = folded(cell);
  if (contains(in_words, word)) return MoneyDirection::in;
  if (contains(out_words, word)) return MoneyDirection::out;
  return std::nullopt;
}

bool names_sign_indicator(std::string_view lowered_name) noexcept {
  static constexpr std::array<std::string_view, 10> names{
      "d/k", "af bij", "af/bij", "debet/credit", "debit/credit", "credit/debit", "cr/dr", "dr/cr", "s/h", "soll/haben"};
  return contains(names, lowered_name);
}

} // namespace recon
