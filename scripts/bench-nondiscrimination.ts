/**
 * Part 6 of `npm run bench` (issue 16 "Speed"): the ADP and ACP tests (plan-rules §9) of 100,000
 * employees, three ways, printing the figures and the peak memory, asserting nothing:
 *   a. in process: lib/rules/nondiscrimination.ts on the census as cents (target < 0.3 s), then the
 *      same through the endpoint function (the JSON body read by the schema, the rule, the answer);
 *   b. one POST /api/v1/nondiscrimination holding all 100,000 (target < 2 s), on a production build
 *      (`npx next build` first), with the server's peak RSS (its process tree) while it answers;
 *   c. /hr/testing in headless Chromium, from choosing a 100,000-row contributions file to the
 *      verdicts on screen (target < 3 s), with the browser's peak RSS (its process tree: the
 *      browser, the page's renderer and its Web Worker) while the page reads and tests the file.
 *      The tree's RSS counts the pages Chromium's processes share once per process, so its level
 *      overstates; the rise from before the file is chosen to the peak is the page's own.
 * The census is generated the same way each run: plan year 2024, a fifth of it Inteliant, 1 in 12
 * highly compensated (so the Inteliant line fails the ADP test and is corrected), a few long-term
 * part-time employees of SOS (not counted), each match 26.2% of deferrals.
 */
import { writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Page } from "playwright";
import { nondiscriminationEndpoint } from "../lib/api/nondiscrimination";
import { SOS_PLAN } from "../lib/plan/sos-plan";
import { testNondiscrimination, type CensusEmployee } from "../lib/rules/nondiscrimination";
import { startServer, treeRssMiB } from "./server";

const COUNT = 100_000;
const PLAN_YEAR = 2024;
const HEADER = "id,employer,highlyCompensated,priorYearCompensation,fivePercentOwner,compensation,deferrals,match,longTermPartTime";

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
const cpuSeconds = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
};
const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
/** The target's verdict, and the load average then (other work on the machine slows the wall times). */
const verdict = (elapsed: number, target: number) => `target < ${target} s ${elapsed < target ? "MET" : "NOT MET"} (load average ${loadavg()[0]!.toFixed(2)})`;

/** A small deterministic generator, so every run measures the same census. */
function lcg(seed: number) {
  let state = seed >>> 0;
  return () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

interface Row {
  id: string;
  employer: "SOS" | "Inteliant";
  hce: boolean;
  partTime: boolean;
  compensationCents: number;
  deferralsCents: number;
  matchCents: number;
}

/** Whole cents, as the file and the API write them: 123456 → "1234.56". */
const dollars = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;

function census(count: number): Row[] {
  const random = lcg(16);
  const rows: Row[] = [];
  for (let i = 0; i < count; i += 1) {
    const employer = random() < 0.2 ? "Inteliant" : "SOS";
    const hce = random() < 1 / 12;
    const partTime = !hce && employer === "SOS" && random() < 0.03;
    // Pay in whole dollars: HCEs 120,000 to 420,000 (some above 2024's 345,000 cap), others 15,000 to 95,000.
    const compensationCents = (hce ? 120_000 + Math.floor(random() * 300_000) : 15_000 + Math.floor(random() * 80_000)) * 100;
    // Deferral rates in hundredths of a percent: HCEs 2% to 14%, others 0% to 8% (a fifth defer nothing); at most 2024's 23,000.
    const basisPoints = hce ? 200 + Math.floor(random() * 1200) : random() < 0.2 ? 0 : Math.floor(random() * 800);
    const deferralsCents = Math.min(Math.floor((compensationCents * basisPoints) / 10_000), 2_300_000);
    // 26.2% of deferrals, rounded half-up to the cent, in whole numbers; no match for a long-term part-timer.
    const matchCents = partTime ? 0 : Math.floor((deferralsCents * 262 + 500) / 1000);
    rows.push({ id: `E${String(i + 1).padStart(6, "0")}`, employer, hce, partTime, compensationCents, deferralsCents, matchCents });
  }
  return rows;
}

const asCensus = (rows: Row[]): CensusEmployee[] =>
  rows.map((row) => ({ id: row.id, employer: row.employer, highlyCompensated: row.hce, compensationCents: row.compensationCents, deferralsCents: row.deferralsCents, matchCents: row.matchCents, longTermPartTime: row.partTime }));

const asBody = (rows: Row[]) => ({
  planYear: PLAN_YEAR,
  method: "current-year",
  employees: rows.map((row) => ({
    id: row.id,
    employer: row.employer,
    highlyCompensated: row.hce,
    compensation: dollars(row.compensationCents),
    deferrals: dollars(row.deferralsCents),
    match: dollars(row.matchCents),
    ...(row.partTime ? { longTermPartTime: true } : {}),
  })),
});

const asCsv = (rows: Row[]) =>
  [HEADER, ...rows.map((row) => `${row.id},${row.employer},${row.hce},,,${dollars(row.compensationCents)},${dollars(row.deferralsCents)},${dollars(row.matchCents)},${row.partTime ? "true" : ""}`)].join("\n") + "\n";

/** Peak of `read()` sampled every 10 ms while `work` runs, with the value before it. */
async function peakWhile<T>(read: () => number, work: () => Promise<T>): Promise<{ value: T; before: number; peak: number }> {
  const before = read();
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, read())), 10);
  try {
    const value = await work();
    return { value, before, peak: Math.max(peak, read()) };
  } finally {
    clearInterval(timer);
  }
}

