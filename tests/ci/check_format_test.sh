#!/usr/bin/env bash
# .ci/check-format passes on a checkout whose C++ files are formatted and fails on one that is
# not, naming the file (a scratch git repository with the project's .clang-format).
# Usage: check_format_test.sh PROJECT_SOURCE_DIR
set -euo pipefail
project="$1"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cd "$scratch"
git init -q .
cp "$project/.clang-format" .
printf 'int answer() { return 42; }\n' > formatted.cpp
git add .
"$project/.ci/check-format" "$scratch" > out.txt 2>&1 || { cat out.txt; echo "FAIL: a formatted file was refused"; exit 1; }
printf 'int  answer2( ) {return 42 ;}\n' > unformatted.cpp
git add unformatted.cpp
if "$project/.ci/check-format" "$scratch" > out.txt 2>&1; then
  cat out.txt; echo "FAIL: an unformatted file was accepted"; exit 1
fi
grep -q "unformatted.cpp" out.txt || { cat out.txt; echo "FAIL: the file is not named"; exit 1; }
grep -q "^  formatted.cpp$" out.txt && { cat out.txt; echo "FAIL: the formatted file is named"; exit 1; }
echo "PASS"
