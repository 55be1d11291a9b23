-module(syntax_unterminated_string).
-export([main/0]).
main() -> "abc.
