#!/usr/bin/env bash
# Regenerate the oracle outputs of the conformance corpus from Erlang/OTP.
#
# For every entry program under tests/programs/ (a module that exports main/0),
# compile its directory with `erlc` into a scratch directory and run
#
#     erl -noshell -pa DIR -s MOD main -s init stop
#
# writing stdout to <name>.expected beside the .erl file. Modules that do not
# export main/0 (helpers of the multi_module programs) are compiled alongside
# but get no .expected file. A program that crashes, writes to stderr, exits
# non-zero or prints an error/crash report fails the script loudly.
#
# Usage: tests/regen-expected.sh [FILE.erl | DIR ...]
#   With no arguments the whole corpus is regenerated; otherwise only the entry
#   programs among the given files/directories (their whole directory is still
#   compiled so helper modules are found).
#
# Environment:
#   JOBS     parallel erl runs (default: 4 x CPUs; most of a run is the ~1 s
#            that `init stop` spends shutting down, not CPU)
#   TIMEOUT  seconds per program before it is killed (default: 30)
#   SLOW     warn when a run takes longer than this many seconds (default: 2;
#            a run includes about 1 s of erl start-up and `init stop`)
set -euo pipefail

die() { echo "regen-expected: error: $*" >&2; exit 1; }

for tool in erl erlc timeout; do
    command -v "$tool" >/dev/null 2>&1 ||
        die "'$tool' not found in PATH; install Erlang/OTP 25 (apt-get install erlang-nox)"
done

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PROGRAMS="$HERE/programs"
[ -d "$PROGRAMS" ] || die "no corpus directory at $PROGRAMS"

# Erlang's standard_io is latin1 under -noshell whatever the locale; pin the
# locale anyway so nothing else in the environment can leak into the output.
export LC_ALL=C
JOBS="${JOBS:-$(( $(nproc 2>/dev/null || echo 2) * 4 ))}"
TIMEOUT="${TIMEOUT:-30}"
SLOW="${SLOW:-2}"

OTP="$(erl -noshell -eval 'io:format("~s", [erlang:system_info(otp_release)]), halt().' </dev/null)"
[ "$OTP" = "25" ] || echo "regen-expected: warning: the oracle is Erlang/OTP 25, this is OTP $OTP" >&2

SCRATCH="$(mktemp -d "${TMPDIR:-/tmp}/joist-regen.XXXXXX")"
trap 'rm -rf "$SCRATCH"' EXIT

# --- Sanity checks over the whole corpus -------------------------------------

# Module names must be unique across the corpus (the VM may load several
# programs' modules side by side, and duplicate names hide mistakes).
dups="$(find "$PROGRAMS" -name '*.erl' -printf '%f\n' | sort | uniq -d)"
[ -z "$dups" ] || die "duplicate module file names in the corpus: $dups"

# Each file's -module must match its file name.
while IFS= read -r f; do
    base="$(basename "$f" .erl)"
    grep -Eq "^-module\\($base\\)\\." "$f" || die "$f: -module($base). expected"
done < <(find "$PROGRAMS" -name '*.erl' | sort)

# No corpus module may shadow a module of Erlang/OTP (e.g. io_lib_format):
# with -pa it would replace OTP's own and break the oracle.
clash="$(cd "$SCRATCH" && erl -noshell -eval '
    [io:format("~s~n", [A]) || A <- init:get_plain_arguments(),
                               code:which(list_to_atom(A)) =/= non_existing],
    halt().' -extra $(find "$PROGRAMS" -name '*.erl' -printf '%f\n' | sed 's/\.erl$//') </dev/null)"
[ -z "$clash" ] || die "corpus modules with the name of an Erlang/OTP module: $clash"

# --- Which programs to run ------------------------------------------------------