function inProcess(rows: Row[]): void {
  const employees = asCensus(rows);
  const input = { planYear: PLAN_YEAR, method: "current-year" as const, employees };
  // Warm the code paths (the JIT) on a tenth of the census, as a server or the page's worker is warm.
  testNondiscrimination({ ...input, employees: employees.slice(0, COUNT / 10) }, SOS_PLAN);
  const heapBefore = process.memoryUsage().heapUsed;
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const result = testNondiscrimination(input, SOS_PLAN);
  const elapsed = seconds(start);
  const used = cpuSeconds(cpu);
  const heapAfter = process.memoryUsage().heapUsed;
  const lines = result.lines.map((line) => `${line.line} ${line.counted.hce}/${line.counted.nhce} ADP ${line.adp.passed ? "passes" : `fails (${line.adp.refunds.length} refunds)`}, ACP ${line.acp.passed ? "passes" : `fails (${line.acp.refunds.length} refunds)`}`);
  console.log(`nondiscrimination: 100,000 employees tested in process: ${elapsed.toFixed(3)} s wall, ${used.toFixed(3)} s CPU (${lines.join("; ")}; ${result.notCounted.length} not counted) — ${verdict(elapsed, 0.3)}`);
  console.log(`nondiscrimination: heap in use ${mib(heapBefore)} MiB before the run, ${mib(heapAfter)} MiB after it (the census as cents and the result held); process RSS ${mib(process.memoryUsage().rss)} MiB`);
  const body = asBody(rows);
  nondiscriminationEndpoint(asBody(rows.slice(0, COUNT / 10)));
  const viaEndpoint = process.hrtime.bigint();
  const answer = nondiscriminationEndpoint(body);
  if (answer.status !== 200) throw new Error(`the endpoint function answered ${answer.status}`);
  console.log(`nondiscrimination: the same through the endpoint function (the JSON body read by the schema, the rule, the answer): ${seconds(viaEndpoint).toFixed(3)} s wall`);
}

