// Any bytes as an ISO 20022 CAMT statement, read through libxml2 and then matched against nothing:
// read or refused, never crashed, and never a file or network fetch (no DTD is ever read).

#include "ingest/camt_statement.hpp"
#include "memory_file.hpp"
#include "recon/base/input_error.hpp"
#include "recon/match/bank_matching.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const recon::fuzz::MemoryFile file(data, size);
  try {
    const recon::BankStatement statement = recon::read_camt_statement(file.path());
    (void)recon::match_deposits({}, {statement});
  } catch (const recon::InputError&) {
  }
  return 0;
}
