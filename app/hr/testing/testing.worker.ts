/**
 * The /hr/testing Web Worker: reads the contributions file as it streams in, checks every row and
 * runs the ADP and ACP tests, here in the browser. Nothing is sent anywhere; nothing is logged.
 */
import { ContributionsReader } from "@/lib/pages/hr-testing/census";
import { evaluateContributions } from "@/lib/pages/hr-testing/evaluate";
import { streamRecords } from "@/lib/pages/hr-eligibility/stream";
import type { TestingMessage, TestingRequest } from "./testing-protocol";

interface WorkerScope {
  postMessage(message: TestingMessage): void;
  onmessage: ((event: MessageEvent<TestingRequest>) => void) | null;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  void run(event.data);
};

async function run({ run, file, options, plan }: TestingRequest): Promise<void> {
  try {
    const reader = new ContributionsReader();
    let done = 0;
    await streamRecords(file, reader.record, (bytes) => {
      done += bytes;
      scope.postMessage({ type: "progress", run, done, total: file.size });
    });
    scope.postMessage({ type: "done", run, view: evaluateContributions(reader.finish(), options, plan) });
  } catch (error) {
    scope.postMessage({ type: "failed", run, message: error instanceof Error ? error.message : String(error) });
  }
}
