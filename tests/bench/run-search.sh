#!/bin/sh
# Runs the search benchmarks from an existing (Release) build: bench_search (import, index build, query latency,
# memory, size at 10k and 100k documents) and bench_retrieval (nDCG@10 / recall@100 on tests/data/retrieval).
# Builds nothing. Prints the machine's state first, since figures on a shared 2-core machine move with its load.
#   tests/bench/run-search.sh BUILD_DIR [bench_search options: --sizes 10000,100000 --runs 3 --queries 300 ...]
set -eu

if [ $# -lt 1 ] || [ "$1" = "-h" ] || [ "$1" = "--help" ]; then
    echo "usage: $0 BUILD_DIR [bench_search options]   (e.g. $0 build/bench --runs 5)" >&2
    exit 64
fi
build_dir=$1
shift

for bench in bench_search bench_retrieval; do
    if [ ! -x "$build_dir/tests/bench/search/$bench" ]; then
        echo "$0: $build_dir/tests/bench/search/$bench not found; build it first:" \
             "cmake --preset bench && cmake --build --preset bench --target bench_search bench_retrieval" >&2
        exit 1
    fi
done

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "   load average $(cut -d' ' -f1-3 /proc/loadavg), $(free -m | awk '/^Mem:/ {print $7 " MB available of " $2}')"
echo "   build type: $(grep -m1 CMAKE_BUILD_TYPE "$build_dir/CMakeCache.txt" | cut -d= -f2)"
echo "   FAISS: $(ldd "$build_dir/tests/bench/search/bench_search" | grep -o 'libfaiss[^ ]* => [^ ]*' || echo '?')"
echo
"$build_dir/tests/bench/search/bench_search" "$@"
echo
echo "== retrieval quality (tests/data/retrieval)"
"$build_dir/tests/bench/search/bench_retrieval"
