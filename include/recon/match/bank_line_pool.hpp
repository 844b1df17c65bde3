#pragma once
// The bank lines a run can match, pooled from every export it was given. Exports overlap: the same
// export given twice, or October's and a download from mid-October to November. Their lines are
// joined as a multiset union: a line (date, amount, description) that one export has k times and
// another j times is pooled max(k, j) times, never k + j, and two identical transactions on one day
// in one export stay two. The earliest export's copy is kept, with its file and line.

#include <vector>

#include "recon/ingest/bank_statement.hpp"

namespace recon {

// The pooled lines, in the order of the exports and their lines; they point into `statements`.
// `claimed` are lines earlier runs matched (the book's): each takes one equal line out of the pool,
// so giving last month's export again neither re-matches them nor calls them unexplained.
[[nodiscard]] std::vector<const BankLine*> pool_bank_lines(const std::vector<BankStatement>& statements,
                                                           const std::vector<BankLine>& claimed = {});

} // namespace recon
