#include "recon/post/account_map.hpp"

#include <algorithm>
#include <array>
#include <optional>

#include "io/csv_reader.hpp"
#include "recon/base/input_error.hpp"
#include "io/line_source.hpp"

namespace recon {
namespace {

constexpr std::string_view column_names[] = {"transaction-type", "amount-type", "amount-description", "account"};
constexpr std::size_t account_column = 3;
constexpr std::string_view placeholders[] = {"{clearing}", "{marketplace}"};

constexpr std::string_view map_hint =
    "A map file is CSV with the header transaction-type,amount-type,amount-description,account; see "
    "docs/account-map.md, or start from `recon map --print-default`.";

bool is_comment_or_blank(const CsvRecord& record) {
  const auto first = record.text.find_first_not_of(" \t");
  return first == std::string::npos || record.text[first] == '#';
}

[[noreturn]] void refuse(const std::string& source, const CsvRecord& record, std::string message,
                         std::string hint = std::string(map_hint)) {
  throw InputError(source, record.line, std::move(message)).with_excerpt(record.text, 0, record.text.size()).with_hint(std::move(hint));
}

// A pattern's matches all begin with the text before its first `*` and end with the text after
// its last one; a literal is its own prefix and suffix.
struct PatternBounds {
  std::string_view prefix;
  std::string_view suffix;
  bool literal;
};

PatternBounds bounds(std::string_view pattern) {
  const auto first = pattern.find('*');
  if (first == std::string_view::npos) return {pattern, pattern, true};
  return {pattern.substr(0, first), pattern.substr(pattern.rfind('*') + 1), false};
}

// True only when every text `narrow` matches is certainly matched by `wide` too. Conservative: it
// recognises a wildcard, equal patterns, and prefix* / *suffix patterns; anything subtler is
// assumed reachable rather than refused.
bool covers(std::string_view wide, std::string_view narrow) {
  if (wide == "*" || wide == narrow) return true;
  const PatternBounds w = bounds(wide);
  if (w.literal) return false;
  const bool single_star = wide.find('*') == wide.rfind('*');
  if (!single_star) return false;
  const PatternBounds n = bounds(narrow);
  if (n.literal) return wildcard_match(wide, narrow);
  return narrow.starts_with(w.prefix) && narrow.ends_with(w.suffix) && n.prefix.size() >= w.prefix.size() &&
         n.suffix.size() >= w.suffix.size();
}

std::optional<std::string> account_problem(std::string_view account) {
  if (account.empty()) return "the account is empty";
  if (account.front() == ' ' || account.back() == ' ') return "the account starts or ends with a space";
  if (account.find("  ") != std::string_view::npos) return "the account has two spaces in a row, which ends an account name in ledger files";
  if (account.find('\t') != std::string_view::npos) return "the account contains a tab";
  if (account.find("::") != std::string_view::npos || account.front() == ':' || account.back() == ':') {
    return "the account has an empty part between colons";
  }
  for (auto open = account.find('{'); open != std::string_view::npos; open = account.find('{', open + 1)) {
    const auto close = account.find('}', open);
    const auto placeholder = account.substr(open, close == std::string_view::npos ? std::string_view::npos : close - open + 1);
    if (std::find(std::begin(placeholders), std::end(placeholders), placeholder) == std::end(placeholders)) {
      return "unknown placeholder " + std::string(placeholder) + " (recon knows {clearing} and {marketplace})";
    }
  }
  return std::nullopt;
}

class MapParser {
public:
  MapParser(std::string source, CsvReader::NextLine lines) : source_(std::move(source)), reader_(source_, std::move(lines)) {}

