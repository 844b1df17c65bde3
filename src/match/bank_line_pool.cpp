#include "recon/match/bank_line_pool.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace recon {
namespace {

// What makes two bank lines the same transaction for the union: the file and line do not.
auto identity(const BankLine& line) {
  return std::make_tuple(line.date, line.amount.currency().code(), line.amount.minor_units(), std::string_view(line.description));
}

bool same_transaction(const BankLine* a, const BankLine* b) { return identity(*a) == identity(*b); }

// Which of `lines` (every export's, in order; `statement_of` says whose) the union keeps. Sorting
// pointers groups equal lines without copying them, so the cost is a pointer and a flag per line.
std::vector<bool> kept_in_union(const std::vector<const BankLine*>& lines, const std::vector<std::size_t>& statement_of) {
  std::vector<std::size_t> order(lines.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  // Stable, so that within a group the lines stay in export order and then file order.
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return identity(*lines[a]) < identity(*lines[b]); });
  std::vector<bool> kept(lines.size(), false);
  for (std::size_t group = 0; group < order.size();) {
    std::size_t end = group;
    while (end < order.size() && same_transaction(lines[order[group]], lines[order[end]])) ++end;
    // An export's n-th copy is new only if no earlier export had n copies.
    std::size_t most_before = 0;
    for (std::size_t i = group; i < end;) {
      const std::size_t statement = statement_of[order[i]];
      std::size_t count = 0;
      for (; i < end && statement_of[order[i]] == statement; ++i) {
        if (++count > most_before) kept[order[i]] = true;
      }
      most_before = std::max(most_before, count);
    }
    group = end;
  }
  return kept;
}

} // namespace

std::vector<const BankLine*> pool_bank_lines(const std::vector<BankStatement>& statements, const std::vector<BankLine>& claimed) {
  std::vector<const BankLine*> lines;
  std::vector<std::size_t> statement_of;
  for (std::size_t s = 0; s < statements.size(); ++s) {
    for (const auto& line : statements[s].lines) {
      lines.push_back(&line);
      statement_of.push_back(s);
    }
  }
  if (statements.size() > 1) {
    const std::vector<bool> kept = kept_in_union(lines, statement_of);
    std::size_t next = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (kept[i]) lines[next++] = lines[i];
    }
    lines.resize(next);
  }
  if (claimed.empty()) return lines;
  std::map<decltype(identity(claimed.front())), std::size_t> unclaimed_copies;
  for (const auto& line : claimed) ++unclaimed_copies[identity(line)];
  std::erase_if(lines, [&](const BankLine* line) {
    const auto found = unclaimed_copies.find(identity(*line));
    if (found == unclaimed_copies.end() || found->second == 0) return false;
    --found->second;
    return true;
  });
  return lines;
}

} // namespace recon
