-module(proc_stress_register_race).
-export([main/0]).

%% Many processes race to register the same name. In every round exactly
%% one wins (register/2 returns true for it; the others get badarg), the
%% winner is the one whereis/1 returns, and after the winner unregisters
%% (or dies) the name is free again.
main() ->
    Rounds = 200, Racers = 50,
    Results = [round(R, Racers) || R <- lists:seq(1, Rounds)],
    io:format("rounds: ~p~n", [length(Results)]),
    io:format("exactly one winner per round: ~p~n", [lists:usort([W || {W, _, _} <- Results])]),
    io:format("losers got badarg: ~p~n", [lists:usort([L || {_, L, _} <- Results])]),
    io:format("whereis agreed with the winner: ~p~n", [lists:usort([A || {_, _, A} <- Results])]),
    io:format("final whereis: ~p~n", [whereis(proc_stress_race_name)]),
    %% Concurrent register/unregister/whereis churn on a few names.
    Parent = self(),
    Names = [proc_stress_churn_a, proc_stress_churn_b, proc_stress_churn_c],
    Churners = [spawn(fun() -> churn(Names, 300, Parent, 0) end) || _ <- lists:seq(1, 20)],
    Wins = lists:sum([receive {churned, C, W} -> W end || C <- Churners]),
    io:format("churn registrations succeeded: ~p~n", [Wins > 0]),
    io:format("names free at the end: ~p~n", [[whereis(N) || N <- Names]]).

round(R, Racers) ->
    Parent = self(),
    Go = make_ref(),
    Pids = [spawn(fun() -> racer(Parent, Go) end) || _ <- lists:seq(1, Racers)],
    [P ! Go || P <- Pids],
    Outcomes = [receive {outcome, P, O} -> {P, O} end || P <- Pids],
    Winners = [P || {P, won} <- Outcomes],
    Losers = [O || {_, O} <- Outcomes, O =/= won],
    WhereOk = case Winners of
                  [W] -> whereis(proc_stress_race_name) =:= W;
                  _ -> false
              end,
    %% Release the winner: even rounds it unregisters, odd rounds it dies.
    [begin M = monitor(process, P), P ! {release, R rem 2}, receive {'DOWN', M, _, _, _} -> ok end end || P <- Pids],
    {length(Winners), lists:usort(Losers), WhereOk andalso whereis(proc_stress_race_name) =:= undefined}.

racer(Parent, Go) ->
    receive Go -> ok end,
    O = try register(proc_stress_race_name, self()) of
            true -> won
        catch
            error:badarg -> badarg
        end,
    Parent ! {outcome, self(), O},
    receive
        {release, 0} when O =:= won -> unregister(proc_stress_race_name);
        {release, _} -> ok
    end.

churn(_, 0, Parent, Wins) ->
    Parent ! {churned, self(), Wins};
churn(Names, K, Parent, Wins) ->
    Name = lists:nth(K rem length(Names) + 1, Names),
    W = try register(Name, self()) of
            true ->
                Self = self(),
                Self = whereis(Name),
                unregister(Name),
                1
        catch
            error:badarg -> 0
        end,
    churn(Names, K - 1, Parent, Wins + W).
