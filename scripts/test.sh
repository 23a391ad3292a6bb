#!/usr/bin/env bash
# Builds wirefacts and runs the whole test suite: the default build, then the
# sanitiser build (ASan + UBSan). Long evaluations and benchmarks are not part
# of it (see README.md, "Development").
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset default
cmake --build --preset default
ctest --preset default
if [ "${WIREFACTS_SKIP_ASAN:-0}" != 1 ]; then
  cmake --preset asan
  cmake --build --preset asan
  ctest --preset asan
fi
