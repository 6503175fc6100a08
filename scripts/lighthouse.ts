/**
 * Each page's own cost on a phone, measured against the home page in the same run (issue 18).
 *
 * Lighthouse (12.2.3, pinned: it runs on Node 20) against the production build with Debian's
 * Chromium, with its default (mobile) preset: a phone's screen, a slow 4G network and a 4× slower
 * CPU, simulated. The home page ships only the framework's JavaScript (Next.js and React starting,
 * which every page pays the same), so it is the floor: every other page is measured beside it,
 * interleaved (each round measures the home page, then every page), three rounds, and compared by
 * medians. On this shared 2-core machine a page's absolute score moves by 10 points between runs;
 * the difference to the home page measured minutes apart moves much less.
 *
 * The relative bar: a page's median total blocking time at most 100 ms over the home page's, its
 * median performance score at most 5 below it. It is printed for every page and fails the check
 * (LIGHTHOUSE_RELATIVE=report only prints it; see ENFORCE_RELATIVE). A page fails when
 *   - it misses the relative bar, or
 *   - its accessibility or best practices is below 100 in any run, or
 *   - its median performance score is more than 15 below the home page's (the guard against a real
 *     regression, enforced today). It replaced an absolute floor of 80, which failed CI on a loaded
 *     machine where the home page scored 85 and two pages 77: an absolute score says more about
 *     the machine than about the page. A score 80 or below is still printed, as information.
 * A page that fails on blocking time or score alone (the figures that move from run to run) is
 * measured again, seven more interleaved rounds beside the home page, and fails only when the
 * second set fails too. Seven, because the noise is one-sided (a busy moment adds blocking time,
 * nothing takes it away) and about one run in five carries it right after the end-to-end tests:
 * a median of seven is a spike only when four runs are, about 3% of the time, against 6% for five.
 * Both sets are printed, with the machine's load average at the start and the end.
 *
 * Before measuring, the check waits (at most 5 minutes) for the machine to settle: a 1-minute load
 * average under 1.5 on this 2-CPU machine, so the tests that ran just before (`npm test` runs this
 * last) have finished with the CPU. Then it calibrates: three runs of the home page give the host's
 * benchmark index, and the CPU slowdown is scaled to it (scripts/lighthouse-calibration.ts: 4× on
 * a host of the class the preset is meant for, less on a slower one), so every set simulates the
 * same phone. Other work competing for the CPU barely moves the index (docs/performance.md): the
 * settling is what keeps that out. The index and the slowdown are printed with each set.
 *
 *   CHROMIUM_PATH (default /usr/bin/chromium) · LIGHTHOUSE_PATHS="/plan,/api" to choose pages (the
 *   home page is always measured) · LIGHTHOUSE_ROUNDS (default 3) · LIGHTHOUSE_DETAIL=1 prints the
 *   main-thread work of each page's median run by category · LIGHTHOUSE_CPU_SLOWDOWN=4 fixes the
 *   slowdown instead of calibrating · LIGHTHOUSE_SETTLE_SECONDS (default 300; 0 does not wait)
 */
