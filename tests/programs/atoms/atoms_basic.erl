-module(atoms_basic).
-export([main/0]).

main() ->
    As = [ok, error, 'hello world', 'Capital', 'with-dash', a_b, 'a.b', abc123,
          'quote\'s', '', '[]', '{}', 'true', false, undefined, 'é', 'Ω',
          'new\nline', 'tab\there', 'end', 'receive', 'fun', 'case', 'when',
          'and', 'not', 'div', 'xor', 'ok@host', 'a@b.c', aB, 'AB', '_x', '1a', '+'],
    lists:foreach(fun(A) -> io:format("~p ~w ~s~n", [A, A, A]) end,
                  lists:sublist(As, 10)),
    io:format("~p~n", [As]),
    io:format("~w~n", [As]),
    io:format("~p~n", [[is_atom(X) || X <- [ok, "ok", <<"ok">>, true, [], {}]]]),
    io:format("~p~n", [ok == 'ok']),
    io:format("~p~n", [lists:sort([zeta, alpha, 'Beta', beta, '', 'a b', aa, a])]),
    io:format("~p~n", [{atom_to_list('hello world'), list_to_atom("x y")}]),
    io:format("~p~n", [atom_to_binary(hello, utf8)]),
    io:format("~p~n", [atom_to_binary(hello)]),
    io:format("~p~n", [binary_to_atom(<<"bin atom">>, utf8)]),
    io:format("~p~n", [list_to_existing_atom("ok")]),
    io:format("~p~n", [length(atom_to_list('ab cd'))]).
