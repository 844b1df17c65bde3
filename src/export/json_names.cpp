#include "recon/export/json_names.hpp"

#include "recon/base/input_error.hpp"
#include "recon/base/text_encoding.hpp"

namespace recon {

void require_json_nameable(const std::vector<std::string>& paths) {
  for (const auto& path : paths) {
    if (is_valid_utf8(path)) continue;
    throw InputError(path, 0, "the file's name is not UTF-8, so a JSON report cannot name it exactly")
        .with_hint("Rename the file (the bytes shown as \\xHH are not UTF-8), or run without JSON output; nothing was "
                   "read or written.");
  }
}

} // namespace recon