import { readdirSync, statSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { cpuSlowdownFor, PRESET_CPU_SLOWDOWN, REFERENCE_BENCHMARK_INDEX } from "./lighthouse-calibration";
import { startServer } from "./server";

const HOME = "/";
/**
 * Whether the relative bar (blocking time and score against the home page) fails the check: it
 * does, unless `LIGHTHOUSE_RELATIVE=report` (to look at the figures without failing on them).
 */
const ENFORCE_RELATIVE = process.env.LIGHTHOUSE_RELATIVE !== "report";
/**
 * The pages measured beside the home page, in this order. A page route found in app/ and missing
 * here is measured too (after these, with a note), so a new page is never left out; a page listed
 * here that the app does not serve (404) is skipped with a note, so a page still being built can be
 * listed ahead of time.
 */
const PAGES = ["/participant", "/hr/eligibility", "/hr/forfeitures", "/hr/testing", "/plan", "/api", "/es/hr/eligibility", "/es/hr/forfeitures", "/es/hr/testing", "/es/plan", "/es", "/es/participant"];

const LIMIT = {
  /** Median total blocking time over the home page's, ms. */
  tbtOverHome: 100,
  /** Median performance score under the home page's, points. */
  scoreUnderHome: 5,
  /** Accessibility and best practices, every run. */
  category: 100,
  /** Median performance score under the home page's that fails the check even while the relative bar is only reported, points. */
  guardUnderHome: 15,
  /** Median performance score, absolute: printed when a page is at or under it, never enforced. */
  performanceFloor: 80,
} as const;

const ROUNDS = Number(process.env.LIGHTHOUSE_ROUNDS ?? 3);
/** Rounds of the second set, for the pages that missed on blocking time or score in the first. */
const ROUNDS_AGAIN = Math.max(ROUNDS, 7);
/** Runs of the home page that measure the host's benchmark index before each set. */
const CALIBRATION_RUNS = 3;
/** The 1-minute load average the check waits for before measuring: three quarters of the CPUs. */
const SETTLED_LOAD = availableParallelism() * 0.75;
const SETTLE_SECONDS = Number(process.env.LIGHTHOUSE_SETTLE_SECONDS ?? 300);
const FIXED_SLOWDOWN = process.env.LIGHTHOUSE_CPU_SLOWDOWN ? Number(process.env.LIGHTHOUSE_CPU_SLOWDOWN) : null;
const DETAIL = process.env.LIGHTHOUSE_DETAIL === "1";
const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage", "--no-first-run", "--disable-component-update", "--disable-sync"];
type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];

/** The page routes of app/: every folder holding a page file, route groups and private folders read as the router does. Dynamic segments are left out (they need a value). */
function appPageRoutes(dir = "app", prefix = ""): string[] {
  const routes: string[] = [];
  const entries = readdirSync(dir);
  if (entries.some((name) => /^page\.(tsx|ts|jsx|js|mdx)$/.test(name))) routes.push(prefix || "/");
  for (const name of entries) {
    const path = join(dir, name);
    if (!statSync(path).isDirectory() || name.startsWith("_") || name.startsWith("[") || name.startsWith("@")) continue;
    const segment = name.startsWith("(") && name.endsWith(")") ? "" : `/${name}`;
    routes.push(...appPageRoutes(path, prefix + segment));
  }
  return routes;
}

interface Run {
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** Total blocking time, ms (simulated phone). */
  tbt: number;
  /** JavaScript the page loaded, bytes decoded. */
  jsDecoded: number;
  /** The host's speed, measured by Lighthouse before the load (Lighthouse puts a high-end desktop at 1,500 to 2,000). */
  benchmarkIndex: number;
  lhr: Lhr;
}

const score = (lhr: Lhr, id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);

/**
 * One Lighthouse run. A run that ends in a runtime error (the page never started loading:
 * NO_NAVSTART, NO_FCP) measured nothing, so it is run again rather than counted as a zero; three
 * such errors in a row fail the check. One Chromium serves every run (a browser started per run
 * puts its own start-up work into the measurement).
 */
