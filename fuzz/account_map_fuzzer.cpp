// Any text as an account map: accepted or refused with an InputError; an accepted map answers
// every lookup without crashing.

#include <string>

#include "recon/post/account_map.hpp"
#include "recon/base/input_error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    const recon::AccountMap map = recon::AccountMap::parse(text, "fuzz.csv");
    (void)map.match("Order", "ItemPrice", "Principal");
    (void)map.match("", "", "");
    (void)recon::wildcard_match(text, "other-transaction");
  } catch (const recon::InputError&) {
  }
  return 0;
}
