#pragma once
// The recon command line: a table of sub-commands and the one place errors become exit statuses.

namespace recon::cli {

// Exit statuses of every command (docs/cli.md): 0 clean, 1 findings at or above --fail-on,
// 2 usage or input error (nothing written), 3 recon itself failed.
inline constexpr int exit_clean = 0;
inline constexpr int exit_findings = 1;
inline constexpr int exit_input_error = 2;
inline constexpr int exit_internal_error = 3;

int run(int argc, char** argv);

} // namespace recon::cli
