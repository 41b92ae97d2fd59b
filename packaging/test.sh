#!/usr/bin/env bash
# The second README command (and what CI runs through .ci/run): install what is missing, then build
# and run the whole test suite with the ci preset (warnings are errors) and the asan preset
# (AddressSanitizer + UndefinedBehaviorSanitizer), then again with the tsan preset (ThreadSanitizer;
# tests/tsan.supp explains what Debian's uninstrumented Qt costs it).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash packaging/setup-deps.sh --test
for preset in ci asan tsan; do
    echo "== ${preset}: configure, build, test"
    cmake --preset "${preset}"
    cmake --build --preset "${preset}" -j "$(nproc)"
    ctest --preset "${preset}" -j "$(nproc)"
done
