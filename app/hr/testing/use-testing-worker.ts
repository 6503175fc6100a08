import { useCallback, useEffect, useRef, useState } from "react";
import type { TestingOptions, TestingView } from "@/lib/pages/hr-testing/evaluate";
import type { PriorFigure } from "@/lib/pages/hr-testing/form";
import type { PlanDefinition } from "@/lib/plan/definition";
import type { TestingMessage, TestingRequest } from "./testing-protocol";

/** Where the file's test stands. */
export type RunState = { kind: "idle" } | { kind: "running"; done: number; total: number } | { kind: "done"; view: TestingView } | { kind: "failed"; message: string };

/** A line's prior-year figures of the others, as read from what was typed. */
export interface PriorRead {
  line: string;
  adp: PriorFigure;
  acp: PriorFigure;
}

/** What a run is given: the file chosen, the year, the method and the prior-year figures read. */
export interface RunInput {
  file: File | null;
  planYear: number;
  method: TestingOptions["method"];
  prior: readonly PriorRead[];
}

/** Whether a run can start on these figures: the prior-year method needs every line's two figures read. */
export function priorReadyFor(method: TestingOptions["method"], prior: readonly PriorRead[]): boolean {
  return method === "current-year" || prior.every((entry) => entry.adp.ok && entry.acp.ok);
}

/**
 * The page's Web Worker: `start` ends any run still going and tests the file again in a new
 * worker from `createWorker` (the page's language's, which writes the results in it), or goes
 * back to idle when there is no file or a prior-year figure is missing; the state follows the
 * current run's messages. The worker ends with the page. `workerStopped` is what a worker that
 * dies says.
 */
export function useTestingWorker(plan: PlanDefinition, createWorker: () => Worker, workerStopped: string) {
  const [state, setState] = useState<RunState>({ kind: "idle" });
  const worker = useRef<Worker | null>(null);
  /** The current run's number: a message from an earlier run is ignored. */
  const runId = useRef(0);

  const start = useCallback(
    (next: RunInput) => {
      runId.current += 1;
      if (next.file === null || !priorReadyFor(next.method, next.prior)) {
        setState({ kind: "idle" });
        return;
      }
      worker.current?.terminate();
      const created = createWorker();
      worker.current = created;
      created.onmessage = (event: MessageEvent<TestingMessage>) => {
        const message = event.data;
        if (message.run !== runId.current) return;
        if (message.type === "progress") setState({ kind: "running", done: message.done, total: message.total });
        else if (message.type === "done") setState({ kind: "done", view: message.view });
        else setState({ kind: "failed", message: message.message });
      };
      created.onerror = () => setState({ kind: "failed", message: workerStopped });
      const priorYear =
        next.method === "prior-year"
          ? Object.fromEntries(next.prior.map((entry) => [entry.line, { nhceAdp: entry.adp.ok ? entry.adp.value : 0, nhceAcp: entry.acp.ok ? entry.acp.value : 0 }]))
          : undefined;
      setState({ kind: "running", done: 0, total: next.file.size });
      const request: TestingRequest = { run: runId.current, file: next.file, options: { planYear: next.planYear, method: next.method, priorYear }, plan };
      created.postMessage(request);
    },
    [plan, createWorker, workerStopped],
  );
  useEffect(() => () => worker.current?.terminate(), []);

  return { state, start };
}
