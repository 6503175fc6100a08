/** Messages between the roster page and its Web Worker. */
import type { RosterResult } from "@/lib/pages/hr-eligibility/roster-builder";
import type { Language } from "@/lib/languages";
import type { PlanDefinition } from "@/lib/plan/definition";

export interface RunRequest {
  run: number;
  census: File;
  hours: File | null;
  asOf: string;
  /** The plan, sent by the page (the worker does not load the plan's schema). */
  plan: PlanDefinition;
  /** The page's language: the reasons and row problems are written in it. */
  language: Language;
}

export type WorkerMessage =
  | { type: "progress"; run: number; phase: "census" | "hours" | "evaluate"; done: number; total: number }
  | { type: "done"; run: number; result: RosterResult; workerMs: number }
  | { type: "failed"; run: number; message: string };
