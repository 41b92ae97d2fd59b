#!/usr/bin/env bash
# The first README command: install what is missing, build LifeOS (Release) and launch it.
# Extra arguments go to the app, e.g. `packaging/try.sh --data-dir /tmp/lifeos-demo`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash packaging/setup-deps.sh --runtime
cmake --preset release
cmake --build --preset release -j "$(nproc)"
exec ./build/release/app/lifeos "$@"
