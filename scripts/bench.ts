/**
/**
 * `npm run bench`: prints figures, asserts nothing (the targets are printed beside them).
 *   1. eligibility for 100,000 employees with 12 hours entries each, in one process (target < 0.5 s),
 *      as of 2003 and as of 2025 with the long-term part-time finding worked out for each
 *      (plan-rules §2.4; target < 0.5 s);
 *   2. vesting from 40 years of weekly hours (2,080 entries) per person, in one process (plan-rules
 *      §4.1; target < 1 ms);
 *   3. 10,000 forty-year projections (target < 0.5 s), then the same again reading every row's
 *      figures as cents (a row rounds its exact figures when first read, as the API and pages do);
 *   4. requests per second of POST /api/v1/vesting against GET /api/v1/health on the same running
 *      production build, side by side in one run (target: vesting ≥ 80% of health);
 *   5. employees evaluated per second through POST /api/v1/batch (5,000 eligibility requests with
 *      12 hours entries each, one call at a time) against POST /api/v1/eligibility with the same
 *      bodies at its best concurrency (probed at 1/4/16/64 connections), side by side in one run
 *      (target: the batch at least 20× the single calls), with the server's CPU time per employee
 *      each way; and the server's peak memory (RSS of its process tree) while it answers a
 *      10,000-request batch;
 *   6. the ADP and ACP tests of 100,000 employees (scripts/bench-nondiscrimination.ts): in process
 *      (target < 0.3 s), through one POST /api/v1/nondiscrimination (target < 2 s), and /hr/testing
 *      from choosing a 100,000-row file to the verdicts on screen in headless Chromium (target < 3 s;
 *      CHROMIUM_PATH for the browser), each with its peak memory.
 * Run `npx next build` first for parts 4 to 6 (npm run bench does). `--no-projection`,
 * `--no-http`, `--no-batch`, `--no-nondiscrimination` and `--no-testing-page` leave parts out
 * (`--no-http` also leaves out part 6's POST); `--only-nondiscrimination` runs part 6 alone.
 */
import autocannon from "autocannon";
import { vestingEndpoint } from "../lib/api/v1";
import { addDays, daysBetween, isoOf } from "../lib/dates";
import { Dec } from "../lib/money";
import { SOS_PLAN } from "../lib/plan/sos-plan";
import { evaluateEligibility, type EligibilityInput } from "../lib/rules/eligibility";
import type { HoursEntry } from "../lib/rules/hours";
import { project, type ProjectionInput } from "../lib/rules/projection";
import { evaluateVesting } from "../lib/rules/vesting";
import { eligibilitySentences } from "../lib/words/en/eligibility";
import { benchNondiscrimination } from "./bench-nondiscrimination";
import { startServer, treeCpuSeconds, treeRssMiB } from "./server";

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
/** CPU seconds this process used since `start` (less disturbed than wall time by other load). */
const cpuSeconds = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
};

