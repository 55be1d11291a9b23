#!/usr/bin/env bash
# Regenerate the oracle outputs of the staged process programs from Erlang/OTP.
#
# A variant of tests/regen-expected.sh for tests/programs/processes/ and
# tests/programs/stress/ (and, later, wherever those programs are moved: the
# directories are parameters). Differences from regen-expected.sh:
#
# 1. The logger's default handler is sent to standard_error, and the logger
#    is drained before `init stop`:
#
#        erl -noshell -kernel logger '[{handler,default,logger_std_h,
#                     #{config => #{type => standard_error}}}]' \
#            -pa DIR -s MOD main \
#            -eval 'timer:sleep(20), sys:get_state(logger),
#                   logger_std_h:filesync(default)' \
#            -s init stop
#
#    Under `erl -noshell` OTP writes the `=ERROR REPORT====` that a process
#    dying of an uncaught error/throw produces to *stdout*, interleaved with
#    the program's output at a time nobody controls. Several programs here let
#    processes die of uncaught errors on purpose (and Joist prints those
#    reports to stderr; the test runner compares only stdout), so the reports
#    are routed to stderr and discarded.
#
#    The -eval step runs in the same process as main/0, after it returns. It
#    lets error reports still in flight reach the handler before `init stop`
#    shuts the handler down: otherwise a report arriving during shutdown makes
#    the logger drop the handler and print `{removed_failing_handler,default}`
#    on stdout (seen in about one run in six of proc_trap_exit_many). It
#    prints nothing and does not change what the program prints.
#
# 2. stderr may be non-empty, but only with reports of the form
#
#        =ERROR REPORT==== <date> ===
#        Error in process <0.N.0> with exit value:
#        <term>
#
#    Anything else on stderr (warnings, `init terminating`, crash dumps, other
#    reports) fails the program, as does a non-zero exit status, a crash or
#    error report on stdout, a printed pid/reference/fun/port, or empty output.
#
# 3. Determinism check: each program is run once more per entry of VARIANTS
#    (default: the same flags again, then `+S 1`, `+S 2`, `+S 4:4`, i.e. one,
#    two and four schedulers) and every run must print exactly what the first
#    run printed. A program whose output depends on scheduling fails here.
#
# Usage: tests/regen-processes.sh [FILE.erl | DIR ...]
#   Default: tests/programs/processes and tests/programs/stress. Each given
#   directory (or the directory of each given file) is compiled whole.
#
# Environment:
#   JOBS      parallel programs (default: 2 x CPUs; the stress programs use
#             every core, so more does not help)
#   TIMEOUT   seconds per run before it is killed (default: 60)
#   SLOW      warn when a run takes longer than this many seconds (default: 3;
#             a run includes about 1 s of erl start-up and `init stop`)
#   VARIANTS  extra runs compared with the first, separated by `;`, each a list
#             of erl emulator flags (`-` for none). Default: `-;+S 1;+S 2;+S 4:4`.
#             VARIANTS= (empty) skips the determinism check.
set -euo pipefail

die() { echo "regen-processes: error: $*" >&2; exit 1; }

for tool in erl erlc timeout; do
    command -v "$tool" >/dev/null 2>&1 ||
        die "'$tool' not found in PATH; install Erlang/OTP 25 (apt-get install erlang-nox)"
done

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TESTS="$HERE"
ROOT="$(cd "$TESTS/.." && pwd)"

export LC_ALL=C
JOBS="${JOBS:-$(( $(nproc 2>/dev/null || echo 2) * 2 ))}"
TIMEOUT="${TIMEOUT:-60}"
SLOW="${SLOW:-3}"
VARIANTS="${VARIANTS--;+S 1;+S 2;+S 4:4}"
DRAIN='timer:sleep(20), sys:get_state(logger), logger_std_h:filesync(default)'

OTP="$(erl -noshell -eval 'io:format("~s", [erlang:system_info(otp_release)]), halt().' </dev/null)"
[ "$OTP" = "25" ] || echo "regen-processes: warning: the oracle is Erlang/OTP 25, this is OTP $OTP" >&2

