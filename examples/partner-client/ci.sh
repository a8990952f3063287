#!/usr/bin/env bash
# The example partner client against a real hub, as CI runs it (.ci/run) and as a newcomer can:
#   bash examples/partner-client/ci.sh
# 1. the client's own unit tests (node:test, loopback only);
# 2. starts the hub's server alone (no web build needed): PGlite in memory, development sign-in, the demo
#    region with its dossier content, rate limits as in development, a free port on 127.0.0.1;
# 3. waits for /healthz, runs src/setup.ts (dev sign-in: registers a client, attaches a reference) and
#    src/main.ts (the walk-through) with the configuration setup printed;
# 4. stops the hub. Every step is bounded in time; any failure fails the script (the hub's log is printed).
set -euo pipefail
cd "$(dirname "$0")/../.."
EXAMPLE=examples/partner-client
HUB_LOG="$(mktemp)"
ENV_FILE="$(mktemp)"
HUB_PID=""

stop_hub() {
  if [ -n "$HUB_PID" ] && kill -0 "$HUB_PID" 2>/dev/null; then
    # The hub runs in a session of its own (setsid): end its process group (pnpm, tsx and node), nothing else.
    kill -TERM -- "-$HUB_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$HUB_PID" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$HUB_PID" 2>/dev/null || true
  fi
  HUB_PID=""
  rm -f "$ENV_FILE" "$HUB_LOG"
}
trap stop_hub EXIT INT TERM
fail() {
  echo "$1" >&2
  echo "--- hub log ---" >&2
  tail -n 60 "$HUB_LOG" >&2
  exit 1
}

echo "-- unit tests of the client"
timeout 120 pnpm --dir "$EXAMPLE" test

echo "-- starting the hub"
HOST=127.0.0.1 PORT=0 DATA_DIR=memory:// NODE_ENV=development AUTH_MODE=dev LOG_LEVEL=warn TRUSTED_DOCUMENTS=clients \
  setsid pnpm --filter @regiehub/server start >"$HUB_LOG" 2>&1 &
HUB_PID=$!
URL=""
for _ in $(seq 1 600); do # seeding the demo region's content takes a minute or more on a busy machine
  URL="$(sed -n 's/.*Regiehub draait op \(http:\/\/[^ ]*\).*/\1/p' "$HUB_LOG" | head -n 1)"
  [ -n "$URL" ] && break
  kill -0 "$HUB_PID" 2>/dev/null || fail "the hub stopped while starting"
  sleep 0.5
done
[ -n "$URL" ] || fail "the hub did not start within 300 s"
node -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$URL/healthz" \
  || fail "$URL/healthz does not answer 200"
echo "hub at $URL"

echo "-- setup (development sign-in)"
REGIEHUB_URL="$URL" timeout 120 pnpm --dir "$EXAMPLE" exec tsx src/setup.ts >"$ENV_FILE" || fail "setup failed"

echo "-- the example partner client"
(
  set -a
  # shellcheck disable=SC1090
  . "$ENV_FILE"
  timeout 180 pnpm --dir "$EXAMPLE" exec tsx src/main.ts
) || fail "the example partner client failed"
