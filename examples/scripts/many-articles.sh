#!/usr/bin/env bash
# Extracts from a directory of COUNT articles with a 256 MB heap: whosaid streams, keeping nothing
# per article beyond its output. The articles are hard links (copies where links fail) to the
# texts of SOURCE, repeated round-robin, in a temporary directory that is removed afterwards.
#
#   examples/scripts/many-articles.sh [COUNT] [SOURCE] [extra whosaid extract options...]
#
# COUNT defaults to 100000, SOURCE to ../shared/corpus. Prints the number of output lines, the
# wall-clock time, the peak resident memory (from /usr/bin/time where present) and whosaid's
# exit status. Run from the project root after `mvn -B -DskipTests package`.
set -euo pipefail
count=${1:-100000}
source=${2:-../shared/corpus}
shift $(( $# > 2 ? 2 : $# ))
jar=examples/target/whosaid.jar
[ -f "$jar" ] || { echo "many-articles: $jar is missing: run mvn -B -DskipTests package first" >&2; exit 2; }
[ -d "$source" ] || { echo "many-articles: no directory $source" >&2; exit 2; }
mapfile -t texts < <(find "$source" -type f -name '*.txt' | sort)
[ ${#texts[@]} -gt 0 ] || { echo "many-articles: no .txt files under $source" >&2; exit 2; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
for ((i = 0; i < count; i++)); do
  sub="$dir/$((i / 1000))"
  [ $((i % 1000)) -eq 0 ] && mkdir -p "$sub"
  src=${texts[$((i % ${#texts[@]}))]}
  ln "$src" "$sub/$i.txt" 2>/dev/null || cp "$src" "$sub/$i.txt"
done
echo "many-articles: $count articles from ${#texts[@]} texts of $source in $dir" >&2
timer=()
[ -x /usr/bin/time ] && timer=(/usr/bin/time -f "many-articles: %e s wall, %M KB peak resident")
start=$(date +%s.%N)
set +e
"${timer[@]}" java -Xmx256m -jar "$jar" extract "$@" "$dir" 2>"$dir.err" | wc -l > "$dir.lines"
status=${PIPESTATUS[0]}
set -e
end=$(date +%s.%N)
grep -v '^whosaid: [0-9]* of [0-9]*' "$dir.err" | tail -5 >&2 || true
printf 'many-articles: %s statement lines, %.1f s, exit status %s\n' "$(cat "$dir.lines")" "$(echo "$end - $start" | bc)" "$status"
rm -f "$dir.err" "$dir.lines"
exit "$status"
