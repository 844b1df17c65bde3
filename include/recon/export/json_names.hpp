#pragma once
// File names in JSON output. A JSON document is UTF-8; a file's name is whatever bytes the file
// system holds. A JSON run refuses, before it reads or writes anything, a name it could not write
// exactly: a script given the name with its bytes replaced could not open the file.

#include <string>
#include <vector>

namespace recon {

// Throws InputError (exit 2) for the first of `paths` whose name is not UTF-8.
void require_json_nameable(const std::vector<std::string>& paths);

} // namespace recon
