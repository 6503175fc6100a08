/**
 * `npm run load`: autocannon against the running production build, every endpoint in turn.
 * For each: a short probe at several concurrencies picks the one with the most throughput, then
 * a 60-second run at it. Prints requests per second, p50/p99 latency, the count of answers that
 * are neither 2xx nor 4xx (must be 0: 5xx, errors, time-outs), and the server's memory (RSS of
 * the server's process tree) before and after each run and after a pause, to show no steady growth.
 *
 *   LOAD_SECONDS=60 (default) · LOAD_PROBE_SECONDS=4 · run `npx next build` first (npm run load does)
 */
import autocannon from "autocannon";
import { startServer, treeRssMiB } from "./server";

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const PROBE_SECONDS = Number(process.env.LOAD_PROBE_SECONDS ?? 4);
const CONCURRENCIES = [1, 4, 16, 64];

const json = { "content-type": "application/json" };
interface Target {
  path: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
}

const ENDPOINTS: Array<{ name: string; options: Target }> = [
  { name: "GET /api/v1/health", options: { path: "/api/v1/health" } },
  {
    name: "POST /api/v1/vesting",
    options: { path: "/api/v1/vesting", method: "POST", headers: json, body: JSON.stringify({ yearsOfService: 3, balances: { deferral: "10000", rollover: "500", match: "4000.01" } }) },
  },
  {
    name: "POST /api/v1/eligibility",
    options: {
      path: "/api/v1/eligibility", method: "POST", headers: json,
      body: JSON.stringify({
        asOf: "2003-06-30", employer: "SOS", birthDate: "1980-02-29", employmentStartDate: "2002-03-15",
        hours: Array.from({ length: 12 }, (_, i) => ({ date: `2002-${String(4 + (i % 9)).padStart(2, "0")}-28`, hours: 90 })),
        priorYearCompensation: "50000",
      }),
    },
  },
  {
    name: "POST /api/v1/contribution-limit",
    options: { path: "/api/v1/contribution-limit", method: "POST", headers: json, body: JSON.stringify({ planYear: 2002, compensation: "80000", deferralPercent: 20 }) },
  },
  {
    name: "POST /api/v1/projection (40 years)",
    options: {
      path: "/api/v1/projection", method: "POST", headers: json,
      body: JSON.stringify({
        asOf: "2002-12-31", birthDate: "1970-07-04", yearsOfService: 2, balances: { deferral: "12000", rollover: "0", match: "3000" },
        compensation: "40000", salaryGrowthPercent: 3, deferralPercent: 10, matchPercentOfDeferral: 26.2, annualReturnPercent: 6, years: 40,
      }),
    },
  },
  {
    name: "POST /api/v1/forfeitures/allocate (100 participants)",
    options: {
      path: "/api/v1/forfeitures/allocate", method: "POST", headers: json,
      body: JSON.stringify({ pool: "127800.00", participants: Array.from({ length: 100 }, (_, i) => ({ id: `P-${i}`, deferrals: `${1000 + i * 37}.${String(i % 100).padStart(2, "0")}` })) }),
    },
  },
];

function run(base: string, { path, ...options }: Target, connections: number, duration: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) =>
    autocannon({ url: `${base}${path}`, ...options, connections, duration, timeout: 10 }, (error, result) => (error ? reject(error) : resolve(result))),
  );
}

const server = await startServer();
const { url } = server;
try {
  const { pid } = server;
  console.log(`load: ${SECONDS} s per endpoint at its best concurrency (probed ${CONCURRENCIES.join("/")} for ${PROBE_SECONDS} s each); server RSS at start ${treeRssMiB(pid).toFixed(0)} MiB`);
  console.log("| endpoint | connections | req/s | p50 ms | p99 ms | not 2xx/4xx | RSS before → after MiB |");
  console.log("|---|---|---|---|---|---|---|");
  let bad = 0;
  for (const endpoint of ENDPOINTS) {
    let best = { connections: 1, rate: 0 };
    for (const connections of CONCURRENCIES) {
      const probe = await run(url, endpoint.options, connections, PROBE_SECONDS);
      if (probe.requests.average > best.rate) best = { connections, rate: probe.requests.average };
    }
    const before = treeRssMiB(pid);
    const result = await run(url, endpoint.options, best.connections, SECONDS);
    const after = treeRssMiB(pid);
    // autocannon counts 2xx…5xx; anything neither 2xx nor 4xx (5xx, 1xx/3xx, errors, time-outs) is bad.
    const notOk = result["1xx"] + result["3xx"] + result["5xx"] + result.errors + result.timeouts;
    bad += notOk;
    console.log(
      `| ${endpoint.name} | ${best.connections} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p99} | ${notOk} | ${before.toFixed(0)} → ${after.toFixed(0)} |`,
    );
  }
  await new Promise((r) => setTimeout(r, 5000));
  console.log(`server RSS 5 s after the last run: ${treeRssMiB(pid).toFixed(0)} MiB`);
  if (bad > 0) {
    console.error(`${bad} answers were neither 2xx nor 4xx`);
    process.exitCode = 1;
  }
} finally {
  server.stop();
}
