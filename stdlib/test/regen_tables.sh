#!/bin/sh
# Regenerates the Unicode tables at the end of stdlib/string.erl from the
# installed Erlang/OTP's unicode_util (see gen_unicode_tables.erl).
set -e
here=$(cd "$(dirname "$0")" && pwd)
src=$(dirname "$here")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
erlc -o "$tmp" "$here/gen_unicode_tables.erl"
erl -noshell -pa "$tmp" -s gen_unicode_tables main -s init stop > "$tmp/tables.erl"
sed '/^%% BEGIN GENERATED TABLES/,$d' "$src/string.erl" > "$tmp/head.erl"
cat "$tmp/head.erl" "$tmp/tables.erl" > "$src/string.erl"
