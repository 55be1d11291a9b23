%% Parallel map over all cores. pmap/2 splits the work into one chunk per
%% scheduler (erlang:system_info(schedulers), normally the number of
%% cores), maps each chunk in its own process and joins the results in the
%% original order. Here it counts the primes in 16 ranges of 25,000 numbers
%% and checks the answer against a plain sequential lists:map/2. The output
%% does not depend on the number of cores; only the speed does.
%%
%% Run: joist run examples/pmap.erl      (or: erlc pmap.erl &&
%%      erl -noshell -s pmap main -s init stop)
%%
%% Output:
%%   primes in [1, 25000]: 2762
%%   primes in [25001, 50000]: 2371
%%   primes in [50001, 75000]: 2260
%%   primes in [75001, 100000]: 2199
%%   primes in [100001, 125000]: 2142
%%   primes in [125001, 150000]: 2114
%%   primes in [150001, 175000]: 2068
%%   primes in [175001, 200000]: 2068
%%   primes in [200001, 225000]: 2036
%%   primes in [225001, 250000]: 2024
%%   primes in [250001, 275000]: 1994
%%   primes in [275001, 300000]: 1959
%%   primes in [300001, 325000]: 2009
%%   primes in [325001, 350000]: 1971
%%   primes in [350001, 375000]: 1927
%%   primes in [375001, 400000]: 1956
%%   total: 33860 primes below 400000
%%   same as the sequential map: true
-module(pmap).
-export([main/0]).

%% Map F over L using one process per scheduler.
pmap(F, L) ->
    Workers = erlang:system_info(schedulers),
    Size = max(1, (length(L) + Workers - 1) div Workers),
    Parent = self(),
    Refs = [begin
                Ref = make_ref(),
                spawn(fun() -> Parent ! {Ref, lists:map(F, Chunk)} end),
                Ref
            end || Chunk <- chunks(L, Size)],
    lists:append([receive {Ref, Results} -> Results end || Ref <- Refs]).

chunks([], _) -> [];
chunks(L, N) when length(L) =< N -> [L];
chunks(L, N) -> {H, T} = lists:split(N, L), [H | chunks(T, N)].

count_primes({From, To}) -> length([X || X <- lists:seq(From, To), is_prime(X)]).

is_prime(N) when N < 2 -> false;
is_prime(2) -> true;
is_prime(N) when N rem 2 =:= 0 -> false;
is_prime(N) -> is_prime(N, 3).

is_prime(N, D) when D * D > N -> true;
is_prime(N, D) when N rem D =:= 0 -> false;
is_prime(N, D) -> is_prime(N, D + 2).

main() ->
    Ranges = [{(I - 1) * 25000 + 1, I * 25000} || I <- lists:seq(1, 16)],
    Counts = pmap(fun count_primes/1, Ranges),
    [io:format("primes in [~p, ~p]: ~p~n", [A, B, C]) || {{A, B}, C} <- lists:zip(Ranges, Counts)],
    io:format("total: ~p primes below 400000~n", [lists:sum(Counts)]),
    io:format("same as the sequential map: ~p~n", [Counts =:= lists:map(fun count_primes/1, Ranges)]).