/** A small deterministic generator, so every run measures the same data. */
function lcg(seed: number) {
  let state = seed >>> 0;
  return () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function employees(count: number): EligibilityInput[] {
  const random = lcg(42);
  const list: EligibilityInput[] = [];
  for (let i = 0; i < count; i += 1) {
    const start = isoOf(2000 + Math.floor(random() * 3), 1 + Math.floor(random() * 12), 1 + Math.floor(random() * 28));
    const hours = [];
    for (let month = 0; month < 12; month += 1) hours.push({ date: addDays(start, 30 * month + 29), hours: Math.round(random() * 1800) / 10 });
    list.push({
      asOf: "2003-06-30",
      employer: random() < 0.9 ? "SOS" : "Inteliant",
      birthDate: isoOf(1950 + Math.floor(random() * 49), 1 + Math.floor(random() * 12), 1 + Math.floor(random() * 28)),
      employmentStartDate: start,
      hours,
      highlyCompensated: random() < 0.05,
    });
  }
  return list;
}

function benchEligibility(): void {
  const list = employees(100_000);
  // Warm the code paths (the JIT) on the first thousand employees, as a server or a roster worker is warm.
  for (let i = 0; i < 1000; i += 1) evaluateEligibility(list[i]!, SOS_PLAN);
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  let eligible = 0;
  for (const employee of list) if (evaluateEligibility(employee, SOS_PLAN).eligible) eligible += 1;
  const elapsed = seconds(start);
  const used = cpuSeconds(cpu);
  console.log(`eligibility: 100,000 employees × 12 hours entries: ${elapsed.toFixed(3)} s wall, ${used.toFixed(3)} s CPU (${eligible} eligible) — target < 0.5 s ${elapsed < 0.5 ? "MET" : "NOT MET"}`);
  const withWords = process.hrtime.bigint();
  for (const employee of list) eligibilitySentences(evaluateEligibility(employee, SOS_PLAN), SOS_PLAN);
  console.log(`eligibility with explanation sentences (as the API answers): ${seconds(withWords).toFixed(3)} s wall`);
}

/**
 * A workforce of the part-time years: starts from 2020 to 2023, 12 hours entries each spread from
 * the start to mid-2025 (50 to 350 hours an entry), so plan years hold some 150 to 1,200 hours and
 * every kind of finding occurs: regular participants, long-term part-time employees, neither.
 */
function partTimeEmployees(count: number): EligibilityInput[] {
  const random = lcg(7);
  const asOf = "2025-06-30";
  const list: EligibilityInput[] = [];
  for (let i = 0; i < count; i += 1) {
    const start = isoOf(2020 + Math.floor(random() * 4), 1 + Math.floor(random() * 12), 1 + Math.floor(random() * 28));
    const span = daysBetween(start, asOf);
    const hours = [];
    for (let k = 0; k < 12; k += 1) hours.push({ date: addDays(start, Math.floor(((k + random()) * span) / 12)), hours: 50 + Math.round(random() * 3000) / 10 });
    list.push({
      asOf,
      employer: random() < 0.9 ? "SOS" : "Inteliant",
      birthDate: isoOf(1950 + Math.floor(random() * 52), 1 + Math.floor(random() * 12), 1 + Math.floor(random() * 28)),
      employmentStartDate: start,
      hours,
      highlyCompensated: random() < 0.05,
    });
  }
  return list;
}

function benchPartTime(): void {
  const list = partTimeEmployees(100_000);
  for (let i = 0; i < 1000; i += 1) evaluateEligibility(list[i]!, SOS_PLAN);
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  let eligible = 0;
  let partTime = 0;
  let counted = 0;
  for (const employee of list) {
    const result = evaluateEligibility(employee, SOS_PLAN);
    if (result.eligible) eligible += 1;
    if (result.longTermPartTime?.eligible) partTime += 1;
    counted += result.longTermPartTime?.periods.length ?? 0;
  }
  const elapsed = seconds(start);
  console.log(
    `eligibility with the part-time finding: 100,000 employees × 12 hours entries, as of 2025-06-30: ${elapsed.toFixed(3)} s wall, ${cpuSeconds(cpu).toFixed(3)} s CPU ` +
      `(${eligible} eligible, ${partTime} long-term part-time, ${counted} counted periods) — target < 0.5 s ${elapsed < 0.5 ? "MET" : "NOT MET"}`,
  );
}

/** 40 years of weekly hours from 1985-01-07: 2,080 entries of 36 to 44 hours, one person's own. */
function weeklyHours(random: () => number): HoursEntry[] {
  const hours: HoursEntry[] = [];
  for (let week = 0; week < 2080; week += 1) hours.push({ date: addDays("1985-01-12", week * 7), hours: 36 + Math.round(random() * 80) / 10 });
  return hours;
}

function benchVesting(): void {
  const random = lcg(11);
  const people = Array.from({ length: 500 }, () => weeklyHours(random));
  const balances = { deferral: new Dec("25000"), rollover: new Dec("0"), match: new Dec("6000.01") };
  const input = (hours: HoursEntry[]) => ({ employmentStartDate: "1985-01-07", asOf: "2024-12-31", hours, balances });
  for (let i = 0; i < 100; i += 1) evaluateVesting(input(people[i % people.length]!), SOS_PLAN); // warm the code paths (the JIT)
  const start = process.hrtime.bigint();
  let years = 0;
  for (const hours of people) years += evaluateVesting(input(hours), SOS_PLAN).yearsOfService;
  const perPerson = (seconds(start) * 1000) / people.length;
  console.log(
    `vesting from hours: 40 years of weekly hours (2,080 entries) per person, ${people.length} people: ${perPerson.toFixed(3)} ms a person (${(years / people.length).toFixed(0)} years of service each) — target < 1 ms ${perPerson < 1 ? "MET" : "NOT MET"}`,
  );
  // The same through the endpoint function: the JSON body read by the schema (2,080 entries checked), the rule, the answer.
  const bodies = people.slice(0, 200).map((hours) => ({ employmentStartDate: "1985-01-07", asOf: "2024-12-31", hours, balances: { deferral: "25000", match: "6000.01" } }));
  for (let i = 0; i < 20; i += 1) vestingEndpoint(bodies[i]);
  const viaApi = process.hrtime.bigint();
  for (const body of bodies) vestingEndpoint(body);
  console.log(`vesting from hours through the endpoint function (schema, rule, answer): ${((seconds(viaApi) * 1000) / bodies.length).toFixed(3)} ms a request`);
}

function benchProjection(): void {
  const input: ProjectionInput = {
    asOf: "2002-12-31",
    birthDate: "1970-07-04",
    yearsOfService: 2,
    balances: { deferral: new Dec("12000"), rollover: new Dec("500"), match: new Dec("3000") },
    compensation: new Dec("40000"),
    salaryGrowthPercent: 3,
    deferralPercent: 10,
    matchPercentOfDeferral: 26.2,
    annualReturnPercent: 6,
    years: 40,
  };
  project(input, SOS_PLAN);
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  let rows = 0;
  for (let i = 0; i < 10_000; i += 1) rows += project({ ...input, deferralPercent: 1 + (i % 15) }, SOS_PLAN).rows.length;
  const elapsed = seconds(start);
  console.log(`projection: 10,000 forty-year projections (${rows} rows): ${elapsed.toFixed(3)} s wall, ${cpuSeconds(cpu).toFixed(3)} s CPU — target < 0.5 s ${elapsed < 0.5 ? "MET" : "NOT MET"}`);
  // A row rounds its exact figures to cents when first read; the API and the pages read them all.
  const read = process.hrtime.bigint();
  let readRows = 0;
  for (let i = 0; i < 10_000; i += 1) {
    for (const row of project({ ...input, deferralPercent: 1 + (i % 15) }, SOS_PLAN).rows) if (row.cents.total >= 0n) readRows += 1;
  }
  console.log(`projection: the same with every row's figures rounded to cents, as the API reads them (${readRows} rows): ${seconds(read).toFixed(3)} s wall`);
}

async function cannon(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => autocannon(opts, (error, result) => (error ? reject(error) : resolve(result))));
}

