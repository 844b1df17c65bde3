# shellcheck shell=bash
# What the shell tests share. Not run on its own: a test sources it first, relative to itself, so
# that it is found from any working directory (ctest runs the tests by their full path):
#
#   . "$(dirname "$0")/../lib.sh"
#
# The test keeps its own `set -euo pipefail`; nothing here changes the shell's options.

# fail MESSAGE...: the test fails, saying why.
fail() { echo "FAILED: $*" >&2; exit 1; }

# enter_work_dir: a new empty folder, $work, becomes the working directory, and goes when the test
# exits however it exits. A scenario that must undo more first (a read-only book) sets its own EXIT
# trap, which removes $work too.
enter_work_dir() {
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  cd "$work" || exit
}

# use_work_book: the default book is $work/recon.db, so no test touches another's book or the
# user's, and the clock is fixed (SOURCE_DATE_EPOCH), so the import and resolution times a run
# records are the same in every run.
use_work_book() {
  export RECON_BOOK="$work/recon.db"
  export SOURCE_DATE_EPOCH=1795000000
}
