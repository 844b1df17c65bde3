// Any bytes as a bank export, read and then matched against nothing: read or refused, never
// crashed.

#include "memory_file.hpp"
#include "recon/match/bank_matching.hpp"
#include "recon/ingest/bank_statement.hpp"
#include "recon/base/input_error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const recon::fuzz::MemoryFile file(data, size);
  const recon::BankReadOptions options{.currency = *recon::Currency::from_code("USD")};
  try {
    const recon::BankStatement statement = recon::read_bank_statement(file.path(), options);
    (void)recon::match_deposits({}, {statement});
  } catch (const recon::InputError&) {
  }
  return 0;
}
