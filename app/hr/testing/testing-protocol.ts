/** Messages between the /hr/testing page and its Web Worker. */
import type { TestingOptions, TestingView } from "@/lib/pages/hr-testing/evaluate";
import type { PlanDefinition } from "@/lib/plan/definition";

export interface TestingRequest {
  run: number;
  file: File;
  options: TestingOptions;
  /** The plan, sent by the page (the worker does not load the plan's schema). */
  plan: PlanDefinition;
}

export type TestingMessage =
  | { type: "progress"; run: number; done: number; total: number }
  | { type: "done"; run: number; view: TestingView }
  | { type: "failed"; run: number; message: string };
