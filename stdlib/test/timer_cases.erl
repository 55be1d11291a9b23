%% Comparison cases for stdlib/timer.erl (run by compare.sh).
%% Measured times vary from run to run, so only their properties are compared.
-module(timer_cases).
-export([cases/0, f/2]).

c(Label, F) -> {timer, Label, F}.

f(A, B) -> {A, B}.

shape({T, V}) -> {is_integer(T), T >= 0, T < 5000000, V}.

cases() ->
    [c("tc/1", fun(M) -> shape(M:tc(fun() -> lists:seq(1, 10) end)) end),
     c("tc/1 sleep", fun(M) -> {T, V} = M:tc(fun() -> M:sleep(30) end), {T >= 30000, T < 2000000, V} end),
     c("tc/2", fun(M) -> shape(M:tc(fun(A, B) -> A + B end, [1, 2])) end),
     c("tc/3", fun(M) -> shape(M:tc(?MODULE, f, [1, 2])) end),
     c("tc/1 badfun", fun(M) -> M:tc(x) end),
     c("tc/2 badarity", fun(M) -> M:tc(fun() -> ok end, [1]) end),
     c("tc/1 raises", fun(M) -> M:tc(fun() -> error(boom) end) end),
     c("tc/3 undef", fun(M) -> M:tc(?MODULE, nope, []) end),
     c("sleep 0", fun(M) -> M:sleep(0) end),
     c("sleep 10", fun(M) -> M:sleep(10) end),
     c("sleep bad", fun(M) -> M:sleep(x) end),
     c("sleep negative", fun(M) -> M:sleep(-1) end),
     c("seconds", fun(M) -> M:seconds(7) end),
     c("seconds float", fun(M) -> M:seconds(1.5) end),
     c("seconds bad", fun(M) -> M:seconds(x) end),
     c("minutes", fun(M) -> M:minutes(3) end),
     c("hours", fun(M) -> M:hours(2) end),
     c("hms", fun(M) -> M:hms(1, 2, 3) end),
     c("hms bad", fun(M) -> M:hms(1, x, 3) end),
     c("now_diff", fun(M) -> M:now_diff({1, 2, 3}, {0, 999999, 999999}) end),
     c("now_diff neg", fun(M) -> M:now_diff({0, 0, 0}, {1, 2, 3}) end)
    ].
