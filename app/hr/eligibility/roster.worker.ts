/**
 * The roster's Web Worker: reads the census and hours files, checks every row and evaluates every
 * employee, here in the browser. Nothing is sent anywhere; nothing is logged.
 */
import { RosterBuilder } from "@/lib/pages/hr-eligibility/roster-builder";
import { firstPiece, streamRecords } from "@/lib/pages/hr-eligibility/stream";
import type { Language } from "@/lib/languages";
import type { RosterWords } from "@/lib/pages/hr-eligibility/words";
import type { RunRequest, WorkerMessage } from "./roster-protocol";

interface WorkerScope {
  postMessage(message: WorkerMessage, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<RunRequest>) => void) | null;
}
const scope = self as unknown as WorkerScope;

/** Progress at most every 50 ms. */
const PROGRESS_EVERY_MS = 50;

/**
 * The reasons' words in the job's language, loaded once per language (each is its own chunk: a
 * worker on the English page never fetches the Spanish words, nor the other way round).
 */
const WORDS: Record<Language, () => Promise<RosterWords>> = {
  en: () => import("@/lib/words/en/eligibility-roster"),
  es: () => import("@/lib/words/es/eligibility-roster"),
};
const loaded = new Map<Language, Promise<RosterWords>>();
function wordsIn(language: Language): Promise<RosterWords> {
  let words = loaded.get(language);
  if (words === undefined) {
    words = WORDS[language]();
    loaded.set(language, words);
  }
  return words;
}

scope.onmessage = (event) => {
  void run(event.data);
};

async function run({ run, census, hours, asOf, plan, language }: RunRequest): Promise<void> {
  const started = performance.now();
  try {
    const builder = new RosterBuilder(plan, asOf, await wordsIn(language));
    const total = census.size + (hours?.size ?? 0);
    let done = 0;
    let last = 0;
    const progress = (phase: "census" | "hours" | "evaluate") => (bytes: number) => {
      done += bytes;
      const now = performance.now();
      if (now - last >= PROGRESS_EVERY_MS) {
        last = now;
        scope.postMessage({ type: "progress", run, phase, done, total });
      }
    };
    // The hours file's first piece is asked for now: the browser reads it while the census is read here.
    const hoursFirst = hours ? firstPiece(hours) : null;
    // Should the census fail first, the hours' failure is not a second, unhandled one.
    hoursFirst?.catch(() => {});
    await streamRecords(census, builder.census, progress("census"));
    if (hours && hoursFirst) {
      builder.expectHoursBytes(hours.size);
      await streamRecords(hours, builder.hours, progress("hours"), builder.hoursLine, hoursFirst);
      builder.endHours();
    }
    scope.postMessage({ type: "progress", run, phase: "evaluate", done: total, total });
    const result = builder.finish();
    scope.postMessage({ type: "done", run, result, workerMs: performance.now() - started }, [
      result.lines.buffer,
      result.status.buffer,
      result.eligibilityDate.buffer,
      result.entryDate.buffer,
      result.daysUntil.buffer,
      result.mayDefer.buffer,
      result.partTimeDate.buffer,
    ]);
  } catch (error) {
    scope.postMessage({ type: "failed", run, message: error instanceof Error ? error.message : String(error) });
  }
}
