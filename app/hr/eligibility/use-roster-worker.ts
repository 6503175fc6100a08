import { useCallback, useEffect, useRef, useState } from "react";
import type { RosterResult } from "@/lib/pages/hr-eligibility/roster-builder";
import type { Language } from "@/lib/languages";
import type { PlanDefinition } from "@/lib/plan/definition";
import type { RunRequest, WorkerMessage } from "./roster-protocol";

/** Where the roster's evaluation stands. */
export type RunState =
  | { kind: "idle" }
  | { kind: "running"; phase: "census" | "hours" | "evaluate"; done: number; total: number }
  | { kind: "done"; result: RosterResult; workerMs: number }
  | { kind: "failed"; message: string };

/** What a run is given: the files chosen and the as-of date read (null when a run cannot start). */
export interface RunInput {
  census: File | null;
  hours: File | null;
  /** The as-of date as an ISO date, or null when what was typed cannot be read. */
  asOf: string | null;
}

/**
 * The roster's Web Worker: `start` (re)starts an evaluation and drops any run still going, the
 * state follows the worker's messages, and `elapsedMs` is the time from the start until the
 * result is on screen. The worker starts with the first evaluation (not with the page, whose
 * loading it would slow) and ends with the page.
 */
export function useRosterWorker(plan: PlanDefinition, language: Language, stoppedMessage: string) {
  const [state, setState] = useState<RunState>({ kind: "idle" });
  const [elapsedMs, setElapsedMs] = useState<number | null>(null);
  const worker = useRef<Worker | null>(null);
  /** The current run's number: a message from an earlier run is ignored. */
  const runId = useRef(0);
  const startedAt = useRef(0);
  const running = state.kind === "running";

  const makeWorker = useCallback(() => {
    const created = new Worker(new URL("./roster.worker.ts", import.meta.url), { type: "module", name: "roster" });
    created.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.run !== runId.current) return;
      if (message.type === "progress") setState({ kind: "running", phase: message.phase, done: message.done, total: message.total });
      else if (message.type === "done") setState({ kind: "done", result: message.result, workerMs: message.workerMs });
      else setState({ kind: "failed", message: message.message });
    };
    created.onerror = () => setState({ kind: "failed", message: stoppedMessage });
    return created;
  }, [stoppedMessage]);

  useEffect(() => () => worker.current?.terminate(), []);

  /** A worker still busy with an earlier run is ended: its answer is no longer wanted. */
  const stopRunning = useCallback(() => {
    if (!running) return;
    worker.current?.terminate();
    worker.current = null;
  }, [running]);

  const start = useCallback(
    ({ census, hours, asOf }: RunInput) => {
      runId.current += 1;
      stopRunning();
      if (census === null || asOf === null) {
        setState({ kind: "idle" });
        return;
      }
      worker.current ??= makeWorker();
      startedAt.current = performance.now();
      setElapsedMs(null);
      setState({ kind: "running", phase: "census", done: 0, total: census.size + (hours?.size ?? 0) });
      const request: RunRequest = { run: runId.current, census, hours, asOf, plan, language };
      worker.current.postMessage(request);
    },
    [makeWorker, plan, language, stopRunning],
  );

  const result = state.kind === "done" ? state.result : null;
  useEffect(() => {
    if (result) setElapsedMs(performance.now() - startedAt.current);
  }, [result]);

  return { state, result, elapsedMs, start };
}
