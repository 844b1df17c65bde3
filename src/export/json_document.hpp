#pragma once
// The one way recon's JSON documents are written out. JSON is UTF-8, and everything recon reads is
// made UTF-8 as it is read, except the names of files: a name is whatever bytes the file system
// holds. Names given on the command line of a JSON run are checked before the run
// (require_json_nameable, recon/export/json_names.hpp); a name stored in the book by an earlier
// text run may still hold bytes that are not UTF-8, and each such byte is written as U+FFFD rather
// than ending the command with an internal error.

#include <string>

#include <nlohmann/json.hpp>

namespace recon {

// Pretty-printed with two spaces, ending in a newline.
[[nodiscard]] inline std::string json_document(const nlohmann::ordered_json& document) {
  return document.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

} // namespace recon
