-module(proplists_config).
-export([main/0]).

defaults() -> [{port, 8080}, {host, "localhost"}, {workers, 4}, {tls, false}].

merge(User, Defaults) ->
    Keys = lists:usort(proplists:get_keys(User) ++ proplists:get_keys(Defaults)),
    [{K, proplists:get_value(K, User, proplists:get_value(K, Defaults))} || K <- Keys].

main() ->
    User = [{port, 9000}, tls, {extra, [1, 2]}],
    Cfg = merge(proplists:unfold(User), defaults()),
    io:format("~p~n", [Cfg]),
    [io:format("~-8w = ~p~n", [K, V]) || {K, V} <- Cfg],
    io:format("~p~n", [proplists:get_value(workers, Cfg) * proplists:get_value(port, Cfg)]),
    io:format("~p~n", [proplists:get_bool(tls, Cfg)]).
