#pragma once
// Prints an input error the way hledger does: FILE:LINE:COL, the message, the offending line with
// carets under the offending text, and what to do about it.

#include <iosfwd>

#include "recon/base/input_error.hpp"

namespace recon::cli {

void print_input_error(std::ostream& out, const InputError& error);

} // namespace recon::cli
