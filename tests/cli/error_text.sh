#!/usr/bin/env bash
# An input error is safe to print on a terminal: a report whose file name holds an escape sequence
# (ESC ] 0 ; … BEL sets the window's title), a carriage return (which would let the rest of the name
# overwrite the start of the message) and a byte that is not UTF-8 is named with each of them
# spelled out, and stderr holds no control character but the line feeds ending its lines.
# (The offending text of a line, in the message and the excerpt, is the golden case
# error-amount-terminal-controls.)
#
#   error_text.sh RECON
set -euo pipefail

recon=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

fail() { echo "FAILED: $*" >&2; exit 1; }

name=$'empty\e]0;pwned\a\r\xff.txt'
: > "$name"
status=0
"$recon" foot "$name" > out.txt 2> err.txt || status=$?
[[ $status -eq 2 ]] || { cat -v err.txt >&2; fail "foot of an empty file exits $status, not 2"; }
! LC_ALL=C grep -q $'[\x01-\x09\x0b-\x1f\x7f]' err.txt || { cat -v err.txt >&2; fail "stderr holds a control character"; }
grep -qF 'recon: error: emptyU+001B]0;pwnedU+0007\r\xFF.txt: the file is empty' err.txt ||
  { cat -v err.txt >&2; fail "the file is not named with its characters spelled out"; }
echo "the error names the file with its control characters spelled out"
