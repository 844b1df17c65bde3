// Any bytes as a settlement report: recon must read them or refuse them with an InputError, never
// crash, hang or leak; a report it reads must account for every line.

#include <cstdlib>

#include "memory_file.hpp"
#include "recon/checks/footing.hpp"
#include "recon/base/input_error.hpp"
#include "recon/ingest/settlement_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const recon::fuzz::MemoryFile file(data, size);
  try {
    const recon::Settlement settlement = recon::read_settlement(file.path());
    if (settlement.line_account.total() == 0) std::abort(); // a read report has at least its header
    (void)recon::check_footing(settlement);
  } catch (const recon::InputError&) {
    // refused, with a message: the expected outcome for most inputs
  }
  return 0;
}
