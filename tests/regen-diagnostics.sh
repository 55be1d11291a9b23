#!/usr/bin/env bash
# Rewrites tests/diagnostics/*.stderr from the current joist binary. These
# are Joist's own text (not Erlang's): review the result with `git diff`.
set -euo pipefail
cd "$(dirname "$0")/diagnostics"
bin="${JOIST_BIN:-../../target/debug/joist}"
for f in *.erl; do
  NO_COLOR=1 "$bin" check "$f" > /dev/null 2> "${f%.erl}.stderr" || true
done
