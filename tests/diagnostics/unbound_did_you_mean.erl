-module(unbound_did_you_mean).
-export([main/1]).
main(Count) -> Cuont + 1.
