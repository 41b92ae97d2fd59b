#!/usr/bin/env bash
# The second README command (and what CI runs through .ci/run): install what is missing, then build
# and run the whole test suite twice: with the ci preset (warnings are errors) and with the asan
# preset (AddressSanitizer + UndefinedBehaviorSanitizer).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash packaging/setup-deps.sh --test
for preset in ci asan; do
    echo "== ${preset}: configure, build, test"
    cmake --preset "${preset}"
    cmake --build --preset "${preset}" -j "$(nproc)"
    ctest --preset "${preset}" -j "$(nproc)"
done