async function benchHttp(): Promise<void> {
  const server = await startServer();
  const { url } = server;
  try {
    const vestingBody = JSON.stringify({ yearsOfService: 3, balances: { deferral: "10000", rollover: "500", match: "4000.01" }, planTerminated: false });
    const health = { url: `${url}/api/v1/health`, connections: 16, duration: 6 };
    const vesting = { url: `${url}/api/v1/vesting`, method: "POST" as const, headers: { "content-type": "application/json" }, body: vestingBody, connections: 16, duration: 6 };
    await cannon({ ...health, duration: 4 }); // warm up both
    await cannon({ ...vesting, duration: 4 });
    // Alternate, swapping the order each round, so drift in the machine's load falls on both alike;
    // the medians of the rounds are compared (single 6-second runs vary by ±10% here).
    const rates = { health: [] as number[], vesting: [] as number[] };
    for (let round = 0; round < 5; round += 1) {
      const order = round % 2 === 0 ? (["health", "vesting"] as const) : (["vesting", "health"] as const);
      for (const which of order) {
        const result = await cannon(which === "health" ? health : vesting);
        if (result.non2xx) throw new Error(`non-2xx answers from ${which}: ${result.non2xx}`);
        rates[which].push(result.requests.average);
      }
    }
    const mean = median;
    const ratio = median(rates.vesting) / median(rates.health);
    console.log(`http: GET /api/v1/health ${rates.health.map((r) => r.toFixed(0)).join(", ")} req/s; POST /api/v1/vesting ${rates.vesting.map((r) => r.toFixed(0)).join(", ")} req/s (16 connections, 5 rounds of 6 s each, alternated)`);
    console.log(`http: medians: health ${mean(rates.health).toFixed(0)} req/s, vesting ${mean(rates.vesting).toFixed(0)} req/s`);
    console.log(`http: vesting / health = ${(ratio * 100).toFixed(1)}% — target ≥ 80% ${ratio >= 0.8 ? "MET" : "NOT MET"}`);
  } finally {
    server.stop();
  }
}

/** The API bodies of `employees()`: what a payroll system would send for each. */
function eligibilityBodies(count: number): string[] {
  return employees(count).map((employee) => JSON.stringify({ ...employee, priorYearCompensation: undefined }));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * The bodies in turn, each as its own POST, over `connections` keep-alive connections for
 * `duration` seconds: employees per second (a run by request count would end on autocannon's
 * one-second tick, and undercount).
 */
async function singles(url: string, bodies: string[], connections: number, duration = 5): Promise<number> {
  let next = 0;
  const start = process.hrtime.bigint();
  const result = await cannon({
    url: `${url}/api/v1/eligibility`,
    connections,
    duration,
    requests: [{ method: "POST", headers: { "content-type": "application/json" }, setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }) }],
  });
  const elapsed = seconds(start);
  if (result.non2xx || result.errors || result.timeouts) throw new Error(`single calls: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} time-outs`);
  return result.requests.total / elapsed;
}

/** One batch call holding every body: employees per second, the answer checked item by item. */
async function batch(url: string, envelope: string, count: number): Promise<number> {
  const start = process.hrtime.bigint();
  const response = await fetch(`${url}/api/v1/batch`, { method: "POST", headers: { "content-type": "application/json" }, body: envelope });
  const answer = (await response.json()) as { responses: { status: number }[] };
  const elapsed = seconds(start);
  if (response.status !== 200 || answer.responses.length !== count || answer.responses.some((item) => item.status !== 200)) throw new Error("the batch was not answered 200 item by item");
  return count / elapsed;
}

