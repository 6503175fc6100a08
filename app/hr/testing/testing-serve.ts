/**
 * The /hr/testing Web Worker's work: reads the contributions file as it streams in, checks every
 * row and runs the ADP and ACP tests, here in the browser, and writes the results in the words it
 * is given. Each language has its worker (testing-en.worker.ts, testing-es.worker.ts), which
 * brings its own words and no other. Nothing is sent anywhere; nothing is logged.
 */
import { ContributionsReader } from "@/lib/pages/hr-testing/census";
import { evaluateContributions, type TestingWords } from "@/lib/pages/hr-testing/evaluate";
import { streamRecords } from "@/lib/pages/hr-eligibility/stream";
import type { TestingMessage, TestingRequest } from "./testing-protocol";

interface WorkerScope {
  postMessage(message: TestingMessage): void;
  onmessage: ((event: MessageEvent<TestingRequest>) => void) | null;
}

/** Answers the page's requests in this worker, in `words`' language. */
export function serve(words: TestingWords): void {
  const scope = self as unknown as WorkerScope;
  scope.onmessage = (event) => {
    void run(scope, words, event.data);
  };
}

async function run(scope: WorkerScope, words: TestingWords, { run, file, options, plan }: TestingRequest): Promise<void> {
  try {
    const reader = new ContributionsReader(words.file);
    let done = 0;
    await streamRecords(file, reader.record, (bytes) => {
      done += bytes;
      scope.postMessage({ type: "progress", run, done, total: file.size });
    });
    scope.postMessage({ type: "done", run, view: evaluateContributions(reader.finish(), options, plan, words) });
  } catch (error) {
    scope.postMessage({ type: "failed", run, message: error instanceof Error ? error.message : String(error) });
  }
}
