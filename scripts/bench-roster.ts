/**
 * The roster's speed target, measured in headless Chromium: 100,000 employees with 1,200,000 hours
 * rows, from choosing the files to the counts on screen, within 3 seconds; and the Web Worker's peak
 * memory while it reads and evaluates them.
 *
 *   NEXT_DIST_DIR=.next-x npx next build && NEXT_DIST_DIR=.next-x npx tsx scripts/bench-roster.ts
 *   (CHROMIUM_PATH for the browser, default /usr/bin/chromium; BASE_URL=http://127.0.0.1:3000 to
 *   measure an app already running; RUNS=5 for more runs than three; HEAP_SAMPLE_MS=0 to time the
 *   runs without sampling the worker's memory.)
 *
 * Writes the two files to the temporary folder once (~35 MB), starts `next start` on a free port,
 * chooses the hours file then the census in /hr/eligibility, and prints for each run the seconds
 * from choosing the census to the counts being visible, and the worker's peak memory; then the best
 * time. Asserts nothing; the same measurement with an assertion is
 * test/e2e/hr-eligibility-bench.spec.ts (ROSTER_BENCH=1).
 *
 * Memory: a DevTools Protocol session on the page auto-attaches to its dedicated worker (the roster
 * worker), and `Runtime.getHeapUsage` is asked of the worker every 20 ms from the census being
 * chosen until the counts show (HEAP_SAMPLE_MS to change it). DevTools answers between two JavaScript instructions, so samples
 * come while the worker computes, not only when it waits. The peak is the largest sample of the
 * worker's V8 heap in use (`usedSize`), printed with the heap it had reserved then (`totalSize`)
 * and the largest sample of its array buffers' storage outside the heap (`backingStorageSize`: the
 * typed arrays of hours and results). A sample is a lower bound of the true peak between samples.
 */
import { cpus, loadavg } from "node:os";
import { chromium, type CDPSession, type Page } from "playwright";
import { benchFiles } from "../test/e2e/fixtures/roster-bench-files";
import { startServer } from "./server";

interface HeapUsage {
  usedSize: number;
  totalSize: number;
  backingStorageSize?: number;
}

/**
 * Samples the heap of the page's dedicated workers through one DevTools session: the session
 * auto-attaches to workers (messages to them go through Target.sendMessageToTarget, so they need no
 * session of their own), and `sample()` asks each attached worker for Runtime.getHeapUsage.
 */
class WorkerHeapSampler {
  private readonly workers = new Set<string>();
  private readonly pending = new Map<number, (usage: HeapUsage | null) => void>();
  private nextId = 1;
  private timer: ReturnType<typeof setInterval> | null = null;
  peak = { usedSize: 0, totalSize: 0, backingStorageSize: 0, samples: 0 };

  private constructor(private readonly session: CDPSession) {
    session.on("Target.attachedToTarget", (event) => {
      if (event.targetInfo.type === "worker") this.workers.add(event.sessionId);
    });
    session.on("Target.detachedFromTarget", (event) => {
      if (event.sessionId) this.workers.delete(event.sessionId);
    });
    session.on("Target.receivedMessageFromTarget", (event) => {
      const message = JSON.parse(event.message) as { id?: number; result?: HeapUsage };
      const resolve = message.id === undefined ? undefined : this.pending.get(message.id);
      if (resolve) {
        this.pending.delete(message.id!);
        resolve(message.result ?? null);
      }
    });
  }

