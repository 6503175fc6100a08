#!/usr/bin/env bash
# Every test, in the order that fails fastest: types, unit and property tests with coverage,
# the production build, the API over HTTP, then the pages in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s ==\n' "$*"; }

step "Chromium for the end-to-end tests"
source scripts/find-chromium.sh
echo "using $CHROMIUM_PATH"

step "Type check (tsc --noEmit)"
npx tsc --noEmit

step "Unit and property tests, with coverage of lib/"
npx vitest run --coverage

step "Production build"
npx next build

step "API tests over HTTP against the built app"
npx vitest run --config vitest.api.config.ts

step "End-to-end tests in headless Chromium"
npx playwright test
