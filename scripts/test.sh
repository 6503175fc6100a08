#!/usr/bin/env bash
# Every test and check, in the order that fails fastest: types, lint, dependency audit, unit and
# property tests with coverage of lib/, the production build, the API over HTTP, the pages in
# headless Chromium (axe included), then Lighthouse (each page against the home page).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s ==\n' "$*"; }

step "Chromium for the end-to-end tests"
source scripts/find-chromium.sh
echo "using $CHROMIUM_PATH ($("$CHROMIUM_PATH" --version 2>/dev/null | head -1))"

step "Type check (tsc --noEmit)"
npx tsc --noEmit

step "Lint (ESLint, Next's core-web-vitals + TypeScript configs)"
npx eslint . --max-warnings=0

step "Dependency audit (npm audit --omit=dev, high and critical)"
bash scripts/audit.sh

step "Unit and property tests, with coverage of lib/ (at least 95% of lines)"
npx vitest run --coverage

step "Production build"
npx next build

step "API tests over HTTP against the built app"
npx vitest run --config vitest.api.config.ts

step "End-to-end tests in headless Chromium"
npx playwright test

step "Lighthouse: each page beside the home page (blocking time within 100 ms of it and score within 5 points), accessibility and best practices 100, no page's score more than 15 below the home page's"
npx tsx scripts/lighthouse.ts
