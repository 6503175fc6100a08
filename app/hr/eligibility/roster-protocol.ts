/** Messages between the roster page and its Web Worker. */
import type { RosterResult } from "@/lib/pages/hr-eligibility/evaluate";

export interface RunRequest {
  run: number;
  census: File;
  hours: File | null;
  asOf: string;
}

export type WorkerMessage =
  | { type: "progress"; run: number; phase: "census" | "hours" | "evaluate"; done: number; total: number }
  | { type: "done"; run: number; result: RosterResult; workerMs: number }
  | { type: "failed"; run: number; message: string };
