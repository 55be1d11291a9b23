#!/bin/sh
# Compares the Joist stdlib modules (stdlib/*.erl) with Erlang/OTP's real
# modules. Each module M is compiled under the name jM into a temporary
# directory (OTP's own modules are sticky, so they cannot be shadowed), then
# every case of test/M_cases.erl is evaluated against both M and jM and the
# outcomes (values or exception class:reason) must be identical (=:=).
#
# Usage: stdlib/test/compare.sh [module ...]     (default: all modules)
# Needs erl/erlc (Erlang/OTP 25). Exit status 0 iff every case matches.
set -e
here=$(cd "$(dirname "$0")" && pwd)
src=$(dirname "$here")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ $# -eq 0 ]; then
    set -- lists maps proplists string timer
fi

mods=""
for m in "$@"; do
    sed "s/^-module($m)\./-module(j$m)./" "$src/$m.erl" > "$tmp/j$m.erl"
    erlc -o "$tmp" "$tmp/j$m.erl"
    mods="$mods${mods:+,}${m}_cases"
done
erlc -o "$tmp" "$here"/compare.erl "$here"/t.erl
for m in "$@"; do
    erlc -o "$tmp" "$here/${m}_cases.erl"
done
erl -noshell -pa "$tmp" -eval "compare:main([$mods])"