declare -A WANT=()
if [ $# -eq 0 ]; then
    # processes/ and stress/ have their own script (tests/regen-processes.sh:
    # OTP's error reports must be routed away from stdout there).
    while IFS= read -r f; do WANT["$f"]=1; done < <(find "$PROGRAMS" -name '*.erl' \
        -not -path "$PROGRAMS/processes/*" -not -path "$PROGRAMS/stress/*")
else
    for arg in "$@"; do
        p="$(realpath "$arg")" || die "no such file: $arg"
        if [ -d "$p" ]; then
            while IFS= read -r f; do WANT["$f"]=1; done < <(find "$p" -name '*.erl')
        elif [ -f "$p" ]; then
            WANT["$p"]=1
        else
            die "no such file: $arg"
        fi
    done
fi

# --- Compile each directory and list its entries ---------------------------------

ENTRIES="$SCRATCH/entries"
: >"$ENTRIES"
while IFS= read -r dir; do
    # Only directories holding a wanted file.
    need=0
    for f in "$dir"/*.erl; do
        if [ -n "${WANT[$f]:-}" ]; then need=1; fi
    done
    [ "$need" = 1 ] || continue

    rel="${dir#"$PROGRAMS"/}"
    out="$SCRATCH/beam/$rel"
    mkdir -p "$out"
    srcs=("$dir"/*.erl)
    [ -d "$dir/lib" ] && srcs+=("$dir"/lib/*.erl)
    # -W0: warnings are expected (the error programs provoke them on purpose).
    erlc -W0 -o "$out" "${srcs[@]}" || die "erlc failed in $rel"

    # Ask the compiled code itself which modules export main/0.
    mods=()
    for f in "$dir"/*.erl; do mods+=("$(basename "$f" .erl)"); done
    entries="$(cd "$SCRATCH" && erl -noshell -pa "$out" -eval '
        [case lists:member({main, 0}, M:module_info(exports)) of
             true -> io:format("~s~n", [M]);
             false -> ok
         end || A <- init:get_plain_arguments(), M <- [list_to_atom(A)]],
        halt().' -extra "${mods[@]}" </dev/null)" || die "could not load the modules of $rel"
    for f in "$dir"/*.erl; do
        mod="$(basename "$f" .erl)"
        if grep -qx "$mod" <<<"$entries"; then
            if [ -n "${WANT[$f]:-}" ]; then
                printf '%s\t%s\t%s\n' "$f" "$mod" "$out" >>"$ENTRIES"
            fi
        elif [ -e "${f%.erl}.expected" ]; then
            echo "regen-expected: removing stale ${f%.erl}.expected (no main/0)" >&2
            rm -f "${f%.erl}.expected"
        fi
    done
done < <(find "$PROGRAMS" -name '*.erl' -not -path '*/lib/*' -printf '%h\n' | sort -u)

# --- Run the entries --------------------------------------------------------------

run_one() {
    local f="$1" mod="$2" out="$3"
    local work; work="$(mktemp -d "$SCRATCH/run.XXXXXX")"
    local rc=0 start end ms
    start="$(date +%s%N)"
    # cwd is a scratch dir so a crash dump never lands in the tree.
    (cd "$work" && timeout -k 5 "$TIMEOUT" erl -noshell -pa "$out" -s "$mod" main -s init stop </dev/null \
        >"$work/stdout" 2>"$work/stderr") || rc=$?
    end="$(date +%s%N)"
    ms=$(( (end - start) / 1000000 ))
    local rel="${f#"$PROGRAMS"/}"
    if [ "$rc" != 0 ]; then
        echo "FAIL $rel: erl exited with status $rc" >&2
        cat "$work/stderr" >&2
        tail -n 5 "$work/stdout" >&2
        return 1
    fi
    if [ -s "$work/stderr" ]; then
        echo "FAIL $rel: output on stderr:" >&2
        cat "$work/stderr" >&2
        return 1
    fi
    if grep -Eq '=(ERROR|CRASH|WARNING) REPORT|init terminating|Crash dump' "$work/stdout"; then
        echo "FAIL $rel: a crash or error report is in the output" >&2
        return 1
    fi
    if [ ! -s "$work/stdout" ]; then
        echo "FAIL $rel: printed nothing" >&2
        return 1
    fi
    mv "$work/stdout" "${f%.erl}.expected"
    if [ "$ms" -gt $(( SLOW * 1000 )) ]; then
        echo "slow $rel: ${ms} ms" >&2
    fi
    echo "ok   $rel (${ms} ms)"
}
export -f run_one
export PROGRAMS SCRATCH TIMEOUT SLOW

total="$(wc -l <"$ENTRIES")"
[ "$total" -gt 0 ] || die "no entry programs (exporting main/0) selected"

status=0
tr '\t' '\n' <"$ENTRIES" |
    xargs -d '\n' -n 3 -P "$JOBS" bash -c 'run_one "$@"' _ | sort || status=$?

# Drop .expected files whose program is gone (only on a full run).
if [ $# -eq 0 ]; then
    while IFS= read -r e; do
        [ -e "${e%.expected}.erl" ] || {
            echo "regen-expected: removing orphan $e" >&2
            rm -f "$e"
        }
    done < <(find "$PROGRAMS" -name '*.expected')
fi

[ "$status" = 0 ] || die "some programs failed (see above); their .expected files were left untouched"
echo "regen-expected: $total programs regenerated"
