#!/usr/bin/env bash
# scripts/fuzz.sh - build every libFuzzer target in test/fuzz/ with clang,
# AddressSanitizer and UndefinedBehaviorSanitizer, and run each for
# FUZZ_SECONDS (default 10) from its seed corpus (test/fuzz/seeds/<target>).
# Prints one TAP line per target; a crash leaves its input in build/fuzz/.
#   make fuzz FUZZ_SECONDS=300      a longer round
#   FUZZ_ONLY=decimal make fuzz     one target
set -uo pipefail
cd "$(dirname "$0")/.."

seconds=${FUZZ_SECONDS:-10}
only=${FUZZ_ONLY:-}
out=build/fuzz
mkdir -p "$out"
core_srcs=$(ls src/core/*.c)
flags="-g -O1 -std=c99 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -Isrc/core"

n=0
failed=0
for src in test/fuzz/fuzz_*.c; do
	name=$(basename "$src" .c)
	target=${name#fuzz_}
	case "$target" in *"$only"*) ;; *) continue ;; esac
	n=$((n + 1))
	bin="$out/$name"
	if ! clang $flags -o "$bin" "$src" $core_srcs 2>"$out/$name.build.log"; then
		echo "not ok $n - $name builds"; cat "$out/$name.build.log" | sed 's/^/# /'
		failed=$((failed + 1)); continue
	fi
	corpus="$out/corpus/$target"
	mkdir -p "$corpus"
	log="$out/$name.log"
	# The seed corpus is read-only input; new finds go to the working corpus.
	"$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
		-artifact_prefix="$out/$name-" -print_final_stats=1 \
		"$corpus" "test/fuzz/seeds/$target" >"$log" 2>&1
	rc=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
	if [ $rc -eq 0 ]; then
		echo "ok $n - $name: ${execs:-?} executions in ${seconds} s, no crash"
	else
		echo "not ok $n - $name: crashed (exit $rc), input saved as $out/$name-*"
		grep -E "ERROR|invariant|SUMMARY|runtime error" "$log" | head -n 5 | sed 's/^/# /'
		failed=$((failed + 1))
	fi
done
echo "1..$n"
[ $failed -eq 0 ]