SCRATCH="$(mktemp -d "${TMPDIR:-/tmp}/joist-regen-proc.XXXXXX")"
trap 'rm -rf "$SCRATCH"' EXIT

# --- Which directories --------------------------------------------------------

declare -A WANT=()
DIRS=()
add_dir() {
    local d="$1" seen
    for seen in "${DIRS[@]:-}"; do [ "$seen" = "$d" ] && return 0; done
    DIRS+=("$d")
}
if [ $# -eq 0 ]; then
    set -- "$HERE/programs/processes" "$HERE/programs/stress"
fi
for arg in "$@"; do
    p="$(realpath "$arg")" || die "no such file: $arg"
    if [ -d "$p" ]; then
        add_dir "$p"
        for f in "$p"/*.erl; do [ -e "$f" ] && WANT["$f"]=1; done
    elif [ -f "$p" ]; then
        add_dir "$(dirname "$p")"
        WANT["$p"]=1
    else
        die "no such file: $arg"
    fi
done

# --- Sanity checks --------------------------------------------------------------

# Module names unique across everything Joist may load side by side: the
# conformance corpus, the staged programs and the examples.
dups="$(find "$TESTS" "$ROOT/examples" -name '*.erl' -printf '%f\n' 2>/dev/null | sort | uniq -d)"
[ -z "$dups" ] || die "duplicate module file names: $dups"

for d in "${DIRS[@]}"; do
    for f in "$d"/*.erl; do
        base="$(basename "$f" .erl)"
        grep -Eq "^-module\\($base\\)\\." "$f" || die "$f: -module($base). expected"
    done
done

clash="$(cd "$SCRATCH" && erl -noshell -eval '
    [io:format("~s~n", [A]) || A <- init:get_plain_arguments(),
                               code:which(list_to_atom(A)) =/= non_existing],
    halt().' -extra $(for d in "${DIRS[@]}"; do for f in "$d"/*.erl; do basename "$f" .erl; done; done) </dev/null)"
[ -z "$clash" ] || die "modules with the name of an Erlang/OTP module: $clash"

# --- Compile and list entries ---------------------------------------------------

ENTRIES="$SCRATCH/entries"
: >"$ENTRIES"
n=0
for dir in "${DIRS[@]}"; do
    n=$((n + 1))
    out="$SCRATCH/beam/$n"
    mkdir -p "$out"
    erlc -o "$out" "$dir"/*.erl || die "erlc failed in $dir"
    mods=()
    for f in "$dir"/*.erl; do mods+=("$(basename "$f" .erl)"); done
    entries="$(cd "$SCRATCH" && erl -noshell -pa "$out" -eval '
        [case lists:member({main, 0}, M:module_info(exports)) of
             true -> io:format("~s~n", [M]);
             false -> ok
         end || A <- init:get_plain_arguments(), M <- [list_to_atom(A)]],
        halt().' -extra "${mods[@]}" </dev/null)" || die "could not load the modules of $dir"
    for f in "$dir"/*.erl; do
        mod="$(basename "$f" .erl)"
        if grep -qx "$mod" <<<"$entries"; then
            [ -n "${WANT[$f]:-}" ] && printf '%s\t%s\t%s\n' "$f" "$mod" "$out" >>"$ENTRIES"
        fi
    done
done

# --- Run -------------------------------------------------------------------------

# stderr must be empty or consist only of "Error in process" error reports
# (and the report of a process killed for passing its max_heap_size).
stderr_ok() {
    awk '
        /^=ERROR REPORT==== .* ===$/ { hdr = 1; next }
        hdr == 1 { if ($0 !~ /^Error in process <[0-9.]+> with exit value:$/ && $0 !~ /^ +Process: +<[0-9.]+> *$/) bad = 1; hdr = 0; inrep = 1; next }
        inrep == 1 { next }
        { bad = 1 }
        END { exit bad }
    ' "$1" && ! grep -Eq 'init terminating|Crash dump|Runtime terminating|Kernel pid terminated|CRASH REPORT|SUPERVISOR REPORT' "$1"
}

# run_erl WORKDIR TAG FLAGS MOD BEAMDIR: one oracle run; stdout in WORKDIR/TAG.out.
run_erl() {
    local work="$1" tag="$2" flags="$3" mod="$4" out="$5" rc=0
    local -a f=()
    [ "$flags" = "-" ] || read -r -a f <<<"$flags"
    (cd "$work" && timeout -k 5 "$TIMEOUT" erl "${f[@]}" -noshell \
        -kernel logger '[{handler,default,logger_std_h,#{config => #{type => standard_error}}}]' \
        -pa "$out" -s "$mod" main -eval "$DRAIN" -s init stop </dev/null \
        >"$work/$tag.out" 2>"$work/$tag.err") || rc=$?
    if [ "$rc" != 0 ]; then
        echo "erl ($flags) exited with status $rc"
        cat "$work/$tag.err"; tail -n 5 "$work/$tag.out"
        return 1
    fi
    if ! stderr_ok "$work/$tag.err"; then
        echo "erl ($flags): unexpected output on stderr:"
        cat "$work/$tag.err"
        return 1
    fi
    if grep -Eq '=(ERROR|CRASH|WARNING) REPORT|init terminating|Crash dump|removed_failing_handler' "$work/$tag.out"; then
        echo "erl ($flags): a crash or error report is in the output"
        return 1
    fi
    if grep -Eq '<[0-9]+\.[0-9]+\.[0-9]+>|#Ref<|#Fun<|#Port<' "$work/$tag.out"; then
        echo "erl ($flags): a pid, reference, fun or port is printed (not deterministic)"
        return 1
    fi
    if [ ! -s "$work/$tag.out" ]; then
        echo "erl ($flags): printed nothing"
        return 1
    fi
}

run_one() {
    local f="$1" mod="$2" out="$3"
    local work; work="$(mktemp -d "$SCRATCH/run.XXXXXX")"
    local rel="${f#"$ROOT"/}" start end ms msg i=0 v
    start="$(date +%s%N)"
    if ! msg="$(run_erl "$work" main - "$mod" "$out")"; then
        printf 'FAIL %s: %s\n' "$rel" "$msg" >&2
        return 1
    fi
    end="$(date +%s%N)"
    ms=$(( (end - start) / 1000000 ))
    if [ -n "$VARIANTS" ]; then
        IFS=';' read -r -a vs <<<"$VARIANTS"
        for v in "${vs[@]}"; do
            i=$((i + 1))
            if ! msg="$(run_erl "$work" "v$i" "$v" "$mod" "$out")"; then
                printf 'FAIL %s: %s\n' "$rel" "$msg" >&2
                return 1
            fi
            if ! cmp -s "$work/main.out" "$work/v$i.out"; then
                printf 'FAIL %s: output differs under erl %s (not deterministic):\n' "$rel" "$v" >&2
                diff "$work/main.out" "$work/v$i.out" | head -n 20 >&2
                return 1
            fi
        done
    fi
    mv "$work/main.out" "${f%.erl}.expected"
    if [ "$ms" -gt $(( SLOW * 1000 )) ]; then
        echo "slow $rel: ${ms} ms" >&2
    fi
    echo "ok   $rel (${ms} ms, $((i + 1)) runs agree)"
}
export -f run_one run_erl stderr_ok
export ROOT SCRATCH TIMEOUT SLOW VARIANTS DRAIN

total="$(wc -l <"$ENTRIES")"
[ "$total" -gt 0 ] || die "no entry programs (exporting main/0) selected"

status=0
tr '\t' '\n' <"$ENTRIES" |
    xargs -d '\n' -n 3 -P "$JOBS" bash -c 'run_one "$@"' _ | sort || status=$?

# Drop .expected files whose program is gone (only for whole directories).
for d in "${DIRS[@]}"; do
    for e in "$d"/*.expected; do
        [ -e "$e" ] || continue
        [ -e "${e%.expected}.erl" ] || { echo "regen-processes: removing orphan $e" >&2; rm -f "$e"; }
    done
done

[ "$status" = 0 ] || die "some programs failed (see above); their .expected files were left untouched"
echo "regen-processes: $total programs regenerated"
