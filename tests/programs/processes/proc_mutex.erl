-module(proc_mutex).
-export([main/0]).

%% A lock server protecting a non-atomic read-modify-write on a shared cell
%% process: each client acquires the lock, reads the cell, writes the value
%% plus one (both synchronous), and releases the lock. With the lock no
%% update is lost, so the final value is exact.
lock_free(Grants) ->
    receive
        {acquire, From} -> From ! granted, lock_held(From, Grants + 1);
        {stats, From} -> From ! {stats, Grants}, lock_free(Grants)
    end.

%% While held, only the holder's release is accepted; other acquire
%% requests wait in the mailbox.
lock_held(Holder, Grants) ->
    receive {release, Holder} -> lock_free(Grants) end.

cell(V) ->
    receive
        {get, From} -> From ! {value, V}, cell(V);
        {put, From, New} -> From ! stored, cell(New)
    end.

client(Lock, Cell, Parent, Rounds) ->
    [begin
         Lock ! {acquire, self()},
         receive granted -> ok end,
         Cell ! {get, self()},
         V = receive {value, X} -> X end,
         Cell ! {put, self(), V + 1},
         receive stored -> ok end,
         Lock ! {release, self()}
     end || _ <- lists:seq(1, Rounds)],
    Parent ! {done, self()}.

main() ->
    Parent = self(),
    Lock = spawn(fun() -> lock_free(0) end),
    Cell = spawn(fun() -> cell(0) end),
    Clients = [spawn(fun() -> client(Lock, Cell, Parent, 20) end) || _ <- lists:seq(1, 10)],
    [receive {done, C} -> ok end || C <- Clients],
    Lock ! {stats, self()},
    receive {stats, S} -> io:format("lock granted ~p times~n", [S]) end,
    Cell ! {get, self()},
    receive {value, V} -> io:format("cell value ~p~n", [V]) end.