async function measure(url: string, port: number, cpuSlowdown: number): Promise<Run> {
  for (let attempt = 1; ; attempt += 1) {
    const result = await lighthouse(url, { port, output: "json", logLevel: "error", throttling: { cpuSlowdownMultiplier: cpuSlowdown } });
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    const { lhr } = result;
    if (!lhr.runtimeError) {
      const requests = ((lhr.audits["network-requests"]?.details as { items?: { resourceType?: string; resourceSize?: number }[] } | undefined)?.items ?? []);
      return {
        performance: score(lhr, "performance"),
        accessibility: score(lhr, "accessibility"),
        bestPractices: score(lhr, "best-practices"),
        tbt: Math.round(lhr.audits["total-blocking-time"]?.numericValue ?? 0),
        jsDecoded: requests.filter((request) => request.resourceType === "Script").reduce((sum, request) => sum + (request.resourceSize ?? 0), 0),
        benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
        lhr,
      };
    }
    console.log(`   ${url}: run ${attempt} measured nothing (${lhr.runtimeError.code}); running it again`);
    if (attempt >= 3) throw new Error(`Lighthouse could not measure ${url}: ${lhr.runtimeError.message}`);
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface Figures {
  path: string;
  runs: Run[];
  tbt: number;
  performance: number;
  jsDecoded: number;
}

function figures(path: string, runs: Run[]): Figures {
  return { path, runs, tbt: median(runs.map((run) => run.tbt)), performance: median(runs.map((run) => run.performance)), jsDecoded: median(runs.map((run) => run.jsDecoded)) };
}

/** Rounds of the home page then every page, one after the other, so both see the same machine. */
async function measureInterleaved(base: string, port: number, paths: string[], rounds: number, cpuSlowdown: number): Promise<Map<string, Figures>> {
  const runs = new Map<string, Run[]>([HOME, ...paths].map((path) => [path, []]));
  for (let round = 1; round <= rounds; round += 1) {
    for (const path of [HOME, ...paths]) runs.get(path)!.push(await measure(`${base}${path}`, port, cpuSlowdown));
    console.log(`   round ${round} of ${rounds} done (load average ${loadavg()[0]!.toFixed(2)})`);
  }
  const all = [...runs.values()].flat().map((run) => run.benchmarkIndex);
  console.log(`   host benchmark index over the set's runs: median ${median(all)} (${Math.min(...all)} to ${Math.max(...all)})`);
  return new Map([...runs].map(([path, pageRuns]) => [path, figures(path, pageRuns)]));
}

/** Waits (at most SETTLE_SECONDS) for the 1-minute load average to fall under SETTLED_LOAD: the tests run before this one have let go of the CPU. */
async function settle(): Promise<void> {
  const deadline = Date.now() + SETTLE_SECONDS * 1000;
  if (loadavg()[0]! < SETTLED_LOAD || SETTLE_SECONDS <= 0) return;
  console.log(`Waiting for the machine to settle (1-minute load average ${loadavg()[0]!.toFixed(2)}, measuring once under ${SETTLED_LOAD}, at most ${SETTLE_SECONDS} s)`);
  while (loadavg()[0]! >= SETTLED_LOAD && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5000));
  const now = loadavg()[0]!;
  console.log(now < SETTLED_LOAD ? `   settled: load average ${now.toFixed(2)}` : `   still busy after ${SETTLE_SECONDS} s (load average ${now.toFixed(2)}): measuring anyway (competing work shows as single slow runs, which the medians and the second set absorb)`);
}

/** The CPU slowdown for the next set: the host's benchmark index over a few runs of the home page (which also warm the server and the browser), scaled (lighthouse-calibration.ts). */
async function calibrate(base: string, port: number): Promise<number> {
  if (FIXED_SLOWDOWN !== null) {
    console.log(`CPU slowdown ${FIXED_SLOWDOWN}× (LIGHTHOUSE_CPU_SLOWDOWN)`);
    return FIXED_SLOWDOWN;
  }
  const indexes: number[] = [];
  for (let run = 0; run < CALIBRATION_RUNS; run += 1) indexes.push((await measure(`${base}${HOME}`, port, PRESET_CPU_SLOWDOWN)).benchmarkIndex);
  const index = median(indexes);
  const slowdown = cpuSlowdownFor(index);
  console.log(
    `Host benchmark index ${index} (runs ${indexes.join("/")}; the preset's ${PRESET_CPU_SLOWDOWN}× holds from ${REFERENCE_BENCHMARK_INDEX} up): CPU slowdown ${slowdown}×`,
  );
  return slowdown;
}

/**
 * Why a page fails: the noisy reasons (blocking time, score) apart from the firm ones; `notes`
 * are printed and fail nothing (the relative bar when only reported, the absolute floor).
 */
function failures(page: Figures, home: Figures): { noisy: string[]; firm: string[]; notes: string[] } {
  const noisy: string[] = [];
  const firm: string[] = [];
  const relative: string[] = [];
  const notes: string[] = [];
  if (page.tbt - home.tbt > LIMIT.tbtOverHome) relative.push(`blocking time ${page.tbt - home.tbt} ms over the home page's (at most ${LIMIT.tbtOverHome})`);
  if (home.performance - page.performance > LIMIT.scoreUnderHome) relative.push(`performance ${home.performance - page.performance} below the home page's (at most ${LIMIT.scoreUnderHome})`);
  if (home.performance - page.performance > LIMIT.guardUnderHome) noisy.push(`performance ${page.performance}, more than ${LIMIT.guardUnderHome} below the home page's ${home.performance}`);
  if (page.performance <= LIMIT.performanceFloor) notes.push(`performance ${page.performance}, at or under ${LIMIT.performanceFloor} (the home page scores ${home.performance} in the same run; printed, not enforced)`);
  for (const [name, key] of [["accessibility", "accessibility"], ["best practices", "bestPractices"]] as const) {
    const low = page.runs.map((run) => run[key]).filter((value) => value < LIMIT.category);
    if (low.length) firm.push(`${name} ${low.join(", ")} in ${low.length} of ${page.runs.length} runs (must be ${LIMIT.category})`);
  }
  if (ENFORCE_RELATIVE) noisy.push(...relative);
  else notes.push(...relative.map((reason) => `${reason} (reported, not enforced: LIGHTHOUSE_RELATIVE=report)`));
  return { noisy, firm, notes };
}

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : "±0");
const runsOf = (page: Figures, key: "tbt" | "performance") => page.runs.map((run) => run[key]).join("/");

