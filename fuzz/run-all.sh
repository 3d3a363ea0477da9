#!/bin/sh
# Run fuzz targets one after another (the machine has few cores).
#   fuzz/run-all.sh [SECONDS] [TARGET...]     default: 180 s, every target
# New inputs go to fuzz/work/<target>/ (gitignored); crashes to fuzz/artifacts/<target>/.
# Logs: fuzz/work/<target>.log. The committed corpus/<target>/ is read as seeds.
set -u
cd "$(dirname "$0")"
secs=${1:-180}
[ $# -gt 0 ] && shift
targets=${*:-"text html telegram feed warc warc_gz read_stream nlp extract"}
for t in $targets; do
    mkdir -p "work/$t"
    dict=""
    case $t in
        warc|warc_gz) dict="-dict=dict/warc.dict" ;;
        telegram) dict="-dict=dict/telegram.dict" ;;
        feed) dict="-dict=dict/feed.dict" ;;
    esac
    echo "== $t ($secs s)"
    cargo fuzz run --sanitizer none "$t" "work/$t" "corpus/$t" -- \
        -max_total_time="$secs" -max_len=65536 -timeout=20 -rss_limit_mb=2048 \
        -print_final_stats=1 $dict >"work/$t.log" 2>&1
    echo "   exit $?: $(grep -E '^stat::number_of_executed_units' "work/$t.log" | tail -1)"
    grep -E "panicked at|Test unit written|ERROR: libFuzzer" "work/$t.log" | head -5
done