  std::vector<MapRule> parse() {
    std::vector<MapRule> rules;
    bool header = false;
    CsvRecord record;
    while (reader_.next(record)) {
      if (is_comment_or_blank(record)) continue;
      if (!header) {
        read_header(record);
        header = true;
        continue;
      }
      rules.push_back(read_rule(record, rules));
    }
    if (!header) throw InputError(source_, 0, "the account map is empty").with_hint(std::string(map_hint));
    if (rules.empty()) throw InputError(source_, 0, "the account map has a header but no rules").with_hint(std::string(map_hint));
    return rules;
  }

private:
  void read_header(const CsvRecord& record) {
    positions_.fill(std::nullopt);
    for (std::size_t i = 0; i < record.fields.size(); ++i) {
      const std::string_view name = record.fields[i];
      const auto* const known = std::find(std::begin(column_names), std::end(column_names), name);
      if (known == std::end(column_names)) {
        refuse(source_, record, "unknown column '" + std::string(name) + "' in the account map's header");
      }
      auto& position = positions_[static_cast<std::size_t>(known - std::begin(column_names))];
      if (position) refuse(source_, record, "the column '" + std::string(name) + "' appears twice");
      position = i;
    }
    if (!positions_[account_column]) refuse(source_, record, "the account map's header has no 'account' column");
    field_count_ = record.fields.size();
  }

  MapRule read_rule(const CsvRecord& record, const std::vector<MapRule>& earlier) {
    if (record.fields.size() != field_count_) {
      refuse(source_, record,
             "the rule has " + std::to_string(record.fields.size()) + " fields but the header has " + std::to_string(field_count_));
    }
    // A match column left out of the header matches anything.
    const auto cell = [&](std::size_t column) -> std::string {
      return positions_[column] ? record.fields[*positions_[column]] : std::string("*");
    };
    MapRule rule{cell(0), cell(1), cell(2), cell(account_column), record.line};
    if (const auto problem = account_problem(rule.account)) refuse(source_, record, *problem);
    for (const MapRule& before : earlier) {
      if (covers(before.transaction_type, rule.transaction_type) && covers(before.amount_type, rule.amount_type) &&
          covers(before.amount_description, rule.amount_description)) {
        refuse(source_, record,
               "this rule can never match: the rule on line " + std::to_string(before.line) +
                   " comes first and matches everything it would",
               "The first matching rule wins. Move the more specific rule above the general one, or delete it.");
      }
    }
    return rule;
  }

  std::string source_;
  CsvReader reader_;
  std::array<std::optional<std::size_t>, 4> positions_{};
  std::size_t field_count_ = 0;
};

} // namespace

bool wildcard_match(std::string_view pattern, std::string_view text) noexcept {
  // Greedy matching with backtracking to the last `*`: linear in practice, no recursion.
  std::size_t p = 0;
  std::size_t t = 0;
  std::size_t star = std::string_view::npos;
  std::size_t resume = 0;
  while (t < text.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      resume = t;
    } else if (p < pattern.size() && pattern[p] == text[t]) {
      ++p;
      ++t;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      t = ++resume;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

AccountMap AccountMap::built_in() { return parse(default_account_map_text(), "the built-in account map"); }

AccountMap AccountMap::load(const std::string& path) {
  LineSource source(path);
  AccountMap map;
  map.source_ = path;
  map.rules_ = MapParser(path, [&source] { return source.next(); }).parse();
  return map;
}

AccountMap AccountMap::parse(const std::string& text, const std::string& source) {
  AccountMap map;
  map.source_ = source;
  map.rules_ = MapParser(source, lines_of(text)).parse();
  return map;
}

const MapRule* AccountMap::match(std::string_view transaction_type, std::string_view amount_type,
                                 std::string_view amount_description) const {
  const auto found = std::find_if(rules_.begin(), rules_.end(), [&](const MapRule& rule) {
    return wildcard_match(rule.transaction_type, transaction_type) && wildcard_match(rule.amount_type, amount_type) &&
           wildcard_match(rule.amount_description, amount_description);
  });
  return found == rules_.end() ? nullptr : &*found;
}

} // namespace recon
