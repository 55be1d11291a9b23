-module(greet).
-export([hello/1]).

hello(Name) -> "Hello, " ++ Name ++ "!".
