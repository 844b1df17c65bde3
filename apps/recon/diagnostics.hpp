#pragma once
// Prints an input error the way hledger does: FILE:LINE:COL, the message, the offending line with
// carets under the offending text, and what to do about it. Text from the files and their names is
// printed with every character that would act on the terminal or not show as itself spelled out
// (\r, U+001B, U+FFFF; \xFF for a byte that is not UTF-8), the carets under its spelled form.

#include <iosfwd>

#include "recon/base/input_error.hpp"

namespace recon::cli {

void print_input_error(std::ostream& out, const InputError& error);

} // namespace recon::cli
