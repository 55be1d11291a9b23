-module(mm_lib_text).
-export([banner/1, shout/1]).

banner(Text) ->
    Line = lists:duplicate(length(Text) + 4, $*),
    Line ++ "\n* " ++ Text ++ " *\n" ++ Line.

shout(Text) -> string:to_upper(Text) ++ "!".
