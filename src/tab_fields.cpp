#include "recon/tab_fields.hpp"

#include <cstring>

namespace recon {

void split_tab_fields(std::string_view line, std::vector<std::string_view>& fields) {
  fields.clear();
  if (line.empty()) {
    fields.emplace_back();
    return;
  }
  const char* start = line.data();
  const char* const end = line.data() + line.size();
  while (true) {
    const auto* tab = static_cast<const char*>(std::memchr(start, '\t', static_cast<std::size_t>(end - start)));
    if (tab == nullptr) {
      fields.emplace_back(start, static_cast<std::size_t>(end - start));
      return;
    }
    fields.emplace_back(start, static_cast<std::size_t>(tab - start));
    start = tab + 1;
  }
}

std::string_view trim_field(std::string_view field) noexcept {
  while (!field.empty() && field.front() == ' ') field.remove_prefix(1);
  while (!field.empty() && field.back() == ' ') field.remove_suffix(1);
  return field;
}

} // namespace recon
