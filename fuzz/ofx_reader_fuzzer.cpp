// Any bytes as an OFX statement, read through libofx and recon's own reading of the text: read or
// refused, never crashed. (It finds what libofx itself does with damaged files, too.)

#include "ingest/ofx_statement.hpp"
#include "memory_file.hpp"
#include "recon/base/input_error.hpp"
#include "recon/match/bank_matching.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const recon::fuzz::MemoryFile file(data, size);
  try {
    const recon::BankStatement statement = recon::read_ofx_statement(file.path());
    (void)recon::match_deposits({}, {statement});
  } catch (const recon::InputError&) {
  }
  return 0;
}