function printTable(results: Map<string, Figures>): void {
  const home = results.get(HOME)!;
  const header = ["page", "TBT median (runs)", "over home", "performance (runs)", "vs home", "a11y min", "best pr. min", "JS decoded"];
  const rows = [...results.values()].map((page) => [
    page.path,
    `${page.tbt} ms (${runsOf(page, "tbt")})`,
    page === home ? "–" : `${signed(page.tbt - home.tbt)} ms`,
    `${page.performance} (${runsOf(page, "performance")})`,
    page === home ? "–" : signed(page.performance - home.performance),
    String(Math.min(...page.runs.map((run) => run.accessibility))),
    String(Math.min(...page.runs.map((run) => run.bestPractices))),
    page.jsDecoded.toLocaleString("en-US"),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  for (const row of [header, widths.map((width) => "-".repeat(width)), ...rows]) console.log(`| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(" | ")} |`);
}

/** The main thread's work in a page's median run (by blocking time), by category, ms. */
function printDetail(results: Map<string, Figures>): void {
  for (const page of results.values()) {
    const run = page.runs.find((candidate) => candidate.tbt === page.tbt) ?? page.runs[0]!;
    const items = ((run.lhr.audits["mainthread-work-breakdown"]?.details as { items?: { groupLabel: string; duration: number }[] } | undefined)?.items ?? []);
    const tasks = ((run.lhr.audits["long-tasks"]?.details as { items?: { url: string; duration: number; startTime: number }[] } | undefined)?.items ?? []);
    console.log(`   ${page.path}: ${items.map((item) => `${item.groupLabel} ${Math.round(item.duration)}`).join(", ")}`);
    console.log(`      long tasks: ${tasks.map((task) => `${Math.round(task.duration)} ms at ${Math.round(task.startTime)} (${task.url.replace(/^https?:\/\/[^/]+/, "")})`).join("; ")}`);
  }
}

/** The audits that cost a page accessibility or best practices, in its worst run. */
function printAudits(page: Figures): void {
  const worst = [...page.runs].sort((a, b) => a.accessibility + a.bestPractices - (b.accessibility + b.bestPractices))[0]!;
  for (const id of ["accessibility", "best-practices"]) {
    for (const ref of worst.lhr.categories[id]?.auditRefs ?? []) {
      const audit = worst.lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      console.error(`   ${id}: ${audit.id} — ${audit.title} (${audit.displayValue ?? audit.score})`);
      const items = (audit.details as { items?: unknown[] } | undefined)?.items ?? [];
      for (const item of items.slice(0, 5)) console.error(`      ${JSON.stringify(item).slice(0, 400)}`);
    }
  }
}

const load = () => loadavg().map((value) => value.toFixed(2)).join(" ");

const server = await startServer();
const base = server.url;
const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", chromeFlags: CHROME_FLAGS });
let failed = false;
try {
  const listed = process.env.LIGHTHOUSE_PATHS ? process.env.LIGHTHOUSE_PATHS.split(",").filter((path) => path !== HOME) : PAGES;
  const found = process.env.LIGHTHOUSE_PATHS ? [] : appPageRoutes().filter((path) => path !== HOME && !listed.includes(path));
  for (const path of found) console.log(`${path}: a page in app/ not in PAGES (scripts/lighthouse.ts); measured too`);
  const paths: string[] = [];
  for (const path of [...listed, ...found]) {
    const answer = await fetch(`${base}${path}`); // also warms the server's first render of the page
    if (answer.ok) paths.push(path);
    else console.log(`${path}: skipped, the app answers ${answer.status} (not built yet?)`);
  }
  await fetch(`${base}${HOME}`);
  await settle();
  const slowdown = await calibrate(base, chrome.port);
  const start = load();
  console.log(`Lighthouse, mobile preset (CPU slowdown ${slowdown}×): ${[HOME, ...paths].join(" ")}, ${ROUNDS} interleaved rounds; load average at start ${start} (1, 5, 15 min)`);
  const results = await measureInterleaved(base, chrome.port, paths, ROUNDS, slowdown);
  const home = results.get(HOME)!;
  printTable(results);
  if (DETAIL) printDetail(results);
  console.log(`load average at start ${start}, at end ${load()} (1, 5, 15 min; this machine has ${availableParallelism()} CPUs)`);

  // The home page against itself: only its accessibility and best practices count.
  const verdicts = new Map([...results.values()].map((page) => [page.path, failures(page, home)]));
  const again = [...verdicts].filter(([, verdict]) => verdict.noisy.length > 0 && verdict.firm.length === 0).map(([path]) => path);
  if (again.length && verdicts.get(HOME)!.firm.length === 0) {
    const pages = again.filter((path) => path !== HOME);
    console.log(`\nMeasured again, ${ROUNDS_AGAIN} rounds (blocking time and score move from run to run): ${[HOME, ...pages].join(" ")}`);
    await settle();
    const secondSlowdown = await calibrate(base, chrome.port);
    const second = await measureInterleaved(base, chrome.port, pages, ROUNDS_AGAIN, secondSlowdown);
    printTable(second);
    if (DETAIL) printDetail(second);
    console.log(`load average at end ${load()}`);
    const secondHome = second.get(HOME)!;
    for (const path of again) verdicts.set(path, failures(second.get(path)!, secondHome));
  }
  for (const [path, { notes }] of verdicts) {
    if (notes.length) console.log(`${path}: ${notes.join("; ")}`);
  }
  for (const [path, { noisy, firm }] of verdicts) {
    const reasons = [...noisy, ...firm];
    if (reasons.length === 0) continue;
    failed = true;
    console.error(`${path} fails: ${reasons.join("; ")}`);
    if (firm.length) printAudits(results.get(path)!);
  }
} finally {
  await chrome.kill();
  server.stop();
}
if (failed) {
  console.error(
    `Lighthouse: a page costs more than the home page allows (blocking time at most ${LIMIT.tbtOverHome} ms over it, score at most ${LIMIT.scoreUnderHome} below it, and never more than ${LIMIT.guardUnderHome} below it), or has accessibility or best practices below ${LIMIT.category}`,
  );
  process.exit(1);
}
