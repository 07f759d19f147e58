#!/usr/bin/env bash
# test/cluster/articles.sh - the article split through SQL.
#
#   1. page_blocks and parse_articles give, on every page of test/corpus/,
#      exactly what the core splitter gave the corpus scorer
#      (build/corpus/NAME.got, written by `make corpus`): the same kind on
#      every line, the same articles with the same dates and authors;
#   2. a database still on 1.0 (page_blocks(text), parse_articles(text) of
#      five columns) runs on the 1.1 library, and after ALTER EXTENSION
#      UPDATE gets the author column and the subheadings argument.
set -u
source "$(dirname "$0")/tap.sh"
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
tmp=$(mktemp -d)
trap 'q -d postgres -c "DROP DATABASE IF EXISTS exr_articles" -c "DROP DATABASE IF EXISTS exr_articles_10" >/dev/null 2>&1; rm -rf "$tmp"' EXIT

# The scorer's output, if make test has not written it yet.
if [ ! -d "$root/build/corpus" ]; then
	make -s -C "$root" corpus >/dev/null 2>&1
fi

q -d postgres -c "DROP DATABASE IF EXISTS exr_articles" -c "CREATE DATABASE exr_articles" >/dev/null
q -d exr_articles -c "CREATE EXTENSION exchange_rates" >/dev/null
ok $? "the extension installs"

pages=0
blocks_differ=()
articles_differ=()
for page in "$root"/test/corpus/*.txt; do
	name=$(basename "$page" .txt)
	got=$root/build/corpus/$name.got
	pages=$((pages + 1))
	# line | kind of every block, and the articles, as the scorer writes them
	sed -n '/^blocks$/,/^articles$/p' "$got" | sed '1d;$d' | awk -F' [|] ' '{gsub(/ /, "", $1); gsub(/ /, "", $2); print $1 "|" $2}' >"$tmp/want_blocks"
	sed -n '/^articles$/,$p' "$got" | sed '1d' >"$tmp/want_articles"
	q -d exr_articles -v page="$(cat "$page")" >"$tmp/got_blocks" <<'SQL'
SELECT line_no || '|' || kind FROM page_blocks(:'page') ORDER BY line_no;
SQL
	q -d exr_articles -v page="$(cat "$page")" >"$tmp/got_articles" <<'SQL'
SELECT format('%3s | %-10s | %s | %s', line_no, coalesce(published::text, '-'),
			  coalesce(author, '-'), title)
FROM parse_articles(:'page') ORDER BY ord;
SQL
	cmp -s "$tmp/want_blocks" "$tmp/got_blocks" || blocks_differ+=("$name")
	cmp -s "$tmp/want_articles" "$tmp/got_articles" || articles_differ+=("$name")
done
is "$pages:${blocks_differ[*]:-}" "$pages:" "page_blocks gives the core's kinds on all $pages corpus pages"
is "$pages:${articles_differ[*]:-}" "$pages:" "parse_articles gives the core's articles, dates and authors on all $pages corpus pages"

# 2. 1.0's definitions on the 1.1 library, then the update.
page=$'Tenge Slips Again\n\nBy Dana Omarova\n\nThe tenge fell.\n\nWhat Traders Expect\n\nA rebound.'
q -d postgres -c "DROP DATABASE IF EXISTS exr_articles_10" -c "CREATE DATABASE exr_articles_10" >/dev/null
q -d exr_articles_10 -c "CREATE EXTENSION exchange_rates VERSION '1.0'" >/dev/null
is "$(q -d exr_articles_10 -v page="$page" <<'SQL'
SELECT string_agg(line_no || ':' || kind, ' ' ORDER BY line_no) FROM page_blocks(:'page');
SQL
)" "1:headline 3:byline 5:paragraph 7:subheading 9:paragraph" "1.0's page_blocks(text) runs on the 1.1 library (with its new kinds)"
is "$(q -d exr_articles_10 -v page="$page" <<'SQL'
SELECT string_agg(a::text, ',') FROM parse_articles(:'page') a;
SQL
)" '(1,,"Tenge Slips Again","The tenge fell.

What Traders Expect

A rebound.",1)' "1.0's parse_articles(text) of five columns runs on the 1.1 library"
is "$(q -d exr_articles_10 -c "SELECT pg_get_function_result('parse_articles(text)'::regprocedure)")" \
	"TABLE(ord integer, published date, title text, body text, line_no integer)" "(and it is 1.0's definition)"
q -d exr_articles_10 -c "ALTER EXTENSION exchange_rates UPDATE" >/dev/null
ok $? "ALTER EXTENSION UPDATE drops and creates page_blocks and parse_articles"
is "$(q -d exr_articles_10 -v page="$page" <<'SQL'
SELECT string_agg(title || '/' || coalesce(author, '-'), ',') FROM parse_articles(:'page', ARRAY['What Traders Expect']);
SQL
)" "Tenge Slips Again/Dana Omarova" "after the update: the author column and the subheadings argument"

done_testing