  static async attach(page: Page): Promise<WorkerHeapSampler> {
    const session = await page.context().newCDPSession(page);
    const sampler = new WorkerHeapSampler(session);
    await session.send("Target.setAutoAttach", { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
    return sampler;
  }

  get attached(): number {
    return this.workers.size;
  }

  private ask(sessionId: string): Promise<HeapUsage | null> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.session.send("Target.sendMessageToTarget", { sessionId, message: JSON.stringify({ id, method: "Runtime.getHeapUsage" }) }).catch(() => {
        this.pending.delete(id);
        resolve(null);
      });
    });
  }

  async sample(): Promise<void> {
    const usages = await Promise.all([...this.workers].map((sessionId) => this.ask(sessionId)));
    for (const usage of usages) {
      if (!usage) continue;
      this.peak.samples += 1;
      if (usage.usedSize > this.peak.usedSize) {
        this.peak.usedSize = usage.usedSize;
        this.peak.totalSize = usage.totalSize;
      }
      this.peak.backingStorageSize = Math.max(this.peak.backingStorageSize, usage.backingStorageSize ?? 0);
    }
  }

  start(everyMs: number): void {
    this.peak = { usedSize: 0, totalSize: 0, backingStorageSize: 0, samples: 0 };
    let busy = false;
    this.timer = setInterval(() => {
      if (busy) return;
      busy = true;
      void this.sample().finally(() => {
        busy = false;
      });
    }, everyMs);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.sample();
  }
}

const mb = (bytes: number) => (bytes / 1_000_000).toFixed(1);

const files = await benchFiles();
const server = process.env.BASE_URL ? null : await startServer();
const base = process.env.BASE_URL ?? server!.url;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
try {
  // One untimed visit first: a server just started loads the page's code on its first requests,
  // which would be timed with the first run otherwise.
  const warm = await browser.newPage();
  await warm.goto(`${base}/hr/eligibility`);
  await warm.waitForFunction(() => (document.getElementById("roster-as-of") as HTMLInputElement | null)?.value !== "");
  await warm.close();
  console.log(`node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(2)}; 100,000 census rows, 1,200,000 hours rows`);
  const seconds: number[] = [];
  const peaks: number[] = [];
  const runs = Number(process.env.RUNS ?? 3);
  /** HEAP_SAMPLE_MS=0 measures the time with no sampling (to see that sampling costs nothing). */
  const sampleEvery = Number(process.env.HEAP_SAMPLE_MS ?? 20);
  for (let run = 1; run <= runs; run += 1) {
    const page = await browser.newPage();
    const sampler = await WorkerHeapSampler.attach(page);
    await page.goto(`${base}/hr/eligibility`);
    const asOf = page.getByLabel("Roster as-of date");
    await page.waitForFunction(() => (document.getElementById("roster-as-of") as HTMLInputElement | null)?.value !== "");
    await asOf.fill("2003-06-30");
    await page.getByLabel("Hours CSV", { exact: true }).setInputFiles(files.hours);
    for (let tries = 0; sampler.attached === 0 && tries < 100; tries += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    await sampler.sample();
    const idle = sampler.peak.usedSize;
    if (sampleEvery > 0) sampler.start(sampleEvery);
    const started = performance.now();
    await page.getByLabel("Census CSV", { exact: true }).setInputFiles(files.census);
    await page.getByTestId("roster-counts").waitFor({ state: "visible", timeout: 60_000 });
    const elapsed = (performance.now() - started) / 1000;
    await sampler.stop();
    const inPage = Number(await page.getByTestId("roster-elapsed").getAttribute("data-ms")) / 1000;
    seconds.push(elapsed);
    const { usedSize, totalSize, backingStorageSize, samples } = sampler.peak;
    peaks.push(usedSize);
    console.log(
      `run ${run}: ${elapsed.toFixed(2)} s from choosing the census to the counts on screen (the page's own clock: ${inPage.toFixed(2)} s); ` +
        `worker peak memory ${mb(usedSize)} MB JS heap in use (${mb(totalSize)} MB reserved) + ${mb(backingStorageSize)} MB array buffers, ` +
        `${samples} samples (${mb(idle)} MB before the census)`,
    );
    await page.close();
  }
  const best = Math.min(...seconds);
  console.log(`best ${best.toFixed(2)} s — target 3 s ${best <= 3 ? "MET" : "NOT MET"}; worker peak heap in use ${mb(Math.max(...peaks))} MB (largest run)`);
} finally {
  await browser.close();
  server?.stop();
}
