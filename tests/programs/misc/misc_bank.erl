-module(misc_bank).
-export([main/0]).

%% A ledger of accounts kept in a map, with validation through throw/catch.

open(Bank, Name) ->
    case maps:is_key(Name, Bank) of
        true -> throw({already_exists, Name});
        false -> Bank#{Name => 0}
    end.

deposit(Bank, Name, Amount) when is_integer(Amount), Amount > 0 ->
    case Bank of
        #{Name := Balance} -> Bank#{Name := Balance + Amount};
        _ -> throw({no_account, Name})
    end;
deposit(_, _, Amount) ->
    throw({bad_amount, Amount}).

withdraw(Bank, Name, Amount) ->
    #{Name := Balance} = Bank,
    if Amount > Balance -> throw({insufficient_funds, Name, Balance});
       true -> Bank#{Name := Balance - Amount}
    end.

transfer(Bank, From, To, Amount) ->
    deposit(withdraw(Bank, From, Amount), To, Amount).

run(Bank, []) -> Bank;
run(Bank, [Op | Ops]) ->
    NewBank = try apply_op(Bank, Op)
              catch
                  throw:Reason ->
                      io:format("rejected ~p: ~p~n", [Op, Reason]),
                      Bank;
                  error:{badmatch, _} ->
                      io:format("rejected ~p: unknown account~n", [Op]),
                      Bank
              end,
    run(NewBank, Ops).

apply_op(B, {open, N}) -> open(B, N);
apply_op(B, {deposit, N, A}) -> deposit(B, N, A);
apply_op(B, {withdraw, N, A}) -> withdraw(B, N, A);
apply_op(B, {transfer, F, T, A}) -> transfer(B, F, T, A).

main() ->
    Ops = [{open, alice}, {open, bob}, {deposit, alice, 100}, {deposit, bob, 50},
           {open, alice}, {withdraw, bob, 80}, {transfer, alice, bob, 30},
           {deposit, carol, 10}, {deposit, alice, -5}, {withdraw, dave, 1},
           {transfer, bob, alice, 80}, {deposit, bob, 1.5}],
    Final = run(#{}, Ops),
    io:format("~p~n", [Final]),
    [io:format("~-6s ~6.2f~n", [atom_to_list(N), B / 1]) || {N, B} <- maps:to_list(Final)],
    io:format("total ~p~n", [lists:sum(maps:values(Final))]).
