//! The collector drops frame slots that their function will not read
//! again (the stack maps, `process::dead_slots`). Here a 2,000,000-element
//! list (4,000,000 heap words) sits in a frame slot of `main/0`, dead,
//! during a call that allocates about 6,000,000 words in lists that live
//! for a while (so they reach the old generation and bring on major
//! collections). If the slot were still a root, the heap could never
//! shrink below the list's 4,000,000 words; without it, the heap holds
//! one 50,000-element list at a time.

use std::process::Command;

const PROGRAM: &str = r#"-module(gc_dead_slot).
-export([main/0]).

main() ->
    Big = lists:seq(1, 2000000),
    X = id(0),
    N = length(Big) + X,
    Size = churn(60, []),
    io:format("~p ~p~n", [N, Size]).

id(X) -> X.

churn(0, Keep) ->
    {total_heap_size, H} = erlang:process_info(self(), total_heap_size),
    length(Keep) * 0 + H;
churn(K, _Keep) ->
    churn(K - 1, lists:seq(1, 50000)).
"#;

const BIG_WORDS: u64 = 4_000_000;

fn run(gc_stress: bool) -> u64 {
    let dir = std::env::temp_dir().join(format!("joist-gc-liveness-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("gc_dead_slot.erl");
    std::fs::write(&file, PROGRAM).unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_joist"));
    cmd.arg("run").arg(&file).env_remove("JOIST_GC_STRESS");
    if gc_stress {
        cmd.env("JOIST_GC_STRESS", "1");
    }
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8(out.stdout).unwrap();
    let mut words = text.split_whitespace();
    assert_eq!(words.next(), Some("2000000"), "{text}");
    words.next().unwrap().parse().unwrap()
}

#[test]
fn a_dead_frame_slot_does_not_keep_a_big_list_alive() {
    for stress in [false, true] {
        let heap = run(stress);
        assert!(
            heap < BIG_WORDS,
            "total heap {heap} words (GC stress {stress}): the dead list was kept"
        );
    }
}
