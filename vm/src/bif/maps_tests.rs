//! Unit tests for `maps.rs`: cases checked against erl (the last ones
//! have more than 32 keys, where OTP lists entries in hash order; with
//! atom keys that order cannot be reproduced, so it is not tested).

use super::super::erlang::tests::check;

#[test]
fn maps_against_erl() {
    check(
        r#"
maps:get(a, #{}) => error:{badkey,a}
maps:get(a, x) => error:{badmap,x}
maps:get(a, #{a => 1}) => 1
maps:get(a, x, 1) => error:{badmap,x}
maps:get(a, #{}, 1) => 1
maps:get(1.0, #{1 => a}) => error:{badkey,1.0}
maps:find(a, x) => error:{badmap,x}
maps:find(a, #{a => 1}) => {ok,1}
maps:find(b, #{a => 1}) => error
maps:put(a, 1, x) => error:{badmap,x}
maps:put(a, 1, #{b => 2}) => #{a => 1,b => 2}
maps:put(b, 3, #{b => 2}) => #{b => 3}
maps:put(1.0, 3, #{1 => 2}) => #{1 => 2,1.0 => 3}
maps:remove(a, x) => error:{badmap,x}
maps:remove(a, #{a => 1, b => 2}) => #{b => 2}
maps:remove(c, #{a => 1, b => 2}) => #{a => 1,b => 2}
maps:is_key(a, x) => error:{badmap,x}
maps:is_key(a, #{a => 1}) => true
maps:keys(x) => error:{badmap,x}
maps:keys(#{b => 1, a => 2, 1 => 3, 1.0 => 4}) => [1,1.0,a,b]
maps:values(x) => error:{badmap,x}
maps:values(#{b => 1, a => 2, 1 => 3, 1.0 => 4}) => [3,4,2,1]
maps:to_list(x) => error:{badmap,x}
maps:to_list(#{b => 1, a => 2, 1 => 3, 1.0 => 4}) => [{1,3},{1.0,4},{a,2},{b,1}]
maps:from_list([{a,1}|x]) => error:badarg
maps:from_list([a]) => error:badarg
maps:from_list(x) => error:badarg
maps:from_list([{a,1},{a,2}]) => #{a => 2}
maps:from_list([{1,a},{1.0,b}]) => #{1 => a,1.0 => b}
maps:size(x) => error:{badmap,x}
maps:size(#{a => 1}) => 1
maps:merge(#{}, x) => error:{badmap,x}
maps:merge(x, y) => error:{badmap,x}
maps:merge(#{a => 1, b => 2}, #{b => 3, c => 4}) => #{a => 1,b => 3,c => 4}
maps:merge(#{1 => a}, #{1.0 => b}) => #{1 => a,1.0 => b}
maps:update(a, 1, #{}) => error:{badkey,a}
maps:update(a, 1, x) => error:{badmap,x}
maps:update(a, 2, #{a => 1}) => #{a => 2}
maps:take(a, #{}) => error
maps:take(a, x) => error:{badmap,x}
maps:take(a, #{a => 1}) => {1,#{}}
maps:with([a, c], #{a => 1, b => 2}) => #{a => 1}
maps:with(x, #{}) => error:badarg
maps:with([a], x) => error:{badmap,x}
maps:with(x, x) => error:{badmap,x}
maps:with([a|x], #{}) => error:function_clause
maps:without([a], #{a => 1, b => 2}) => #{b => 2}
maps:without(x, #{}) => error:badarg
maps:without([a|b], #{}) => error:function_clause
maps:without([a], x) => error:{badmap,x}
maps:from_keys([a,b], 0) => #{a => 0,b => 0}
maps:from_keys([a|b], 0) => error:badarg
maps:from_keys(x, 0) => error:badarg
maps:new() => #{}
maps:keys(#{0 => x0,1 => x1,2 => x2,3 => x3,4 => x4,5 => x5,6 => x6,7 => x7,8 => x8,9 => x9,10 => x10,11 => x11,12 => x12,13 => x13,14 => x14,15 => x15,16 => x16,17 => x17,18 => x18,19 => x19,20 => x20,21 => x21,22 => x22,23 => x23,24 => x24,25 => x25,26 => x26,27 => x27,28 => x28,29 => x29,30 => x30,31 => x31,32 => x32,33 => x33,34 => x34,35 => x35,36 => x36,37 => x37,38 => x38,39 => x39}) => [33,12,23,29,30,39,26,31,11,37,9,32,34,25,28,6,0,38,13,20,15,14,2,7,1,8,3,17,22,21,4,36,24,10,35,27,19,5,18,16]
"#,
    );
}
