#pragma once
// The files an earlier run wrote for a journal that this run's files do not replace. A Xero
// journal too long for one import is written as NAME-1.csv, NAME-2.csv, … (export_journal_files);
// when a later run writes fewer parts, or NAME.csv alone, the earlier ones would be left beside
// the new ones and imported again with them. They are found while the run is staged (nothing is
// removed then) and removed once the run's files are in place.
//
// A file is taken for recon's, and removed, only when all of these hold: its name is the
// journal's NAME (when this run writes parts) or one of its parts as recon numbers them (NAME-K,
// never NAME-0K); it is a regular file, not a link; it is what recon writes for the format (the
// format's header row, then rows whose narrations end with an entry id in brackets); and it is
// neither written by this run nor one the run reads or keeps its book in.

#include <string>
#include <vector>

#include "recon/run/output_paths.hpp"
#include "recon/run/settle_run.hpp"

namespace recon {

[[nodiscard]] std::vector<std::string> stale_journal_parts(const JournalOutput& output, const std::vector<std::string>& written,
                                                           const ProtectedPaths& protect);

// Removes the files; those it could not remove are returned (the run has committed by then, so
// they are reported rather than refused).
[[nodiscard]] std::vector<std::string> remove_stale_parts(const std::vector<std::string>& stale);

} // namespace recon
