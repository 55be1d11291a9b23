-module(map_pattern_assoc).
-export([f/1]).
f(#{a => X}) -> X.
