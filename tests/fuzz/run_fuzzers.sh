#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (build-fuzz/) and runs each for SECONDS (default 60)
# on a scratch copy of its checked-in seed corpus (tests/fuzz/corpus/<name>/ stays untouched).
# Any crash, leak or timeout makes the script fail and leaves the reproducer in build-fuzz/.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DLSTMVIZ_FUZZ=ON -DLSTMVIZ_BUILD_GUI=OFF -DBUILD_TESTING=ON > /dev/null
targets=$(cd tests/fuzz && ls fuzz_*.cpp | sed 's/\.cpp$//')
cmake --build build-fuzz -j "$(nproc)" --target $targets
for target in $targets; do
  name=${target#fuzz_}
  work=build-fuzz/corpus/$name
  mkdir -p "$work"
  echo "== $target for ${seconds}s"
  (cd build-fuzz && ./bin/"$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
     -print_final_stats=1 "corpus/$name" "../tests/fuzz/corpus/$name")
done
