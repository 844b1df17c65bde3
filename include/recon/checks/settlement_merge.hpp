#pragma once
// Brings the settlements of a run together with those already in the book, each settlement once.
// Amazon's reports are final: the same settlement again (a file given twice, or re-imported) is a
// duplicate-settlement warning and counted once; the same id with different content is a
// settlement-changed error, and the first version (the book's) is kept for a person to look at.

#include <string>
#include <string_view>
#include <vector>

#include "recon/model/finding.hpp"
#include "recon/model/settlement.hpp"

namespace recon {

// What a settlement says, independent of how its file was written: a SHA-256 over its id, period,
// deposit date, currency, total and every category with its count and sum. A report downloaded
// again with CRLF line endings or one column more has the same content digest.
[[nodiscard]] std::string content_digest(const Settlement& settlement);

struct MergedSettlement {
  Settlement settlement;
  bool from_book = false;
  std::vector<std::string> also_given_in; // files of this run that held it again
};

enum class ImportOutcome {
  imported,  // new: added to the book
  duplicate, // the same as a settlement already there: counted once
  changed,   // the same id with other content: the first version is kept
};

// "imported", "duplicate", "changed": the words the book's import log stores.
[[nodiscard]] std::string_view outcome_name(ImportOutcome outcome) noexcept;

// What became of one report of the run, for the book's import log.
struct ImportRecord {
  std::string settlement_id;
  std::string file;
  std::string file_sha256;
  ImportOutcome outcome = ImportOutcome::imported;
};

struct MergeResult {
  std::vector<MergedSettlement> settlements; // the book's first, then this run's new ones
  std::vector<ImportRecord> imports;         // one per run settlement, in the order given
  std::vector<Finding> findings;
};

[[nodiscard]] MergeResult merge_settlements(std::vector<Settlement> book, std::vector<Settlement> run);

} // namespace recon
