#!/usr/bin/env bash
# Rewrites tests/repl/*.out from the current joist binary by piping each
# *.in into `joist repl`. These are Joist's own transcripts (modelled on a
# piped `erl` session): review the result with `git diff`.
set -uo pipefail
cd "$(dirname "$0")/repl"
bin="${JOIST_BIN:-../../target/debug/joist}"
for f in *.in; do
  NO_COLOR=1 "$bin" repl < "$f" > "${f%.in}.out"
done
