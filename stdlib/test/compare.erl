%% Test runner: evaluates every case of the *_cases modules against OTP's
%% real module M and against our copy renamed to jM, and compares the
%% outcomes ({ok, Result} or {Class, Reason} for exceptions) with =:=.
%% Each case is {Module, Label, fun(M) -> ... end}; the fun must call the
%% module under test only through its argument M.
-module(compare).
-export([main/1]).

main(CaseMods) ->
    Cases = lists:append([CM:cases() || CM <- CaseMods]),
    {Pass, Fail} = lists:foldl(fun run/2, {0, 0}, Cases),
    io:format("~n~p cases: ~p passed, ~p failed~n", [Pass + Fail, Pass, Fail]),
    case Fail of
        0 -> halt(0);
        _ -> halt(1)
    end.

run({Mod, Label, F}, {P, Fl}) ->
    JMod = list_to_atom("j" ++ atom_to_list(Mod)),
    Ref = outcome(fun() -> F(Mod) end),
    Our = outcome(fun() -> F(JMod) end),
    case Ref =:= Our of
        true -> {P + 1, Fl};
        false ->
            io:format("MISMATCH ~p: ~s~n  otp:  ~tp~n  ours: ~tp~n",
                      [Mod, Label, Ref, Our]),
            {P, Fl + 1}
    end.

%% Runs F in a fresh process dictionary log; returns the outcome and the
%% log of calls recorded with log/1 (to compare evaluation order).
outcome(F) ->
    put('$log', []),
    R = try F() of
            V -> {ok, V}
        catch
            C:E -> {C, E}
        end,
    Log = lists:reverse(get('$log')),
    erase('$log'),
    case Log of
        [] -> R;
        _ -> {R, {log, Log}}
    end.
