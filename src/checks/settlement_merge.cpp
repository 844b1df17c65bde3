#include "recon/checks/settlement_merge.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "io/sha256.hpp"
#include "model/input_sum.hpp"

namespace recon {
namespace {

std::string differences(const Settlement& kept, const Settlement& other) {
  std::vector<std::string> found;
  if (kept.total != other.total) {
    found.push_back(fmt::format("total {} instead of {}", to_plain_string(other.total), to_plain_string(kept.total)));
  }
  if (kept.start != other.start || kept.end != other.end) {
    found.push_back(fmt::format("period {}..{} instead of {}..{}", to_iso_instant(other.start), to_iso_instant(other.end),
                                to_iso_instant(kept.start), to_iso_instant(kept.end)));
  }
  if (kept.currency != other.currency) found.push_back(fmt::format("currency {} instead of {}", other.currency.code(), kept.currency.code()));
  if (kept.amount_lines != other.amount_lines) {
    found.push_back(fmt::format("{} amounts instead of {}", other.amount_lines, kept.amount_lines));
  }
  if (found.empty()) found.emplace_back("different amounts in its categories");
  return fmt::format("{}", fmt::join(found, ", "));
}

std::string where(const MergedSettlement& merged) {
  return merged.from_book ? fmt::format("the one in the book (from {})", merged.settlement.file)
                          : fmt::format("the one in {}", merged.settlement.file);
}

} // namespace

std::string_view outcome_name(ImportOutcome outcome) noexcept {
  switch (outcome) {
  case ImportOutcome::imported: return "imported";
  case ImportOutcome::duplicate: return "duplicate";
  case ImportOutcome::changed: return "changed";
  }
  return "imported";
}

std::string content_digest(const Settlement& settlement) {
  Sha256 digest;
  const auto field = [&digest](std::string_view text) {
    digest.update(text);
    digest.update(std::string_view("\x1f", 1)); // a separator no label contains
  };
  field(settlement.id);
  field(to_iso_instant(settlement.start));
  field(to_iso_instant(settlement.end));
  field(to_iso_date(settlement.deposit_date));
  field(settlement.currency.code());
  field(to_plain_string(settlement.total));
  std::vector<const Category*> categories;
  for (const auto& category : settlement.categories) categories.push_back(&category);
  std::sort(categories.begin(), categories.end(), [](const Category* a, const Category* b) {
    return std::tie(a->transaction_type, a->amount_type, a->amount_description) <
           std::tie(b->transaction_type, b->amount_type, b->amount_description);
  });
  for (const Category* category : categories) {
    field(category->transaction_type);
    field(category->amount_type);
    field(category->amount_description);
    field(std::to_string(category->lines));
    field(to_plain_string(category->sum));
  }
  return digest.finish_hex();
}

MergeResult merge_settlements(std::vector<Settlement> book, std::vector<Settlement> run) {
  MergeResult result;
  std::vector<std::string> digests;
  for (auto& settlement : book) {
    digests.push_back(content_digest(settlement));
    result.settlements.push_back({std::move(settlement), true, {}});
  }
  for (auto& settlement : run) {
    ImportRecord record{settlement.id, settlement.file, settlement.sha256, ImportOutcome::imported};
    const auto known = std::find_if(result.settlements.begin(), result.settlements.end(),
                                    [&](const MergedSettlement& merged) { return merged.settlement.id == settlement.id; });
    if (known == result.settlements.end()) {
      digests.push_back(content_digest(settlement));
      result.settlements.push_back({std::move(settlement), false, {}});
      result.imports.push_back(std::move(record));
      continue;
    }
    const bool same = digests[static_cast<std::size_t>(known - result.settlements.begin())] == content_digest(settlement);
    record.outcome = same ? ImportOutcome::duplicate : ImportOutcome::changed;
    result.imports.push_back(std::move(record));
    if (same) {
      result.findings.push_back(Finding::raise(FindingCode::duplicate_settlement, settlement.id, std::nullopt,
                                 fmt::format("settlement {} in {} is the same as {}; it is counted once", settlement.id,
                                             settlement.file, where(*known)),
                                 settlement.summary_source()));
      known->also_given_in.push_back(settlement.file);
    } else {
      result.findings.push_back(Finding::raise(
          FindingCode::settlement_changed, settlement.id,
          input_minus(settlement.total, known->settlement.total, settlement.summary_source(), "the change in the total"),
           fmt::format("settlement {} in {} differs from {}: {}. Amazon's settlements are final, so recon keeps the "
                       "first version; find out why they differ before using either",
                       settlement.id, settlement.file, where(*known), differences(known->settlement, settlement)),
           settlement.summary_source()));
    }
  }
  return result;
}

} // namespace recon
