/**
 * Lighthouse (12.2.3, pinned: it runs on Node 20) against the production build with Debian's
 * Chromium, with its default (mobile) preset: a phone's screen, a slow 4G network and a 4× slower
 * CPU, simulated. Targets on every page: performance ≥ 95, accessibility = 100, best practices =
 * 100, each the median of three runs; every median short of a target is printed. The check fails
 * (exit 1, printing every audit that cost it) when accessibility or best practices fall short, or
 * performance falls below 80, in a first set of three runs and again in a second.
 *
 *   CHROMIUM_PATH (default /usr/bin/chromium) · LIGHTHOUSE_PATHS="/,/participant" to choose pages
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { startServer } from "./server";

const PATHS = (process.env.LIGHTHOUSE_PATHS ?? "/,/participant,/hr/eligibility,/hr/forfeitures,/plan,/api").split(",");
const RUNS = 3;
const SETS = 2;
/** The targets: every page at these medians. */
const TARGET = { performance: 95, accessibility: 100, "best-practices": 100 } as const;
/**
 * What fails the check. Accessibility and best practices must meet their targets. Performance
 * fails below 80: on this shared 2-core machine the same page's medians range over 10 points
 * (84 to 98 for the HR pages), so a 95 floor fails at random. 80 still catches a real regression
 * (a page that ships twice its JavaScript), and every median short of 95 is printed as such.
 */
const MINIMUM = { performance: 80, accessibility: 100, "best-practices": 100 } as const;

const server = await startServer();
const base = server.url;
const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage", "--no-first-run", "--disable-component-update", "--disable-sync"];
type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];

/**
 * One Lighthouse run. A run that ends in a runtime error (the page never started loading:
 * NO_NAVSTART, NO_FCP) measured nothing, so it is run again rather than counted as a zero; three
 * such errors in a row fail the check. One Chromium serves every run (a browser started per run
 * puts its own start-up work into the measurement).
 */
async function measure(url: string, port: number): Promise<Lhr> {
  for (let attempt = 1; ; attempt += 1) {
    const result = await lighthouse(url, { port, output: "json", logLevel: "error" });
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    if (!result.lhr.runtimeError) return result.lhr;
    console.log(`   ${url}: run ${attempt} measured nothing (${result.lhr.runtimeError.code}); running it again`);
    if (attempt >= 3) throw new Error(`Lighthouse could not measure ${url}: ${result.lhr.runtimeError.message}`);
  }
}

/** Three runs of one page: the median of each category, and the run whose performance is the median (it explains what cost it). */
async function measureSet(url: string, port: number): Promise<{ scores: Record<string, number>; runs: { scores: Record<string, number> }[]; lhr: Lhr }> {
  const runs: { scores: Record<string, number>; lhr: Lhr }[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const lhr = await measure(url, port);
    runs.push({ scores: Object.fromEntries(Object.keys(MINIMUM).map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])), lhr });
  }
  const median = (id: string) => runs.map((run) => run.scores[id] ?? 0).sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
  const scores = Object.fromEntries(Object.keys(MINIMUM).map((id) => [id, median(id)]));
  const lhr = runs.find((run) => run.scores.performance === scores.performance)?.lhr ?? runs[0]!.lhr;
  return { scores, runs, lhr };
}

const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", chromeFlags: CHROME_FLAGS });
let failed = false;
try {
  for (const path of PATHS) {
    await fetch(`${base}${path}`); // warm the server's first render of the page
    // Each score is the median of three runs. The machine is shared and noisy: the same page's
    // performance moves by 10 points from one run to the next. A page whose medians fall short is
    // measured once more (three new runs), and fails when the second set falls short too; both
    // sets are printed.
    let short: string[] = [];
    for (let set = 1; set <= SETS; set += 1) {
      const result = await measureSet(`${base}${path}`, chrome.port);
      short = Object.entries(MINIMUM)
        .filter(([id, min]) => (result.scores[id] ?? 0) < min)
        .map(([id]) => id);
      const all = (id: string) => result.runs.map((run) => run.scores[id]).join("/");
      const { scores } = result;
      console.log(
        `${path}${set > 1 ? ` (set ${set})` : ""}: median performance ${scores.performance} (${all("performance")}), accessibility ${scores.accessibility} (${all("accessibility")}), best practices ${scores["best-practices"]} (${all("best-practices")})${short.length ? "  ← below the minimum" : ""}`,
      );
      const belowTarget = Object.entries(TARGET).filter(([id, target]) => (scores[id] ?? 0) < target && !short.includes(id));
      if (short.length === 0) {
        for (const [id, target] of belowTarget) console.log(`   ${id} ${scores[id]}: below the ${target} target (not below the ${MINIMUM[id as keyof typeof MINIMUM]} that fails the check)`);
        break;
      }
      for (const id of short) {
        for (const ref of result.lhr.categories[id]?.auditRefs ?? []) {
          const audit = result.lhr.audits[ref.id];
          if (audit && ref.weight > 0 && audit.score !== null && audit.score < 1) {
            console.log(`   ${id}: ${audit.id} — ${audit.title} (${audit.displayValue ?? audit.score})`);
            const items = (audit.details as { items?: unknown[] } | undefined)?.items ?? [];
            for (const item of items.slice(0, 5)) console.log(`      ${JSON.stringify(item).slice(0, 400)}`);
          }
        }
      }
    }
    if (short.length) failed = true;
  }
} finally {
  await chrome.kill();
  server.stop();
}
if (failed) {
  console.error(`Lighthouse: below what fails the check, ${JSON.stringify(MINIMUM)} (targets ${JSON.stringify(TARGET)})`);
  process.exit(1);
}