async function benchBatch(): Promise<void> {
  const server = await startServer();
  const { url } = server;
  const startRss = treeRssMiB(server.pid);
  try {
    const bodies = eligibilityBodies(5_000);
    const envelope = JSON.stringify({ requests: bodies.map((body, i) => ({ id: `E-${i}`, endpoint: "eligibility", body: JSON.parse(body) })) });
    // Warm both paths, then probe the single calls' concurrency.
    await singles(url, bodies, 16, 3);
    for (let i = 0; i < 3; i += 1) await batch(url, envelope, bodies.length);
    const probes: string[] = [];
    let best = { connections: 1, rate: 0 };
    for (const connections of [1, 4, 16, 64]) {
      const rate = await singles(url, bodies, connections);
      probes.push(`${connections}: ${rate.toFixed(0)}`);
      if (rate > best.rate) best = { connections, rate };
    }
    console.log(`batch: single POST /api/v1/eligibility, employees/s by connections: ${probes.join(", ")} → best at ${best.connections}`);
    // Alternate, swapping the order each round, so drift in the machine's load falls on both alike.
    // The server's CPU time per employee is told too: on a machine shared with other work it varies less than rates do.
    const rates = { single: [] as number[], batch: [] as number[] };
    const cpu = { single: 0, batch: 0 };
    const employeesServed = { single: 0, batch: 0 };
    for (let round = 0; round < 5; round += 1) {
      const order = round % 2 === 0 ? (["single", "batch"] as const) : (["batch", "single"] as const);
      for (const which of order) {
        const before = treeCpuSeconds(server.pid);
        const started = process.hrtime.bigint();
        const rate = which === "single" ? await singles(url, bodies, best.connections) : await batch(url, envelope, bodies.length);
        cpu[which] += treeCpuSeconds(server.pid) - before;
        employeesServed[which] += rate * seconds(started);
        rates[which].push(rate);
      }
    }
    const ratio = median(rates.batch) / median(rates.single);
    console.log(`batch: 5,000 eligibility requests × 12 hours entries; single calls at ${best.connections} connections ${rates.single.map((r) => r.toFixed(0)).join(", ")} employees/s; one batch call at a time ${rates.batch.map((r) => r.toFixed(0)).join(", ")} employees/s (5 rounds, alternated)`);
    console.log(`batch: medians: single ${median(rates.single).toFixed(0)}, batch ${median(rates.batch).toFixed(0)} employees/s; batch / single = ${ratio.toFixed(1)}× — target ≥ 20× ${ratio >= 20 ? "MET" : "NOT MET"}`);
    const perEmployee = (which: "single" | "batch") => (cpu[which] / employeesServed[which]) * 1e6;
    console.log(`batch: server CPU per employee: single ${perEmployee("single").toFixed(0)} µs, batch ${perEmployee("batch").toFixed(0)} µs (${(perEmployee("single") / perEmployee("batch")).toFixed(1)}× less), load average ${os.loadavg()[0]!.toFixed(2)}`);

    // Peak memory while a 10,000-request batch is answered (and the 16 MiB body it comes in).
    const big = eligibilityBodies(10_000);
    const bigEnvelope = JSON.stringify({ requests: big.map((body, i) => ({ id: `E-${i}`, endpoint: "eligibility", body: JSON.parse(body) })) });
    const before = treeRssMiB(server.pid);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, treeRssMiB(server.pid))), 10);
    const rate = await batch(url, bigEnvelope, big.length);
    clearInterval(sampler);
    peak = Math.max(peak, treeRssMiB(server.pid));
    console.log(
      `batch: 10,000 requests (${(Buffer.byteLength(bigEnvelope) / 1024 / 1024).toFixed(1)} MiB body) at ${rate.toFixed(0)} employees/s; server RSS (process tree, worker threads included) ${startRss.toFixed(0)} MiB at start, ${before.toFixed(0)} MiB before this batch, peak ${peak.toFixed(0)} MiB during it`,
    );
  } finally {
    server.stop();
  }
}

const os = await import("node:os");
console.log(`node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(2)} (other work on the machine slows the wall times)`);
const flag = (name: string) => process.argv.includes(name);
if (!flag("--only-nondiscrimination")) {
  benchEligibility();
  benchPartTime();
  benchVesting();
  if (!flag("--no-projection")) benchProjection();
  if (!flag("--no-http")) await benchHttp();
  if (!flag("--no-batch")) await benchBatch();
}
if (!flag("--no-nondiscrimination")) await benchNondiscrimination({ http: !flag("--no-http"), browser: !flag("--no-testing-page") });
