#include "recon/base/comma_list.hpp"

#include <algorithm>

namespace recon {

std::vector<std::string> comma_separated(std::string_view text) {
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto comma = std::min(text.find(',', start), text.size());
    if (comma > start) items.emplace_back(text.substr(start, comma - start));
    start = comma + 1;
  }
  return items;
}

} // namespace recon
