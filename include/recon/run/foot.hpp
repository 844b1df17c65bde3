#pragma once
// `recon foot` as one call: reads every report in turn and foots each. Throws InputError at the
// first unusable file, before anything is reported.

#include <string>
#include <vector>

#include "recon/ingest/settlement_reader.hpp"
#include "recon/model/report.hpp"

namespace recon {

[[nodiscard]] Report read_and_foot(const std::vector<std::string>& files, const ReadOptions& options = {});

} // namespace recon