async function overHttp(rows: Row[]): Promise<void> {
  const server = await startServer();
  try {
    const body = JSON.stringify(asBody(rows));
    const post = async () => {
      const start = process.hrtime.bigint();
      const response = await fetch(`${server.url}/api/v1/nondiscrimination`, { method: "POST", headers: { "content-type": "application/json" }, body });
      const answer = (await response.json()) as { lines?: unknown[] };
      if (response.status !== 200 || !answer.lines) throw new Error(`POST /api/v1/nondiscrimination answered ${response.status}`);
      return seconds(start);
    };
    const smaller = JSON.stringify(asBody(rows.slice(0, COUNT / 10)));
    // Warm the route (its code loads on the first request) with a tenth of the census.
    await fetch(`${server.url}/api/v1/nondiscrimination`, { method: "POST", headers: { "content-type": "application/json" }, body: smaller }).then((response) => response.arrayBuffer());
    const runs: number[] = [];
    let peak = 0;
    let before = 0;
    for (let run = 0; run < 3; run += 1) {
      const measured = await peakWhile(() => treeRssMiB(server.pid), post);
      runs.push(measured.value);
      if (run === 0) before = measured.before;
      peak = Math.max(peak, measured.peak);
    }
    const best = Math.min(...runs);
    console.log(
      `nondiscrimination: one POST /api/v1/nondiscrimination of 100,000 employees (${(Buffer.byteLength(body) / 1024 / 1024).toFixed(1)} MiB body), request to answer read: ` +
        `${runs.map((s) => s.toFixed(3)).join(", ")} s (best ${best.toFixed(3)} s) — ${verdict(best, 2)}; server RSS ${before.toFixed(0)} MiB before, peak ${peak.toFixed(0)} MiB`,
    );
  } finally {
    server.stop();
  }
}

/** Resolves once React has hydrated the file input (its handlers are attached). */
async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const input = document.getElementById("contributions");
    return input !== null && Object.keys(input).some((key) => key.startsWith("__reactProps"));
  });
}

async function inBrowser(rows: Row[]): Promise<void> {
  const file = join(tmpdir(), "bench-contributions-100000.csv");
  const text = asCsv(rows);
  writeFileSync(file, text);
  const server = await startServer();
  const browserServer = await chromium.launchServer({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  const browser = await chromium.connect(browserServer.wsEndpoint());
  const browserPid = browserServer.process().pid!;
  try {
    const runs: number[] = [];
    for (let run = 0; run <= 3; run += 1) {
      // Run 0 is untimed: a server just started loads the page's code on its first requests.
      const page = await browser.newPage();
      await page.goto(`${server.url}/hr/testing`);
      await hydrated(page);
      await page.getByLabel("Plan year").selectOption(String(PLAN_YEAR));
      const measured = await peakWhile(
        () => treeRssMiB(browserPid),
        async () => {
          const start = process.hrtime.bigint();
          await page.getByLabel("Contributions CSV").setInputFiles(file);
          await page.getByTestId("line-Inteliant").locator("p").first().waitFor({ state: "visible", timeout: 60_000 });
          await page.getByTestId("testing-summary").waitFor({ state: "visible" });
          return seconds(start);
        },
      );
      const summary = await page.getByTestId("testing-summary").textContent();
      if (run === 0) console.log(`nondiscrimination: /hr/testing with a 100,000-row file (${(Buffer.byteLength(text) / 1_000_000).toFixed(1)} MB): ${summary}`);
      else {
        runs.push(measured.value);
        console.log(`nondiscrimination: /hr/testing run ${run}: ${measured.value.toFixed(2)} s from choosing the file to the verdicts on screen; browser RSS (its process tree) ${measured.before.toFixed(0)} MiB before, peak ${measured.peak.toFixed(0)} MiB (+${(measured.peak - measured.before).toFixed(0)} MiB)`);
      }
      await page.close();
    }
    const best = Math.min(...runs);
    console.log(`nondiscrimination: /hr/testing best ${best.toFixed(2)} s — ${verdict(best, 3)}`);
  } finally {
    await browser.close();
    await browserServer.close();
    server.stop();
  }
}

/** Part 6 of the bench; `browser: false` leaves the page out (`--no-testing-page`), `http: false` the POST (`--no-http`). */
export async function benchNondiscrimination(options: { http: boolean; browser: boolean }): Promise<void> {
  const rows = census(COUNT);
  inProcess(rows);
  if (options.http) await overHttp(rows);
  if (options.browser) await inBrowser(rows);
}
